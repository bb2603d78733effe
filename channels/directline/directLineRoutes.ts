import { randomBytes, randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { clientAddress, sharedNetwork } from './clientAddress';
import type { RateLimits } from '../../storage/rateLimiter';
import type { Channel } from '../channel';
import type { Answer } from '../../storage/answer';
import { authenticatedByChannel } from '../botframework/authenticatedByChannel';
import { BrowserIdentities, generateBodySchema } from './browserIdentities';
import { connectorBase, connectorUrl, directLineBase, directLineBot } from './directLineBot';
import { bearerToken, DirectLineTokens, type TokenClaims } from './tokens';
import { fail, param, sameSecret, sync, tooMany, type AsyncHandler, type Handler } from './routeHelpers';
import { TurnsWaiting } from './turnsWaiting';
import type { DirectLineDeps } from './directLineDeps';

export type { DirectLineDeps } from './directLineDeps';

import { readPosted, type Posted, type PostedReading } from './postedActivity';
import { withoutScreenOnly } from '../../bot/screenOnly';
import { screenTooLong } from './tooLongScreened';
import { busyTeller } from './busyNotice';
import { AnsweredConversations } from './answeredConversations';
import { OneAtATime } from './oneAtATime';
import { ScreeningBudget } from './screeningBudget';
import { authorised, tokenFirst } from './tokenFirst';
import { RefreshLimits } from './refreshLimits';

type TooLong = Extract<PostedReading, { kind: 'tooLong' }>;

/** New conversations a client address, and everyone together, may open a minute by default. */
export const defaultCreationLimits: RateLimits = { perAddress: 30, overall: 600, windowMs: 60_000 };

const botActivitySchema = z.looseObject({ type: z.string().min(1).max(64) });

/**
 * The built-in Direct Line 3.0 (polling), as Bot Framework Web Chat uses it, for a self-hosted
 * web chat with no Azure account. Incoming activities run through the same adapter and turn
 * pipeline as `/api/messages`; the bot's replies come back over HTTP to a local connector
 * endpoint whose path holds a per-process secret, so nobody outside can inject bot messages.
 */
export function directLineChannel(deps: DirectLineDeps): Channel {
  const clock = deps.clock ?? (() => new Date());
  const tokens = new DirectLineTokens(clock, deps.tokenKey);
  const { streams, creations } = deps;
  const browsers = deps.browserIdentities ?? new BrowserIdentities(randomBytes(32));
  const knownUser = deps.knownUser ?? (() => Promise.resolve(false));
  const connectorSecret = randomBytes(32).toString('base64url');
  const connectorPath = `${connectorBase}${connectorSecret}`;
  const bot = directLineBot(deps.botAppId);
  const auth = authenticatedByChannel(deps.botAppId);
  const waiting = new TurnsWaiting();
  const [lane, budget] = [new OneAtATime(), deps.screeningBudget ?? new ScreeningBudget()];
  const answered = new AnsweredConversations();
  const refreshes = new RefreshLimits(clock);

  const routes = (app: Server): void => {
    const serviceUrl = (): string => connectorUrl(app.address(), connectorPath);

    /** The token's grant, or a 401 (none) / 403 (bad, expired, or for another conversation). */
    const authorise = (req: Request, res: Response, conversationId?: string): TokenClaims | undefined =>
      authorised(tokens, req, res, conversationId);

    const runTurn = (activity: Record<string, unknown>): Promise<boolean> =>
      deps.runTurn(auth, { ...activity, serviceUrl: serviceUrl() }).then((result) => result.ok);

    const startConversation = async (claims: TokenClaims): Promise<void> => {
      if (!(await streams.start(claims.conversationId, claims.userId))) return;
      const user = { id: claims.userId, role: 'user' };
      // A welcome that failed is not the page's problem: the conversation opens, and the
      // person's first message gets an answer.
      await runTurn({
        type: 'conversationUpdate',
        id: randomUUID(),
        channelId: 'webchat',
        conversation: { id: claims.conversationId },
        from: user,
        recipient: bot,
        membersAdded: [user],
        timestamp: clock().toISOString(),
      });
    };

    /** A new conversation for a stranger, within the rate limits and the cap; else a 429 is sent. */
    const newConversation = async (req: Request, res: Response, userId: string): Promise<string | undefined> => {
      const address = clientAddress(req, deps.trustedProxyHops ?? 0);
      const admitted = await creations.take(address, sharedNetwork(address));
      if (!admitted.ok) {
        deps.logger.warn('directline_creation_limited', { reason: 'rate' });
        tooMany(res, admitted.retryAfterSeconds);
        return undefined;
      }
      const created = await streams.create(userId);
      if (!created.ok) {
        deps.logger.warn('directline_creation_limited', { reason: 'full' });
        tooMany(res, created.retryAfterSeconds);
        return undefined;
      }
      return created.id;
    };

    const conversationBody = (claims: TokenClaims, token: string, expiresIn: number) => ({
      conversationId: claims.conversationId,
      token,
      expires_in: expiresIn,
    });

    /**
     * `POST /tokens/generate`: a conversation for this browser. The server decides who it is: the
     * user its credential proves; else a page-chosen id from before credentials existed, only if
     * that id already has a record (so nobody can pick a new one); else a new identity. The
     * answer carries the user id and the credential for the page to keep.
     */
    const generate: AsyncHandler = async (req, res) => {
      const parsed = generateBodySchema.safeParse(req.body ?? {});
      if (!parsed.success) return fail(res, 400, 'The user id must be 16 to 128 letters, digits, - or _.');
      const { credential, user } = parsed.data;
      let userId = credential ? browsers.verify(credential) : null;
      if (!userId && credential) deps.logger.warn('directline_credential_refused', {});
      if (!userId && user && (await knownUser(user.id))) userId = user.id;
      const identity = userId ? browsers.for(userId) : browsers.issue();
      const conversationId = await newConversation(req, res, identity.userId);
      if (!conversationId) return;
      const issued = tokens.issue(conversationId, identity.userId);
      res.send(200, {
        conversationId,
        token: issued.token,
        expires_in: issued.expiresIn,
        userId: identity.userId,
        credential: identity.credential,
      });
    };

    const startOrResume: AsyncHandler = async (req, res) => {
      let claims: TokenClaims | undefined;
      let token: string;
      let expiresIn: number;
      if (req.header('authorization')) {
        claims = authorise(req, res);
        if (!claims) return;
        token = bearerToken(req.header('authorization')) ?? '';
        expiresIn = Math.max(0, Math.floor((claims.expiresAt - clock().getTime()) / 1000));
      } else {
        const userId = `dl_${randomBytes(18).toString('base64url')}`;
        const conversationId = await newConversation(req, res, userId);
        if (!conversationId) return;
        const issued = tokens.issue(conversationId, userId);
        token = issued.token;
        expiresIn = issued.expiresIn;
        claims = { conversationId, userId, expiresAt: 0, issuedFirstAt: 0 };
      }
      await startConversation(claims);
      res.send(201, conversationBody(claims, token, expiresIn));
    };

    const refresh: Handler = (req, res) => {
      const claims = authorise(req, res);
      if (!claims) return;
      const admitted = refreshes.take(clientAddress(req, deps.trustedProxyHops ?? 0), claims.conversationId);
      if (!admitted.ok) return tooMany(res, admitted.retryAfterSeconds, 'Too many token refreshes. Try again shortly.');
      const issued = tokens.refresh(claims);
      if (!issued) return fail(res, 403, 'This conversation has run too long. Please reload the page.');
      res.send(200, conversationBody(claims, issued.token, issued.expiresIn));
    };

    /**
     * Runs `use` on the stream of the conversation a token names; if the stream is not held
     * (forgotten while the token lived), rebuilds it and runs `use` once more.
     */
    const onStream = async <T>(claims: TokenClaims, use: () => Answer<T | undefined>): Promise<T | undefined> => {
      const first = await use();
      if (first !== undefined) return first;
      await streams.attach(claims.conversationId, claims.userId);
      return use();
    };

    const getActivities: AsyncHandler = async (req, res) => {
      const conversationId = param(req, 'conversationId');
      const claims = authorise(req, res, conversationId);
      if (!claims) return;
      const query = req.query as Record<string, unknown> | undefined;
      const watermark = typeof query?.watermark === 'string' ? query.watermark : undefined;
      const page = await onStream(claims, () => streams.since(conversationId, watermark));
      if (!page) return fail(res, 404, 'No such conversation.');
      res.send(200, page);
    };

    const postActivity: AsyncHandler = async (req, res) => {
      const conversationId = param(req, 'conversationId');
      const claims = authorise(req, res, conversationId);
      if (!claims) return;
      const reading = readPosted(req.body);
      if (reading.kind === 'invalid') return fail(res, 400, 'The request is not a valid activity.');
      if (reading.kind === 'tooLarge') return fail(res, 413, 'The activity is too large.');
      if (reading.kind === 'tooLong')
        return tooLong(res, conversationId, claims, reading, clientAddress(req, deps.trustedProxyHops ?? 0));
      const { posted } = reading;
      // Typing says nothing the bot uses or the page shows back: it is neither stored nor run.
      if (posted.type === 'typing') return void res.send(200, { id: `${conversationId}|typing` });
      const admitted = await waiting.take(conversationId, posted.text ?? '', () => deps.screensUrgent?.(claims.userId));
      if (admitted !== 'admitted') {
        if (admitted === 'refusedFirst') await streams.append(conversationId, { ...deps.tooFastNotice(), from: bot });
        return tooMany(res, 2, 'Too many messages at once. Send it again shortly.');
      }
      try {
        await takeMessage(res, conversationId, claims, posted);
      } finally {
        waiting.leave(conversationId);
      }
    };

    // Too long to read: neither stored nor read as an answer, but told so and screened whole (H320, H370).
    const tooLong = async (
      res: Response,
      conversationId: string,
      claims: TokenClaims,
      reading: TooLong,
      address: string,
    ) => {
      const told = await onStream(claims, () =>
        streams.append(conversationId, { ...deps.tooLongNotice(reading.characters), from: bot }),
      );
      if (!told) return fail(res, 404, 'No such conversation.');
      const { userId } = claims;
      const [read, text, at] = [deps.screensUrgent?.(userId), reading.text, clock()];
      await screenTooLong({ conversationId, userId, bot, text, waiting, lane, address, budget, read, runTurn, at });
      res.send(200, { id: `${conversationId}|${randomUUID()}` });
    };

    const takeMessage = async (res: Response, conversationId: string, claims: TokenClaims, posted: Posted) => {
      // The token decides who is speaking: a client cannot post as another user.
      const activity = {
        type: posted.type,
        channelId: 'webchat',
        from: { id: claims.userId, role: 'user' },
        recipient: bot,
        text: posted.text,
        textFormat: posted.textFormat,
        locale: posted.locale,
        localTimestamp: posted.localTimestamp,
        value: posted.value,
        channelData: withoutScreenOnly(posted.channelData),
      };
      const echoed = await onStream(claims, () => streams.append(conversationId, activity));
      if (!echoed) return fail(res, 404, 'No such conversation.');
      if (posted.type === 'message' && !(await runTurn({ ...echoed, attachments: [] })))
        return fail(res, 502, 'The bot could not take that message.');
      if (posted.type === 'message') answered.add(conversationId);
      res.send(200, { id: echoed.id });
    };

    /** Where the adapter's ConnectorClient sends the bot's replies (`replyToActivity`, `sendToConversation`). */
    const botReply: AsyncHandler = async (req, res) => {
      if (!sameSecret(param(req, 'secret'), connectorSecret)) return fail(res, 404, 'Not found.');
      const parsed = botActivitySchema.safeParse(req.body);
      if (!parsed.success) return fail(res, 400, 'The request is not a valid activity.');
      const { serviceUrl: _hidden, id: _ignored, ...activity } = parsed.data;
      const stored = await streams.append(param(req, 'conversationId'), { ...activity, from: bot });
      if (!stored) return fail(res, 404, 'No such conversation.');
      res.send(200, { id: stored.id });
    };

    app.post(`${directLineBase}/tokens/generate`, generate);
    app.post(`${directLineBase}/tokens/refresh`, sync(refresh));
    app.post(`${directLineBase}/conversations`, startOrResume);
    app.get(`${directLineBase}/conversations/:conversationId/activities`, getActivities);
    app.post(`${directLineBase}/conversations/:conversationId/activities`, postActivity);
    app.post(`${directLineBase}/connector/:secret/v3/conversations/:conversationId/activities`, botReply);
    app.post(`${directLineBase}/connector/:secret/v3/conversations/:conversationId/activities/:replyToId`, botReply);
  };
  const verify = (token: string) => tokens.verify(token);
  const teller = (notice: () => Record<string, unknown>) =>
    busyTeller({ verify, tell: async (conversationId) => streams.append(conversationId, { ...notice(), from: bot }) });
  const [refusedBusy, cutShort] = [teller(deps.busyNotice), teller(deps.cutNotice)];
  return {
    name: 'directline',
    routes,
    refusedBusy,
    cutShort,
    ...answered.byToken(verify),
    keyedFirst: tokenFirst(tokens),
  };
}
