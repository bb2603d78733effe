import type { DialogContext } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import { bare } from '../plan/normalise';
import type { Question } from '../content/packs/packSchema';
import type { Recognised } from '../plan/recognised';
import type { ConversationDeps } from './conversationDeps';
import { cardLinkId } from './messageText';
import { meantWords } from './recognisers/meantWords';
import type { Resumption } from './resumption';
import type { Parsed } from './sectionAnswers';

/** The most words a name put right has: more is a sentence, never a name said again. */
const nameMostWords = 3;

/** A reply read at a question: the question, how it reads the reply, and its "something else" option. */
export interface ReadAt {
  question: Question;
  read: Recognised<Parsed>;
  otherId?: string;
  /** Whether words naming nothing on the list may be its answer in their own words (a condition not listed). */
  ownWords?: boolean;
}

/**
 * An answer put right at the question after it ("sorry I meant COPD" straight after the conditions,
 * "sorry I meant Jeannie" after the name): the answer given last is changed, in any part, said so,
 * and the question waiting asked again. Read as the answer to the question waiting, it was noted as
 * what matters most and the conditions stayed as they were (explore 22a). A yes or a no meant for
 * the question before is the sections' own (`meantForEarlier`); lists, names, and words said with an
 * apology to be meant, at a question that asks for words too ("sorry I meant my neighbour Pat helps me").
 */
export class MeantAnswer {
  constructor(
    private readonly deps: Pick<ConversationDeps, 'sections' | 'sessions' | 'renderer' | 'phrases' | 'clock'>,
    private readonly resumption: Resumption,
  ) {}

  /** Puts right the answer given last with what `text` says was meant; false when it says no such thing. */
  async corrected(dc: DialogContext, text: string): Promise<boolean> {
    const active = this.resumption.activeSection(dc);
    const waiting = active?.pendingKey(dc);
    if (!active || waiting === undefined || cardLinkId(dc.context) !== undefined) return false;
    const words = meantWords(text, this.deps.phrases);
    if (words === undefined) return false;
    const session = this.deps.sessions.get(dc.context);
    const last = session.record.progress.trail.at(-1);
    const owner = this.deps.sections.find((section) => last && section.keysFor(session.record).includes(last));
    if (!owner || last === undefined || last === waiting || owner.section === 'review') return false;
    const { locale } = dc.context.activity;
    const meant = owner.readFor(last, words, session.record, locale);
    const sorry = this.deps.phrases.is('meantSorry', bare(text).split(' ')[0]);
    const parsed = putsRight(meant, active.readFor(waiting, words, session.record, locale), sorry);
    if (!parsed) return false;
    const at = this.deps.clock().toISOString();
    await session.update((draft) => owner.noteFor(draft, last, parsed, at));
    const family = channelFamily(dc.context.activity.channelId);
    const answer = owner.describeFor(last, session.record, family) ?? words;
    // Put right in their own words, named nowhere on the list ("lupus"): said so.
    const own =
      parsed.status === 'answered' && parsed.other !== undefined && !namesOptions(parsed.value, meant.otherId);
    const data = own ? { words: parsed.other } : { answer };
    const said = [this.deps.renderer.text(own ? 'ack.meantOwnWords' : 'ack.meantWords', data, family)];
    if (active.keysFor(session.record).includes(waiting)) await active.askAgain(dc, waiting, said);
    else await active.askNext(dc, said);
    return true;
  }
}

/**
 * The answer the words `meant` put right for the question before, read there, when they are one:
 * a list's options named (never "something else" alone, where any words would do, unless the list
 * takes such words as meant: `ownWords`, a condition not on the list), or a few words
 * read as a name that pick nothing of the list `waiting` asks. Never where parts to share are picked.
 */
export function putsRight(meant: ReadAt, waiting: ReadAt, sorry = false): Parsed | undefined {
  const { question, read, otherId } = meant;
  if (!read.ok || read.value.status !== 'answered' || question.asksToShare) return undefined;
  const { value } = read.value;
  if (question.type === 'choice' || question.type === 'multichoice') {
    return namesOptions(value, otherId) || meant.ownWords === true ? read.value : undefined;
  }
  // Words put right for words ("sorry I meant my neighbour Pat helps me") at a question asking for
  // words: said as meant for the one before, never this one's answer (explorer 27).
  // Only with an apology first: a plain "I meant my garden" may begin the next answer.
  const words =
    !question.name && question.type === 'text' && waiting.question.type === 'text' && !waiting.question.name;
  if (words) return sorry ? read.value : undefined;
  if (!question.name || typeof value !== 'string' || value.split(' ').length > nameMostWords) return undefined;
  const there = waiting.read;
  const list = waiting.question.type === 'choice' || waiting.question.type === 'multichoice';
  const picks =
    list && there.ok && there.value.status === 'answered' && namesOptions(there.value.value, waiting.otherId);
  return picks ? undefined : read.value;
}

/** Whether a list's answer names any option but the one that takes words of their own. */
function namesOptions(value: unknown, otherId: string | undefined): boolean {
  const ids: unknown[] = Array.isArray(value) ? value : [value];
  return ids.some((id) => typeof id === 'string' && id !== otherId);
}
