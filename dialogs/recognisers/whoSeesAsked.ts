/**
 * Asking who sees or gets the answers or the plan, or whether it has gone, in words no `whoSees`
 * phrase lists ("can my daughter see this?", "has it been sent yet?"): a message read as one of the
 * `forms` of content/phrases.yaml (`whoSeesAsked`) whole, so an answer that only mentions someone
 * seeing something ("my daughter can see me more now") is never taken for the question. The same
 * words name the people a yes to sharing may mention (`peopleNamed`).
 */
import { z } from 'zod';
import { either, listSlot, nameWords, repeated, then, titled, wordsOf, type Slot } from './wordSlots';

const list = z.array(z.string().min(1));
/** The word lists of `whoSeesAsked` in content/phrases.yaml: what each is, see there. */
export const whoSeesWordsSchema = z.strictObject({
  forms: list,
  /** Asking for it to go to someone of one's own (`sendElsewhere`), read as `forms` are. */
  sendForms: list,
  /** Asking for it to go to someone of the care team (`sendToTeam`), read as `forms` are. */
  sendTeamForms: list,
  /** Asking for it, before `you` in `sendForms` ("can", "could"). */
  sendAsk: list,
  before: list,
  after: list,
  ask: list,
  who: list,
  owners: list,
  family: list,
  team: list,
  teamAlone: list,
  anyone: list,
  pronouns: list,
  titles: list,
  look: list,
  get: list,
  thing: list,
  data: list,
  state: list,
  safe: list,
  join: list,
  you: list,
  send: list,
});
export type WhoSeesWords = z.infer<typeof whoSeesWordsSchema>;

/**
 * The people slots: the care team only, someone of the care team or family, anyone at all, and
 * someone of one's own (family, or anyone: never the care team).
 */
function peopleSlots(lists: WhoSeesWords): { team: Slot; named: Slot; someone: Slot; kin: Slot } {
  const owners = listSlot(lists.owners);
  const title = titled(listSlot(lists.titles));
  const team = either(listSlot(lists.teamAlone), then(owners, listSlot(lists.team)), title);
  const kin = either(then(owners, listSlot(lists.family)), listSlot(lists.anyone));
  const named = either(team, kin);
  return { team, named, someone: either(named, listSlot(lists.pronouns)), kin };
}

/** The slot a form's word names: one list, or several ("thing|data"), or a slot of people. */
function formSlot(token: string, lists: WhoSeesWords, people: Record<string, Slot>): Slot {
  const names = token.replace(/\?$/, '').split('|');
  const slots = names.map((name) => {
    const words = name in lists && !name.endsWith('orms') ? lists[name as keyof WhoSeesWords] : undefined;
    const slot = people[name] ?? (words ? listSlot(words) : undefined);
    if (!slot) throw new Error(`whoSeesAsked: no list "${name}" for the form word "${token}"`);
    return slot;
  });
  const one = either(...slots);
  return token.endsWith('?') ? (words, at) => [at, ...one(words, at)] : one;
}

/**
 * Tells whether a message asks who sees or gets the answers or the plan, by the forms of `lists`
 * (or, with `forms`, by those: `sendForms` read so asks for it to go to someone of one's own).
 */
export function whoSeesAsked(
  lists: WhoSeesWords,
  formsRead: readonly string[] = lists.forms,
): (text: string) => boolean {
  const people = peopleSlots(lists);
  const before = repeated(listSlot(lists.before));
  const after = repeated(listSlot(lists.after));
  const forms = formsRead.map((form) =>
    form
      .split(' ')
      .filter(Boolean)
      .map((token) => formSlot(token, lists, people))
      .reduce(then, before),
  );
  return (text) => {
    const words = wordsOf(text);
    return words.length > 0 && forms.some((form) => then(form, after)(words, 0).includes(words.length));
  };
}

/**
 * The people named in `text` (someone of the care team or family, or anyone at all; never "they"
 * or "she"): for each place one is named, every reading of the words naming them, a title left off
 * ("Dr Sam Patel" is read as "sam" and as "sam patel"; "my nurse" as "my nurse").
 */
export function peopleNamed(lists: WhoSeesWords): (text: string) => string[][][] {
  const { named } = peopleSlots(lists);
  const titles = listSlot(lists.titles);
  return (text) => {
    const words = wordsOf(text);
    const places = words.map((_, at) => {
      const titled = titles(words, at);
      return named(words, at).map((end) => {
        const title = titled.filter((stop) => stop < end && end - stop <= nameWords).at(-1);
        return words.slice(title ?? at, end);
      });
    });
    return places.filter((readings) => readings.length > 0);
  };
}
