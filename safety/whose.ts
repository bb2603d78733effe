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
 * subject ("I think she wants to die" is hers, "she makes me want to die" the writer's). Someone
 * harmed ("I could kill him") is no subject, so the writer stays the one whose words raised it.
 */
import type { CrisisScreen } from './screen';

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
const reflexives = new Set(['myself', 'meself', 'himself', 'herself', 'themselves', 'themself']);

/** The most clauses read one by one; a longer message is read whole. */
const maxClauses = 40;

/**
 * Whose crisis `text` tells of. `others` are words that name the person being helped (their name,
 * "mum"), read as someone else. Never throws: anything it cannot tell is `unclear`.
 */
export function whoseCrisis(text: string, screen: CrisisScreen, others: readonly string[] = []): Whose {
  const named = new Set(others.flatMap((other) => wordsOf(other)));
  const clauses = text.split(clauseBreak).filter((clause) => clause.trim() !== '');
  if (clauses.length < 2 || clauses.length > maxClauses) return whoseClause(text, named);
  const read = clauses.flatMap((clause, i) => {
    if (screen.screen(clause).tier === 'none') return [];
    // A clause that names no one ("and wants to die") is read with what came before it.
    const whose = whoseClause(clause, named);
    return [whose === 'unclear' ? whoseClause(clauses.slice(0, i + 1).join(' '), named) : whose];
  });
  return read.length > 0 ? onlyOne(read) : whoseClause(text, named);
}

/** Whom one clause speaks of: a reflexive first, else the last subject. */
function whoseClause(clause: string, named: ReadonlySet<string>): Whose {
  const words = wordsOf(clause.replace(ownLife, (_, owner: string) => reflexiveOf[owner.toLowerCase()] ?? owner));
  const of = (word: string): Whose =>
    writerWords.has(word) ? 'writer' : otherWords.has(word) || named.has(word) ? 'someoneElse' : 'unclear';
  const reflexive = onlyOne(words.filter((word) => reflexives.has(word)).map(of));
  if (reflexive !== 'unclear') return reflexive;
  for (const word of [...words].reverse()) {
    const whose = of(word);
    if (whose !== 'unclear') return whose;
  }
  return 'unclear';
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
