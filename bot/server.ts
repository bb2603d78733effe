import restify, { type Server } from 'restify';
import { bodyDepth } from './bodyDepth';
import { bodyPace, pacedBodyReader, stopCutBodies, type BodyPace } from './bodyPace';
import { bodyPolicy, type BodyRule } from './bodyPolicy';
import { keyedFirst, type KeyedFirst } from './keyedFirst';
import { capConnections } from './connectionCap';
import { capRequests } from './requestCap';
import type { ResponseTimes } from './responseDeadline';
import { refuseUpgrades } from './upgradeRefused';
import type { Logger } from '../plan/logger';

/** Registers one group of routes on the app (health, Bot Framework, Direct Line, SMS, ...). */
export type RouteModule = (app: Server) => void;

/** The largest request body accepted; a Teams card submit or a long typed answer is far smaller. */
export const maxBodyBytes = 1024 * 1024;

/**
 * A message posted in Web Chat: a paste of up to 1 MB is read, so the person is told it is too long
 * and its words are screened (H320), rather than refused unexplained at the conversations' 64 KB.
 */
const pastedMessage = /^\/v3\/directline\/conversations\/[^/]+\/activities$/;

/**
 * Smaller limits for the public routes a stranger can post to without Bot Framework auth: a
 * Direct Line conversation's other posts, a token request (a credential), and the Twilio webhook,
 * whose body is read before its signature can be checked (its largest, a 1,600-character text with
 * its media fields, is about 20 KB; H373).
 */
const smallerBodies: ReadonlyArray<[prefix: string, maxBytes: number]> = [
  ['/v3/directline/conversations', 64 * 1024],
  ['/v3/directline/tokens', 4 * 1024],
  ['/api/sms', 64 * 1024],
];

/**
 * How long an idle kept-alive connection stays open. Node's 5 s is shorter than a load balancer
 * or Azure Bot Service keeps its end: one that reuses the connection as it closes gets a reset,
 * not an answer. Longer than the common 60 s of a balancer's idle timeout. Node (18 and later)
 * times a request's headers from its first byte, not from the idle time before it, so the
 * request limit below may be shorter than this.
 */
const keepAliveMs = 65_000;

/**
 * How long a request may take to arrive whole, headers and body, from its first byte (from the
 * connection's start for its first request). Node's 5 minutes let a stranger hold a connection
 * for each request it sends a byte a second, or stops sending; the largest body a route takes
 * arrives in well under a second from Azure, Twilio or a phone. A kept-alive connection waiting
 * between requests is not counted: it stays for `keepAliveMs`. Node answers 408 and closes.
 */
export const requestMs = 30_000;

/** How often Node looks for requests over their time: a request is closed at most this late. */
const requestCheckMs = 5_000;

/**
 * How long an answer may take to be written to the network (`responseDeadline.ts`, H372): it is
 * cut when no bytes have moved for a minute (a reader that stopped), and in any case after 30 s and
 * a second for each 2 KB (Web Chat's 3.9 MB bundle about 33 minutes, four times what a person on a
 * poor mobile link at 8 KB a second needs), so a trickling reader does not hold it for ever either.
 * A minute, not less: the kernel takes more of a full socket in large steps, and a mobile link
 * that drops for a while resends only after its back-off.
 */
const responseMs = 30_000;
const responseBytesPerSecond = 2 * 1024;
const stallMs = 60_000;

/** The connection timings above; tests give shorter ones to see them work in seconds, not minutes. */
export interface ServerTimes extends Partial<ResponseTimes>, Partial<BodyPace> {
  keepAliveMs: number;
  requestMs: number;
  requestCheckMs: number;
}

export const serverTimes: Required<ServerTimes> = {
  keepAliveMs,
  requestMs,
  requestCheckMs,
  responseMs,
  responseBytesPerSecond,
  stallMs,
  ...bodyPace,
};

/**
 * Builds the restify app without listening, so tests drive it in-process on an ephemeral port.
 * Every error leaves as JSON `{ error, message }` with no stack trace.
 */
