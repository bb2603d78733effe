import type { TurnContext } from 'botbuilder';
import { channelFamily } from '../content/channels';
import type { Renderer, TemplateData } from '../content/renderer';
import { bare } from '../plan/normalise';
import { answeredBy } from '../plan/recordView';
import { questionData } from './sectionPrompt';
import type { Flag, PreparationRecord } from '../plan/record';
import type { CrisisKind } from '../safety/kinds';
import type { Clock, Session } from '../plan/session';

/** The longest part of a triggering message kept on the flag for the clinician. */
const keptMessageLength = 2000;

/** What the crisis reply is about. */
export interface CrisisEvent {
  kind: CrisisKind;
  /** The words that raised it, kept on the flag for the lead contact. */
  message: string;
  via: NonNullable<Flag['via']>;
  /** What they replied when asked straight, for a crisis raised by that reply. */
  reply?: Flag['reply'];
  /** A carer's own crisis (see `crisisAbout`); absent for the person's. */
  about?: Flag['about'];
  /** A medical emergency that may be a false alarm (see `safetyCheckMayBeFalseAlarm`). */
  mayBeFalseAlarm?: true;
}

/**
 * The words every crisis message is rendered with: the person's name, and whether a carer is
 * answering about them. A carer may tell of a crisis before giving a name: then the name's
 * stand-in, as every question has, never a blank. A carer's own crisis is answered as anyone's
 * about themselves.
 */
export function crisisData(
  session: Session,
  renderer: Renderer,
  channelId: string | undefined,
  about?: Flag['about'],
): TemplateData {
  const { carer, name } = questionData(session.record, renderer, channelFamily(channelId));
  return { carer: carer && about !== 'carer', name };
}

/**
 * The signposting message for a kind, ending "are you safe right now?": 999 first for a medical
 * emergency; for harm to others, 999, a domestic abuse helpline and safeguarding beside the mental
 * health lines (H330).
 */
export function crisisReplyKey(kind: CrisisKind): string {
  if (kind === 'medicalEmergency') return 'crisis.medical';
  return kind === 'harmOthers' ? 'crisis.harmOthers' : 'crisis.mentalHealth';
}

/**
 * The urgent help again when "are you safe right now?" gets anything but a clear yes, matching the
 * first reply's kind: 999 alone for a medical emergency; for harm to others, 999 with the domestic
 * abuse helpline and safeguarding (H353); otherwise 999 and the mental health lines.
 */
export function notSafeReplyKey(kind: CrisisKind): string {
  if (kind === 'medicalEmergency') return 'crisis.notSafeMedical';
  return kind === 'harmOthers' ? 'crisis.notSafeHarmOthers' : 'crisis.notSafe';
}

/**
 * The crisis reply, shared by the guard (a disclosure in any answer, a check-in confirmed) and
 * the mood section (yes or not sure to the direct question): record a crisis flag first, then
 * give the urgent help for the kind and ask whether they are safe right now. Nothing routine is
 * asked in the same message.
 */
export async function sendCrisisReply(
  context: TurnContext,
  deps: { session: Session; renderer: Renderer; clock: Clock },
  event: CrisisEvent,
): Promise<void> {
  const { session, renderer, clock } = deps;
  await session.update((draft) => {
    raiseCrisisFlag(draft, event, clock().toISOString());
    draft.progress.safetyCheckPending = true;
    draft.progress.safetyCheckKind = event.kind;
    draft.progress.safetyCheckAbout = event.about;
    draft.progress.safetyCheckMayBeFalseAlarm = event.mayBeFalseAlarm;
    draft.progress.checkIn = undefined;
    // A "delete it all?" asked before this crisis is never answered by a "yes" to the next question (H311).
    draft.progress.heldRequest = undefined;
  });
  await sayCrisisMessage(context, { session, renderer }, crisisReplyKey(event.kind), {
    linkId: 'safety.check',
    about: event.about,
  });
}

/**
 * Records a crisis flag for the lead contact, and nothing more: `sendCrisisReply` also answers it.
 * Alone, for a crisis told beside another that the reply answers (a carer's own and the person's).
 */
export function raiseCrisisFlag(draft: PreparationRecord, event: CrisisEvent, at: string): void {
  if (flaggedAlready(draft, event)) return;
  draft.flags.push({
    kind: 'crisis',
    detail: event.kind,
    via: event.via,
    ...(event.reply ? { reply: event.reply } : {}),
    at,
    by: answeredBy(draft),
    ...(event.about ? { about: event.about } : {}),
    message: event.message.slice(0, keptMessageLength),
    ...(draft.progress.current ? { saidAt: draft.progress.current } : {}),
  });
}

/**
 * Whether, while "are you safe right now?" waits, the same crisis was flagged in the same words
 * already (the disclosure sent again): the reply is given again, the lead contact told it once.
 */
function flaggedAlready(draft: PreparationRecord, event: CrisisEvent): boolean {
  if (draft.progress.safetyCheckPending !== true) return false;
  const words = bare(event.message.slice(0, keptMessageLength));
  return draft.flags.some(
    (flag) =>
      flag.kind === 'crisis' &&
      flag.detail === event.kind &&
      flag.about === event.about &&
      bare((flag.message ?? '').split('\n\n')[0] ?? '') === words,
  );
}

/**
 * One message of the crisis replies, in the words for who it is about; given `linkId`, marked as
 * the yes/no question it asks ("are you safe right now?", a check-in), so a card or SMS reply
 * answers that question. Asking "are you safe right now?" moves the record's `lastActiveAt` on.
 */
export async function sayCrisisMessage(
  context: TurnContext,
  deps: { session: Session; renderer: Renderer },
  key: string,
  { linkId, about }: { linkId?: string; about?: Flag['about'] } = {},
): Promise<void> {
  const channelId = context.activity.channelId;
  // "Are you safe right now?" asked now: a return is measured from here (`backAfterGap`, H347).
  if (linkId === 'safety.check') await deps.session.update(() => undefined);
  const message = deps.renderer.message(key, crisisData(deps.session, deps.renderer, channelId, about), channelId);
  await context.sendActivity(
    linkId === undefined ? message : { ...message, channelData: { careprep: { linkId, type: 'yesno' } } },
  );
}

/**
 * Keeps an answer's words on the crisis flag it answers, after the words that raised it, for the
 * lead contact ("yes but i have the tablets here"): said once, never twice.
 */
export function keepWordsOnFlag(flag: Flag, words: string): void {
  const kept = flag.message ?? '';
  if (kept.split('\n\n').includes(words)) return;
  flag.message = (kept === '' ? words : `${kept}\n\n${words}`).slice(0, keptMessageLength);
}
