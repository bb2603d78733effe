/**
 * Whose crisis a message tells of, for a carer who answers about someone else: the carer's own
 * ("I want to end it all", "I feel like killing myself") or the person's ("she said she wants to
 * die", "mum keeps saying she wants to end it"). The screen says there is a crisis; this says who
 * the words put at risk, so the reply asks the right person whether they are safe.
 *
 * The message is read in clauses, and only the clauses the screen finds a crisis in are read for
 * whom they speak of ("I can't cope with him, I want to end it all" is the writer's), with what
 * came before when they name no one ("she's ill and wants to die" is hers): there, a
 * reflexive or "own life" decides ("myself", "his own life"), else the last person named as a
 * subject ("I think she wants to die" is hers, "she makes me want to die" the writer's), read
 * only up to the words of suicide or self-harm ("I want to die every time mum shouts" is the
 * writer's). Someone
 * harmed ("I could kill him") is no subject, so the writer stays the one whose words raised it.
 * A name with 's is the name ("Ron's taken an overdose"), and "my husband", "our mum" are someone
 * else, never the writer, whatever "I" came before them ("I think my husband has collapsed").
 */
import type { CrisisScreen, ScreenResult } from './screen';

/** The writer's own crisis, someone else's, or words that name no one ("want to end it all"). */
export type Whose = 'writer' | 'someoneElse' | 'unclear';

/** Where a message divides into clauses: marks, and the words that join one clause to the next. */
const clauseBreak = /[.!?;,:\n]+|\s(?:but|and|because|cos|coz|cause|so|though|although|while)\s/iu;

/** "my own life", "her life": a reflexive in all but form. */
const ownLife = /\b(my|his|her|their) (?:own )?life\b/giu;
const reflexiveOf: Readonly<Record<string, string>> = {
  my: 'myself',
  his: 'himself',
  her: 'herself',
  their: 'themselves',
};

/** The writer as a subject, or acting on themselves. "me" counts: "she makes me want to die". */
const writerWords = new Set(['i', 'im', 'ive', 'id', 'me', 'myself', 'meself']);
/** Someone else as a subject, or acting on themselves. Him, her and them as objects do not count. */
const otherWords = new Set([
  'he',
  'she',
  'they',
  'hes',
  'shes',
  'theyre',
  'theyve',
  'himself',
  'herself',
  'themselves',
  'themself',
]);
/** Whose someone is to the writer: before a `relations` word, someone else ("my husband", "her son"). */
const owners = new Set(['my', 'me', 'our', 'his', 'her', 'their', 'your']);
/** Who someone is to the writer or another ("my husband"): read as someone else only after an owner. */
const relations = new Set([
  'husband',
  'wife',
  'partner',
  'fiance',
  'fiancee',
  'boyfriend',
  'girlfriend',
  'mum',
  'mom',
  'mam',
  'mummy',
  'mother',
  'dad',
  'daddy',
  'father',
  'son',
  'daughter',
  'child',
  'kid',
  'boy',
  'girl',
  'brother',
  'sister',
  'grandad',
  'granddad',
  'grandpa',
  'grandfather',
  'nan',
  'nana',
  'nanna',
  'gran',
  'granny',
  'grandma',
  'grandmother',
  'grandson',
  'granddaughter',
  'aunt',
  'auntie',
  'uncle',
  'nephew',
  'niece',
  'cousin',
  'friend',
  'neighbour',
  'neighbor',
  'flatmate',
  'lodger',
  'client',
  'patient',
]);
/** Words that harm someone: a name or "my husband" after one is the one harmed, not a subject ("I could kill Ron"). */
const harms = new Set([
  'kill',
  'hurt',
  'harm',
  'hit',
  'stab',
  'strangle',
  'smother',
  'suffocate',
  'murder',
  'shoot',
  'poison',
  'punch',
  'slap',
  'attack',
  'batter',
  'beat',
  'throttle',
  'choke',
]);
const reflexives = new Set(['myself', 'meself', 'himself', 'herself', 'themselves', 'themself']);

/** The most clauses read one by one; a longer message is read whole. */
export const maxClauses = 40;

/**
 * Whose crisis `text` tells of. `others` are words that name the person being helped (their name,
 * "mum"), read as someone else. Never throws: anything it cannot tell is `unclear`.
 */
export function whoseCrisis(text: string, screen: CrisisScreen, others: readonly string[] = []): Whose {
  const named = namedIn(others);
  const clauses = clausesOf(text);
  if (clauses.length < 2 || clauses.length > maxClauses) return whoseCrisisClause(text, named, screen);
  const read = clauses.flatMap((clause, i) => {
    if (screen.screen(clause).tier === 'none') return [];
    // A clause that names no one ("and wants to die") is read with what came before it.
    const whose = whoseCrisisClause(clause, named, screen);
    return [whose === 'unclear' ? whoseClause(clauses.slice(0, i + 1).join(' '), named) : whose];
  });
  return read.length > 0 ? onlyOne(read) : whoseCrisisClause(text, named, screen);
}

/** The most words of a clause read word by word for where its crisis is told; a longer one is read whole. */
export const maxCrisisClauseWords = 60;

/**
 * Whom the crisis in one clause speaks of: for thoughts of suicide or self-harm, the subject of the
 * words that raised it. The clause is read up to the first word at which the screen finds them, so
 * a person named after those words, as whom it is done for or with, is no subject of them (the
 * writer's wish to die told with the person looked after named at its end is the writer's, H63);
 * when that tells no one, for harm to others, or past `maxCrisisClauseWords`, it is read whole.
 */
