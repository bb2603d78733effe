/**
 * A yes to "Can I share this plan with Dr Sam Patel?" said with a condition is no plain yes (H110,
 * H111): "yes but not the mood bit" was read as a yes and sent the mood part, and "yes but only to my
 * nurse" sent the plan to Dr Sam Patel, whom the person had just left out. What follows the yes is
 * read here: a part held back, as the parts step reads one ("all but mood"); someone named who is
 * not the lead contact; or any other condition ("only", "if"). Nothing here sends anything.
 */
import type { Recognised } from '../plan/recognised';
import type { PhraseList } from './recognisers/phraseLists';
import type { Phrases } from './recognisers/phrases';
import { recogniseChoices } from './recognisers/choices';
import { wordsOf } from './recognisers/wordSlots';
import { readAnswer, type AskedQuestion, type Parsed } from './sectionAnswers';

/**
 * What a yes said with more was: the parts to send once one is held back (`send`, fewer than all);
 * a part named where what to send is unclear (`whichParts`, asked at the parts step); someone
 * else to send it to (`someoneElse`: only the lead contact can be sent it); or another condition
 * (`unclear`). Undefined for a plain yes, or a reply with no yes in it.
 */
export type ConsentCondition =
  { kind: 'parts'; send: string[] } | { kind: 'whichParts' } | { kind: 'someoneElse' } | { kind: 'unclear' };

/** The most words a yes said first is matched across ("yes please do"). */
const longestYes = 4;

/** How many of `words` from the start are a yes or an agreeing word ("yes", "ok", "yes please"). */
function yesFirst(words: readonly string[], phrases: Phrases): number {
  for (let end = Math.min(longestYes, words.length); end > 0; end--) {
    const said = words.slice(0, end).join(' ');
    if (phrases.is('yes', said) || phrases.is('agree', said)) return end;
  }
  return 0;
}

/** Whether one of the `readings` of a name said names the lead contact (`lead`, "dr sam patel"): every word of it in theirs. */
function namesLead(readings: readonly string[][], lead: readonly string[]): boolean {
  return readings.some((name) => name.length > 0 && name.every((word) => lead.includes(word)));
}

/**
 * Reads what a reply to `share.consent` says beside its yes. `read` is the reply read as a yes or
 * no; `send` the parts step (`share.send`) as asked of this record, whose options are the parts that
 * may go; `lead` the lead contact's name.
 */
export function consentCondition(
  text: string,
  read: Recognised<Parsed>,
  send: AskedQuestion,
  lead: string | undefined,
  phrases: Phrases,
  locale: string | undefined,
): ConsentCondition | undefined {
  const words = wordsOf(text);
  const first = yesFirst(words, phrases);
  const readAs = read.ok && read.value.status === 'answered' ? read.value.value : undefined;
  // A no is never a yes with a condition ("ok no"); with no yes either, nothing here reads it.
  if (readAs === false || (first === 0 && readAs !== true)) return undefined;
  let rest = words.slice(first);
  while (rest.length > 0 && phrases.is('consentJoin', rest[0])) rest = rest.slice(1);
  if (onlyAssent(rest, phrases)) return undefined;
  const said = rest.join(' ');

  const leadWords = wordsOf(lead ?? '');
  if (phrases.peopleNamed(said).some((readings) => !namesLead(readings, leadWords))) return { kind: 'someoneElse' };

  const offered = send.options().map((option) => option.id);
  const parts = readAnswer(send, said, phrases, locale);
  if (parts.ok && parts.value.status === 'answered' && Array.isArray(parts.value.value)) {
    const ids = parts.value.value.filter((id): id is string => typeof id === 'string');
    if (ids.length === offered.length) return undefined;
    return ids.length > 0 ? { kind: 'parts', send: ids } : { kind: 'unclear' };
  }
  // A part named among words the parts step cannot read ("keep my mood private"): which to send is asked there.
  const named = recogniseChoices(said, send.options(), phrases, { multiple: true }, locale);
  if (named.ok && named.value.ids.length > 0) return { kind: 'whichParts' };
  // Unclear as read ("yes but not now"), it is asked again as any unclear reply is, and kept in words after.
  return readAs === true && phrases.within('consentCondition', said) ? { kind: 'unclear' } : undefined;
}

/** Lists whose words only say yes, agree or thank ("yes, no problem, thanks"), beside the joining words. */
const assent: readonly PhraseList[] = ['yes', 'agree', 'thanks', 'leaveAround', 'noProblem', 'consentJoin'];

/** Whether `words` are only assent, each run of them one phrase of the `assent` lists (none at all is too). */
function onlyAssent(words: readonly string[], phrases: Phrases): boolean {
  for (let start = 0; start < words.length;) {
    let end = Math.min(words.length, start + longestYes);
    while (end > start && !assent.some((list) => phrases.is(list, words.slice(start, end).join(' ')))) end--;
    if (end === start) return false;
    start = end;
  }
  return true;
}
