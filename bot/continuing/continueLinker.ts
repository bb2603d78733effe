import type { TurnContext } from 'botbuilder';
import { continueCodeIn, type ContinueCodeStore } from '../../coordination/continueCodes';
import type { Renderer } from '../../content/renderer';
import { isEmptyRecord } from '../../plan/record';
import type { IdentityStore } from '../../storage/identityStore';
import type { RecordStore } from '../../storage/recordStore';
import type { Logger } from '../../plan/logger';
import { channelUserId } from '../sessions';
import type { CodeAttemptCounts } from '../../coordination/codeAttempts';

/** What became of a message that may be a continue code: joined, refused, or not ours to answer. */
export type JoinOutcome = 'joined' | 'refused' | undefined;

/**
 * Wrong continue codes from everyone together that close the door for a while: a guesser with
 * many conversations and numbers still meets a limit, and a person who meets it is told, like any
 * refusal, to ask for a new code (which will work once the window has passed).
 */
export const everyoneLimits = { maxFailures: 1000, windowMs: 10 * 60_000, maxKeys: 1 };

/**
 * A message that is a continue code joins this channel to the record the code was made for, before
 * any record is opened for the turn. A code that is unknown, used, expired or for an erased record
 * gets one and the same answer, and wrong codes are counted per conversation, per sender (a phone
 * number, a web chat or Teams user) and for everyone, as invitation codes are; once a count is
 * used up even the right code is refused until its window has passed. A channel that already
 * holds answers of its own is never joined to another record: those answers would be lost to it.
 */
export class ContinueLinker {
  constructor(
    private readonly deps: {
      codes: ContinueCodeStore;
      identities: IdentityStore;
      records: RecordStore;
      renderer: Renderer;
      clock: () => Date;
      logger: Logger;
      /** Shared with the invitation codes, so a conversation's wrong tries of both kinds add up. */
      attempts: CodeAttemptCounts;
      /** Everyone's wrong continue codes together, within `everyoneLimits`. */
      everyone: CodeAttemptCounts;
    },
  ) {}

  async handle(context: TurnContext, text: string): Promise<JoinOutcome> {
    const code = continueCodeIn(text);
    if (!code) return undefined;
    const { channelId, conversation } = context.activity;
    const userId = channelUserId(context);
    const say = (key: string): Promise<unknown> => context.sendActivity(this.deps.renderer.message(key, {}, channelId));
    const identity = this.deps.identities.keyOf(channelId, userId);
    const current = await this.deps.records.getByIdentity(identity);
    if (current && !isEmptyRecord(current.value)) {
      this.deps.logger.info('continue_refused', { reason: 'ownRecord' });
      await say('continue.ownRecord');
      return 'refused';
    }
    const keys = [`conversation:${channelId}:${conversation.id}`, `sender:${identity}`];
    const locked = (await this.deps.attempts.locked(keys)) || (await this.deps.everyone.locked(['everyone']));
    const redeemed = locked ? undefined : await this.deps.codes.redeem(code, { channelId, userId });
    if (!redeemed?.ok) {
      await this.deps.attempts.fail(keys);
      await this.deps.everyone.fail(['everyone']);
      this.deps.logger.info('continue_refused', { reason: redeemed?.reason ?? 'locked' });
      await say('continue.notAccepted');
      return 'refused';
    }
    this.deps.logger.info('continue_joined', { channel: channelId });
    await say('continue.joined');
    return 'joined';
  }
}
