import type { Next, Request, RequestHandler, Response } from 'restify';
import { clientAddress, peerNetwork } from '../channels/directline/clientAddress';
import { CountsByKey, refusedAtCap } from './capCounts';

/** A body larger than this is a large one: only `maxLargeBodies` of them are read at once. */
export const largeBodyBytes = 64 * 1024;

/**
 * Large bodies read at once in the process. Each costs its bytes several times over while read and
 * parsed (up to 1 MB: a long paste in Web Chat, H320, or a Bot Framework activity), so a stranger
 * posting many at once could otherwise hold hundreds of megabytes; a real long paste is rare.
 */
export const maxLargeBodies = 8;

/**
 * Large bodies one client address may have read at once (H371): its share of `maxLargeBodies`, so
 * one client sending slow large posts cannot hold them all and turn everyone else's long paste away.
 */
export const maxLargeBodiesPerAddress = 2;

/**
 * Large bodies one network may have read at once (H371): an IPv6 /48 (`peerNetwork`), so one site
 * or subscriber holding thousands of /64s cannot take every place by rotating through them.
 */
export const maxLargeBodiesPerNetwork = 4;

/**
 * Of `maxLargeBodies`, how many are kept back for a post `favoured` says is a person's (H371): a
 * Web Chat conversation that has already had a message answered. Strangers from four addresses or
 * more, with new conversations, then hold at most the rest, and a person's long paste is still read.
 */
export const keptForAnswered = 2;

/** How the large bodies are counted: whose address (behind `trustedHops` proxies), and who is told of a refusal. */
export interface LargeBodies {
  trustedHops: number;
  /** Called for a request refused at either cap, before its 429 (the Direct Line tells the chat, H371). */
  refused?: (req: Request) => void;
  /** True for a post that may have the places kept back (`keptForAnswered`): a conversation already answered. */
  favoured?: (req: Request) => boolean;
  /**
   * Told of a large body that ended unread (H484): its client went before the end, or it was cut for
   * its pace. A person's browser sends a paste whole; a post left half-sent is a stranger's way of
   * holding a place, so the channel stops favouring where it came from.
   */
  abandoned?: (req: Request) => void;
}

/**
 * The only body each kind of route takes: Twilio posts a form, the FHIR intake takes JSON as
 * FHIR names it (`application/fhir+json`) or plain, and everything else posts JSON.
 */
export type BodyKind = 'json' | 'form' | 'fhir';

/** What a route accepts: its one media type, and the largest body it needs. */
export interface BodyRule {
  kind: BodyKind;
  maxBytes: number;
}

const mediaTypes: Record<BodyKind, readonly string[]> = {
  json: ['application/json'],
  form: ['application/x-www-form-urlencoded'],
  fhir: ['application/fhir+json', 'application/json'],
};

/**
 * Refuses, before a byte of it is read, any request body that is not the one media type its
 * route takes (415) or is larger than the route needs (413). No route takes multipart: restify's
 * multipart parser streams file parts into the temp folder before any handler (and so any
 * authentication) runs, and nothing removes them, so a stranger could fill the disk through the
 * public token endpoint. The size is checked from Content-Length, so a flood of large bodies at a
 * route that needs small ones costs no parsing; a chunked body is still cut at the global limit.
 * Past `maxLargeBodies` large bodies (or chunked ones, of unknown size) being read or answered,
 * or `maxLargeBodiesPerAddress` from the same client address (`maxLargeBodiesPerNetwork` from one
 * IPv6 /48), another gets a quick 429; the last `keptForAnswered` places only for a favoured post.
 */
export function bodyPolicy(ruleOf: (path: string) => BodyRule, bodies: LargeBodies): RequestHandler {
  let large = 0;
  const byAddress = new CountsByKey();
  const byNetwork = new CountsByKey();
  return (req: Request, res: Response, next: Next): void => {
    const length = req.getContentLength() ?? 0;
    if (!req.isChunked() && length === 0) {
      next();
      return;
    }
    const rule = ruleOf(req.getPath());
    // restify inflates a gzip body with no limit on what it inflates to (194 KB became 200 MB held in
    // memory, hardening 30): no client of ours compresses what it posts, so only an unencoded body is read.
    const encoding = (req.header('content-encoding') ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity' || !mediaTypes[rule.kind].includes(req.contentType().toLowerCase())) {
      res.send(415, { error: 'UnsupportedMediaType', message: 'Unsupported content type.' });
      next(false);
      return;
    }
    if (length > rule.maxBytes) {
      res.send(413, { error: 'PayloadTooLarge', message: 'The request is too large.' });
      next(false);
      return;
    }
    // A chunked body says nothing of its size before it is read, and may be up to the route's limit.
    if (length > largeBodyBytes || (req.isChunked() && rule.maxBytes > largeBodyBytes)) {
      const address = clientAddress(req, bodies.trustedHops);
      const network = peerNetwork(address);
      // A kept place only for an address holding no large body: one answered conversation, or one
      // address with several, cannot take both (H484).
      const favoured = byAddress.held(address) === 0 && bodies.favoured?.(req) === true;
      const places = favoured ? maxLargeBodies : maxLargeBodies - keptForAnswered;
      if (
        large >= places ||
        byAddress.held(address) >= maxLargeBodiesPerAddress ||
        byNetwork.held(network) >= maxLargeBodiesPerNetwork
      ) {
        bodies.refused?.(req);
        refusedAtCap(res, 'The service is busy. Try again shortly.');
        next(false);
        return;
      }
      large += 1;
      byAddress.take(address);
      byNetwork.take(network);
      // Given back once the answer is sent or the connection closes, whichever is first.
      let held = true;
      const giveBack = (): void => {
        if (held && !req.complete) bodies.abandoned?.(req);
        if (held) {
          large -= 1;
          byAddress.giveBack(address);
          byNetwork.giveBack(network);
        }
        held = false;
      };
      res.once('finish', giveBack);
      res.once('close', giveBack);
    }
    next();
  };
}