function whoseCrisisClause(clause: string, named: ReadonlySet<string>, screen: CrisisScreen): Whose {
  const words = clause.trim().split(/\s+/u);
  const whole = screen.screen(clause);
  if (words.length <= maxCrisisClauseWords && ofOwnLife(whole)) {
    for (let end = 1; end < words.length; end++) {
      const told = words.slice(0, end).join(' ');
      if (!raisedAlike(screen.screen(told), whole)) continue;
      const whose = whoseClause(told, named);
      if (whose !== 'unclear') return whose;
      break;
    }
  }
  return whoseClause(clause, named);
}

/**
 * Whether the first words of a clause raise its crisis as the whole clause does: of the subject's
 * own life, and by a pattern when a pattern found it in the whole. The learned model may fire on a
 * few words that tell of no crisis ("he told me" before "he'd be better off dead"): read up to them,
 * the teller was taken as the one at risk (H155).
 */
function raisedAlike(found: ScreenResult, whole: ScreenResult): boolean {
  if (found.tier === 'none' || !ofOwnLife(found)) return false;
  return whole.tier === 'none' || whole.by !== 'pattern' || found.by === 'pattern';
}

/**
 * Whether the screen found a crisis of the subject's own life or body (thoughts of suicide,
 * self-harm): of harm to others, the one at risk is the one harmed, named after the words.
 */
function ofOwnLife(found: ScreenResult): boolean {
  return found.tier !== 'none' && (found.kind === 'suicide' || found.kind === 'selfHarm');
}

/** The clauses of a message, divided where whose crisis it is is read clause by clause. */
export function clausesOf(text: string): string[] {
  return clauseSpans(text).map((span) => span.text);
}

/** A clause of a message, where it starts and ends in it, and the break said before it ("" first). */
export interface ClauseSpan {
  text: string;
  start: number;
  end: number;
  before: string;
}

/** The clauses of a message as `clausesOf` divides it, each with where it stands. */
export function clauseSpans(text: string): ClauseSpan[] {
  const spans: ClauseSpan[] = [];
  let from = 0;
  for (const found of [...text.matchAll(new RegExp(clauseBreak.source, 'giu')), undefined]) {
    const end = found ? found.index : text.length;
    const clause = text.slice(from, end);
    if (clause.trim() !== '') {
      const last = spans.at(-1);
      spans.push({ text: clause, start: from, end, before: last ? text.slice(last.end, from) : '' });
    }
    if (found) from = found.index + found[0].length;
  }
  return spans;
}

/**
 * Whom words read as one clause speak of, crisis or not ("I never get a break" is the writer's,
 * "she is tired" someone else's): a reflexive first, else the last subject. `others` as for
 * `whoseCrisis`.
 */
export function whoseWords(clause: string, others: readonly string[] = []): Whose {
  return whoseClause(clause, namedIn(others));
}

/** The words that name the person being helped, as read among a clause's words. */
function namedIn(others: readonly string[]): Set<string> {
  return new Set(others.flatMap((other) => wordsOf(other)));
}

/** Whom one clause speaks of: a reflexive first, else the last subject. */
function whoseClause(clause: string, named: ReadonlySet<string>): Whose {
  const words = wordsOf(clause.replace(ownLife, (_, owner: string) => reflexiveOf[owner.toLowerCase()] ?? owner));
  const of = (word: string, i: number): Whose =>
    writerWords.has(word)
      ? 'writer'
      : otherWords.has(word) || someoneNamed(words, i, named)
        ? 'someoneElse'
        : 'unclear';
  const reflexive = onlyOne(words.flatMap((word, i) => (reflexives.has(word) ? [of(word, i)] : [])));
  if (reflexive !== 'unclear') return reflexive;
  for (let i = words.length - 1; i >= 0; i--) {
    const whose = of(words[i], i);
    if (whose !== 'unclear') return whose;
  }
  return 'unclear';
}

/** Whether `words[i]` names someone else as a subject: a name, or "my husband", not after a harm. */
function someoneNamed(words: readonly string[], i: number, named: ReadonlySet<string>): boolean {
  const word = words[i];
  if (isNamed(word, named)) return !harms.has(words[i - 1] ?? '');
  return isRelation(word, words[i - 1]) && !harms.has(words[i - 2] ?? '');
}

/** A name as written, or with 's ("Ron's", "Rons"): apostrophes are gone by now, so both are "rons". */
function isNamed(word: string, named: ReadonlySet<string>): boolean {
  return named.has(word) || (word.endsWith('s') && named.has(word.slice(0, -1)));
}

/** "husband" or "husband's" after "my", "our", "her"...: someone the writer tells of. */
function isRelation(word: string, before: string | undefined): boolean {
  if (before === undefined || !owners.has(before)) return false;
  return relations.has(word) || (word.endsWith('s') && relations.has(word.slice(0, -1)));
}

/** The one answer all readings that tell give, or `unclear` when none tells or they disagree. */
function onlyOne(readings: readonly Whose[]): Whose {
  const told = new Set(readings.filter((whose) => whose !== 'unclear'));
  return told.size === 1 ? (told.values().next().value ?? 'unclear') : 'unclear';
}

/**
 * "I'll" and "she'd" in full, so they are not read as "ill" or "shed"; "ill" typed without its
 * apostrophe stays a word of no one.
 */
const willOrWould = /\b(i|he|she|they)['\u2018\u2019`](ll|d)\b/gu;

/** Lower-case words without apostrophes: "I'm" is "im". */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(willOrWould, (_, who: string, verb: string) => `${who} ${verb === 'll' ? 'will' : 'would'}`)
    .replace(/['\u2018\u2019`]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}
