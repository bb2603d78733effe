import type { DialogContext } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import { momentWords } from '../content/dates';
import { shownContinueCode } from '../coordination/continueCodes';
import { answeredBy } from '../plan/recordView';
import type { ConversationDeps, UntieOutcome } from './conversationDeps';

/** What the person is told for each kind of channel "not my phone" took off. */
const untiedKeys: Readonly<Record<NonNullable<UntieOutcome['untied']>['kind'], string>> = {
  invitationMobile: 'mobile.untied',
  phone: 'mobile.untiedPhone',
  webchat: 'mobile.untiedWebChat',
  teams: 'mobile.untiedTeams',
};

/**
 * Requests about what reaches the person's record: a code that joins another channel to it, a
 * phone or chat that is not theirs taken off it, and every own-copy link turned off. Each is told
 * in one message; the caller asks the question waiting again.
 */
export class RecordAccess {
  constructor(
    private readonly deps: Pick<
      ConversationDeps,
      'sessions' | 'renderer' | 'clock' | 'audit' | 'ownCopyLinks' | 'continueCodes' | 'continueBy' | 'mobiles'
    >,
  ) {}

  /**
   * Takes off the record the phone or chat that joined it last, and names it (a person who also
   * uses a phone of their own sees which one went, and can join it again with a code); says so
   * when another is still joined. The invitation's mobile, once disowned, is never tied again.
   */
  async notMyPhone(dc: DialogContext): Promise<void> {
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    const session = this.deps.sessions.get(dc.context);
    const { untied, left } = await this.deps.mobiles.untie(dc.context, session.record.id);
    if (untied?.kind === 'invitationMobile')
      await session.update((draft) => {
        if (draft.leadContact) draft.leadContact.mobileDisowned = true;
      });
    const family = channelFamily(channelId);
    const said = untied
      ? renderer.text(untiedKeys[untied.kind], { ending: untied.ending, at: momentWords(untied.at) }, family)
      : renderer.text('mobile.noneTied', {}, family);
    await dc.context.sendActivity(
      renderer.lines(left > 0 ? [said, renderer.text('mobile.untieMore', {}, family)] : [said], channelId),
    );
  }

  /**
   * Gives a short code that joins another channel to this record. Said only once the code is
   * stored, so the code shown is one that works.
   */
  async continueElsewhere(dc: DialogContext): Promise<void> {
    const record = this.deps.sessions.get(dc.context).record;
    const issued = await this.deps.continueCodes.issue(dc.context, record.id);
    const minutes = Math.round((Date.parse(issued.expiresAt) - this.deps.clock().getTime()) / 60_000);
    await dc.context.sendActivity(
      this.deps.renderer.message(
        'continue.code',
        { code: shownContinueCode(issued.code), minutes, ...this.deps.continueBy },
        dc.context.activity.channelId,
      ),
    );
  }

  /**
   * Turns off every own-copy link that still works, at once and with no confirmation: a link
   * sent to the wrong person, or seen over a shoulder, should stop before anything else is asked.
   * What is said depends on what was turned off, so nobody is told a link stopped that never worked.
   */
  async stopLink(dc: DialogContext): Promise<void> {
    const record = this.deps.sessions.get(dc.context).record;
    const stopped = await this.deps.ownCopyLinks.revokeAll(record.id);
    if (stopped > 0) {
      await this.deps.audit.append({ actor: answeredBy(record), action: 'linkRevoked', subject: record.id });
    }
    await dc.context.sendActivity(
      this.deps.renderer.message(stopped > 0 ? 'link.stopped' : 'link.noneToStop', {}, dc.context.activity.channelId),
    );
  }
}
