import { takenBackToldData } from './takenBackTold';
import type { DialogContext } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import { appointmentWords } from '../content/dates';
import { isPast } from '../coordination/typedAppointment';
import { sharedRecord, sharedVersionHeld, shareKeys } from '../plan/consentScope';
import type { Flag, PreparationRecord } from '../plan/record';
import { textAnswer } from '../plan/recordView';
import type { ConversationDeps } from './conversationDeps';
import { sendsNothing } from './reviewAnswers';
import { questionData } from './sectionPrompt';

/** Requests answered from the record alone, each by its own message (`command.<request>`). */
export type AnsweredRequest =
  | 'whoSees'
  | 'whoIsLead'
  | 'sendElsewhere'
  | 'sendToTeam'
  | 'appointment'
  | 'whoAnswers'
  | 'toAPerson'
  | 'whatFor'
  | 'savedAsk';

/**
 * Requests a person makes at any question and that the record answers: who can see their answers,
 * who their lead contact is, whether it can go to someone else (only to the lead contact),
 * when the appointment is, who or what they are talking to, whom to talk to, what this is for.
 * Each is told in one message, with the question's own data and the facts it needs; the caller
 * asks the question again. The lead contact is named only when the invitation gave one.
 */
export class AnsweredRequests {
  constructor(
    private readonly deps: Pick<
      ConversationDeps,
      'sessions' | 'renderer' | 'leadCopies' | 'clock' | 'phrases' | 'retentionDays'
    >,
  ) {}

  async answer(dc: DialogContext, request: AnsweredRequest): Promise<void> {
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    const record = this.deps.sessions.get(dc.context).record;
    const said = dc.context.activity.text ?? '';
    const data = {
      ...questionData(record, renderer, channelFamily(channelId)),
      hasLead: record.leadContact !== undefined,
      ...(await this.facts(request, record)),
      // "Will my GP see it?": whether someone named sees it is said, not only who is sent it (H397).
      someoneNamed: request === 'whoSees' && this.deps.phrases.peopleNamed(said).length > 0,
      // "What happens to my data?": how long it is kept and how to delete it now, too (H461).
      aboutData: request === 'whoSees' && this.deps.phrases.within('dataKept', said.replace(/[^\p{L}\p{N}' ]+/gu, ' ')),
      keptDays: this.deps.retentionDays,
    };
    await dc.context.sendActivity(renderer.message(`command.${request}`, data, channelId));
  }

  private async facts(request: AnsweredRequest, record: PreparationRecord): Promise<object> {
    // Only the day the invitation gave: a day nobody gave is never guessed. One gone by is told as
    // past by the service's clock, never as to come; a later date nobody gave is not guessed either.
    if (request === 'appointment') {
      const at = record.leadContact?.appointmentAt;
      return { when: appointmentWords(at), past: at !== undefined && isPast(at, this.deps.clock()) };
    }
    if (request === 'savedAsk') return savedFacts(record);
    // Asked to send it to the care team: whether it has gone to the lead contact, as "who sees it" tells.
    if (request !== 'whoSees' && request !== 'sendToTeam') return {};
    // Nobody until they share; once shared, whether it has reached the lead contact yet (never said
    // to be with them before it is; while it is being sent, that it may already have); once taken
    // back, nobody is sent it; asked and said no (or sent no part), that they chose not to send it.
    const copy = sharedRecord(record);
    const shared = copy !== undefined;
    const consent = record.answers[shareKeys.consent];
    // Safety notes go with a share, but none made since is sent: never said to be with them (H129).
    const later = copy ? record.flags.filter((flag) => !copy.flags.some((sent) => sameFlag(sent, flag))) : [];
    const standing = await this.deps.leadCopies.standing(record, shared);
    const held = await this.deps.leadCopies.heldVersion(record);
    return {
      shared,
      ...standing,
      // They hold an earlier version and the one shared last waits to go: never said to be sent.
      newerWaiting:
        shared && !standing.unsent && !standing.sending && held !== undefined && !sharedVersionHeld(record, held),
      withdrawn: record.status === 'withdrawn',
      ...(await takenBackToldData(this.deps.leadCopies, record)),
      declined: (consent !== undefined && consent.value !== true) || sendsNothing(record),
      laterNotes: later.length > 0,
      laterCrisis: later.some((flag) => flag.kind === 'crisis'),
      // At the sharing questions, whether to send it is being asked now, not "at the end" (H397).
      askingNow: Object.values(shareKeys).includes(record.progress.current ?? ''),
    };
  }
}

/**
 * What is saved: the answers of the record as this turn read it from the store (each turn's answer
 * is written before its reply is sent), how many, and the last one's words when they are words.
 */
function savedFacts(record: PreparationRecord): object {
  const count = Object.values(record.answers).filter((answer) => answer?.status === 'answered').length;
  const key = record.progress.trail.at(-1);
  const last = key === undefined ? undefined : textAnswer(record, key);
  return { count, last, paused: record.progress.paused };
}

/** The same note, however what was said of it since has changed ("not safe" kept on it later). */
function sameFlag(a: Flag, b: Flag): boolean {
  return a.kind === b.kind && a.detail === b.detail && a.at === b.at && a.about === b.about;
}
