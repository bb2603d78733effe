import type { TurnContext } from 'botbuilder';
import { continueCodeIn, type ContinueCodeStore } from '../../coordination/continueCodes';
import type { Renderer } from '../../content/renderer';
import { isEmptyRecord } from '../../plan/record';
import type { IdentityStore } from '../../storage/identityStore';
import type { RecordStore } from '../../storage/recordStore';
import type { Logger } from '../../plan/logger';
import { channelUserId } from '../sessions';
import type { CodeAttempts } from '../../coordination/codeAttempts';
import { reachOf } from './reach';

/** What became of a message that may be a continue code: joined, refused, or not ours to answer. */
export type JoinOutcome = 'joined' | 'refused' | undefined;

/**
 * A message that is a continue code joins this channel to the record the code was made for, before
 * any record is opened for the turn. A code that is unknown, used, expired or for an erased record
 * gets one and the same answer, and wrong codes are counted per conversation and per sender (a
 * phone number, a web chat or Teams user), with the invitation codes, and for everyone together;
 * once a count is used up even the right code is refused until its window has passed. A channel
 * that already holds answers of its own is never joined to another record: those answers would be
 * lost to it. The record's other channels are told of a join by a notice queued with it.
 */
export class ContinueLinker {
  constructor(
    private readonly deps: {
      codes: ContinueCodeStore;
      identities: IdentityStore;
      records: RecordStore;
      renderer: Renderer;
      logger: Logger;
      /** Shared with the invitation codes, so a conversation's wrong tries of both kinds add up. */
      attempts: CodeAttempts;
      /** Sends the notices a join queued to the record's other channels, once it is stored. */
      notices: { deliverDue(): void };
    },
  ) {}

  async handle(context: TurnContext, text: string): Promise<JoinOutcome> {
    const code = continueCodeIn(text);
    if (!code) return undefined;
    const { channelId, conversation } = context.activity;
    const userId = channelUserId(context);
    const say = (key: string): Promise<unknown> => context.sendActivity(this.deps.renderer.message(key, {}, channelId));
    const identity = this.deps.identities.keyOf(channelId, userId);
    const keys = [`conversation:${channelId}:${conversation.id}`, `sender:${identity}`];
    const current = await this.deps.records.getByIdentity(identity);
    if (current && !isEmptyRecord(current.value)) return this.ownRecord(code, keys, say);
    const locked = await this.deps.attempts.locked(keys, { everyone: true });
    const redeemed = locked
      ? undefined
      : await this.deps.codes.redeem(code, { channelId, userId, reach: reachOf(context) });
    if (!redeemed?.ok) {
      await this.deps.attempts.fail(keys, { everyone: true });
      this.deps.logger.info('continue_refused', { reason: redeemed?.reason ?? 'locked' });
      await say('continue.notAccepted');
      return 'refused';
    }
    this.deps.notices.deliverDue();
    this.deps.logger.info('continue_joined', { channel: channelId });
    await say('continue.joined');
    return 'joined';
  }

  /**
   * A chat with answers of its own is never joined. Only a code that works is told so (with the
   * way out, deleting the answers here): anything else written like a code ("the 5th" at a score)
   * is an answer, and goes on as one. Each such look counts as a wrong try, as a redeem would, or
   * a chat with answers could test guessed codes for free; a locked one is not looked at.
   */
  private async ownRecord(code: string, keys: string[], say: (key: string) => Promise<unknown>): Promise<JoinOutcome> {
    if (await this.deps.attempts.locked(keys, { everyone: true })) return undefined;
    if (!(await this.deps.codes.works(code))) {
      await this.deps.attempts.fail(keys, { everyone: true });
      return undefined;
    }
    this.deps.logger.info('continue_refused', { reason: 'ownRecord' });
    await say('continue.ownRecord');
    return 'refused';
  }
}