export function createServer(options: {
  logger: Logger;
  routes: readonly RouteModule[];
  /** Paths that take a form body (the Twilio webhook); every other body must be JSON. */
  formPaths?: readonly string[];
  /** Path prefixes that take FHIR JSON (`application/fhir+json` as well as plain JSON). */
  fhirPrefixes?: readonly string[];
  times?: ServerTimes;
  /** Open connections one remote address may hold; 0 or absent: no cap (`connectionCap.ts`). */
  maxConnectionsPerAddress?: number;
  /**
   * Reverse proxies in front (`CAREPREP_TRUSTED_PROXY_HOPS`): above 0, the cap counts each
   * forwarded client's requests in flight instead of sockets, which are all the proxy's (`requestCap.ts`).
   */
  trustedProxyHops?: number;
  /** Told of a large body refused at its cap, before the 429 (a channel tells the person, H371). */
  largeBodyRefused?: (req: restify.Request) => void;
  /** True for a post that may have the large body places kept back for conversations already answered (H371). */
  largeBodyFavoured?: (req: restify.Request) => boolean;
  /** Told of a body cut part-way for coming too slowly, before its 408 (a channel tells the person, H483). */
  bodyCutShort?: (req: restify.Request) => void;
  /** Told of a large body that ended unread: its client went, or it was cut for its pace (H484). */
  largeBodyAbandoned?: (req: restify.Request) => void;
  /** Keyed routes whose key is checked before their body is read (H374, H375). */
  keyedFirst?: readonly KeyedFirst[];
}): Server {
  const times = options.times ?? serverTimes;
  const app = restify.createServer({
    name: 'careprep',
    handleUncaughtExceptions: false,
    // find-my-way matches no route when a path part is over 100 characters, so `/api/plans/<3,000
    // characters>/fhir` got restify's own 404; any part a request line can carry now reaches its route.
    maxParamLength: maxRequestLineChars,
  });
  app.server.keepAliveTimeout = times.keepAliveMs;
  // Node swaps the two when headers are given longer than the whole request, so they are equal.
  app.server.headersTimeout = times.requestMs;
  app.server.requestTimeout = times.requestMs;
  // Node reads it when the server starts listening, which is after this.
  Object.assign(app.server, { connectionsCheckingInterval: times.requestCheckMs });
  let lastWarned = 0;
  const warnCapped = (): void => {
    // Once a minute at most: a flood of sockets must not become a flood of log lines.
    if (Date.now() - lastWarned < 60_000) return;
    lastWarned = Date.now();
    options.logger.warn('connections_capped', { max: options.maxConnectionsPerAddress ?? 0 });
  };
  const max = options.maxConnectionsPerAddress ?? 0;
  const hops = options.trustedProxyHops ?? 0;
  refuseUpgrades(app.server);
  app.pre(hops > 0 ? capRequests(max, hops, warnCapped) : capConnections(app.server, max, warnCapped));
  const formPaths = new Set(options.formPaths ?? []);
  app.use(restify.plugins.queryParser({ mapParams: false }));
  if (options.keyedFirst) app.use(keyedFirst(options.keyedFirst));
  // The media type is checked before the body is read; then only the JSON and form parsers run,
  // never restify's multipart one, which writes to disk.
  const ruleOf = (path: string): BodyRule => ({
    kind: formPaths.has(path)
      ? 'form'
      : (options.fhirPrefixes ?? []).some((prefix) => path.startsWith(prefix))
        ? 'fhir'
        : 'json',
    maxBytes: pastedMessage.test(path)
      ? maxBodyBytes
      : (smallerBodies.find(([prefix]) => path.startsWith(prefix))?.[1] ?? maxBodyBytes),
  });
  app.use(
    bodyPolicy(ruleOf, {
      trustedHops: hops,
      refused: options.largeBodyRefused,
      favoured: options.largeBodyFavoured,
      abandoned: options.largeBodyAbandoned,
    }),
  );
  const pace = { ...bodyPace, ...definedOnly(times) };
  app.use(
    pacedBodyReader(restify.plugins.bodyReader({ maxBodySize: maxBodyBytes }), (req) => ({
      pace,
      maxBytes: ruleOf(req.getPath()).maxBytes,
      onCut: (cut, why) => (why === 'tooSlow' ? options.bodyCutShort?.(cut) : undefined),
    })),
  );
  app.use(stopCutBodies());
  app.use(restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }));
  app.use(restify.plugins.urlEncodedBodyParser({ bodyReader: true, mapParams: false }));
  app.use(bodyDepth());
  app.on('restifyError', (req: restify.Request, res: restify.Response, err: unknown, callback: () => void) => {
    const known = isKnownError(err) ? err : undefined;
    const status = known?.statusCode ?? 500;
    const code = serviceCode(known?.body?.code) ?? (status >= 500 ? 'Internal' : 'BadRequest');
    if (status >= 500)
      options.logger.error('http_error', { route: req.getRoute()?.path?.toString() ?? 'unknown', status });
    const message = status >= 500 ? 'Something went wrong on our side.' : publicMessage(status);
    // restify answers an error it does not know (no status of its own: a store's, a bug's, a
    // thrown string) with the error's own words, which may hold SQL, a file path or what a person
    // typed; this answer goes first, and restify sends nothing after it.
    if (known) Object.assign(known, { toJSON: () => ({ error: code, message }) });
    else res.send(status, { error: code, message });
    callback();
  });
  for (const register of options.routes) register(app);
  return app;
}

/** The pace in `times`, where given: a test's shorter one over the service's. */
function definedOnly(times: ServerTimes): Partial<BodyPace> {
  const { bodyGraceMs, bodyBytesPerSecond } = times;
  return {
    ...(bodyGraceMs === undefined ? {} : { bodyGraceMs }),
    ...(bodyBytesPerSecond === undefined ? {} : { bodyBytesPerSecond }),
  };
}

/** Node reads at most 16 KB of a request's headers, its request line included. */
const maxRequestLineChars = 16 * 1024;

/** The service's own code for restify's: a path no route has is `NotFound`, as an unknown id is. */
function serviceCode(code: string | undefined): string | undefined {
  return code === 'ResourceNotFound' ? 'NotFound' : code;
}

/** An error restify made or knows: it carries an HTTP status. */
type KnownError = Error & { statusCode: number; body?: { code?: string } };

function isKnownError(err: unknown): err is KnownError {
  return err instanceof Error && 'statusCode' in err && typeof err.statusCode === 'number';
}

function publicMessage(status: number): string {
  switch (status) {
    case 400:
      return 'The request could not be read.';
    case 401:
      return 'Not authorised.';
    case 403:
      return 'Forbidden.';
    case 404:
      return 'Not found.';
    case 405:
      return 'Method not allowed.';
    case 413:
      return 'The request is too large.';
    case 415:
      return 'Unsupported content type.';
    default:
      return 'The request could not be handled.';
  }
}
