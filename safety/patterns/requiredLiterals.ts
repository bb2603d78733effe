/**
 * Literals a regex cannot match without: from a regex source, clauses of literals such that every
 * match holds a literal of each clause ("threat" and one of "knife", "gun", …). The crisis
 * screen's gate (./literalGate) rules a regex out for a text that lacks them.
 *
 * The literals come from the regex's syntax tree (ECMAScript's grammar, parsed by regexpp, the
 * parser ESLint uses). Anything the analysis does not understand names no literal, and a regex
 * with none is always run: the analysis can only spare work, never miss a match. The test of the
 * committed patterns checks that over every text of the corpus and the blind sets.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Literals one of which is in every match of a piece of a regex. */
type Clause = readonly string[];

/**
 * What a piece of a regex can match: every string it can match, when they are few (`exact`, else
 * `null`), and clauses every match satisfies (each match holds a literal of every clause).
 */
interface Facts {
  exact: readonly string[] | null;
  clauses: readonly Clause[];
}

/** Beyond this many strings a set is not worth keeping: the gate would cost what the regex does. */
const maxStrings = 64;
/** Literals shorter than this are not checked: the text's index is of three-character runs. */
const minLiteral = 3;
/** The strongest clauses kept for a regex: enough to rule out a common word and a rare one. */
const maxClauses = 3;

/** Words so common in answers that a literal made of them rules nothing out. */
const commonWords = new Set(
  (
    'a all am an and are as at be been but by did do for from going had has have he her him his i if in is it its ' +
    'me my no not of on or our out she so that the their them they this to up us was we were will with would you your'
  ).split(' '),
);

const unknown: Facts = { exact: null, clauses: [] };
const empty: Facts = { exact: [''], clauses: [] };

/** Every concatenation of a string of `left` with one of `right`, or `null` when too many. */
function product(left: readonly string[], right: readonly string[]): string[] | null {
  if (left.length * right.length > maxStrings) return null;
  // Most of a pattern is one letter after another: no new strings can coincide.
  if (right.length === 1) return left.map((a) => a + right[0]);
  return [...new Set(left.flatMap((a) => right.map((b) => a + b)))];
}

const strengths = new Map<string, number>();

/** How rare a literal is likely to be: its letters outside the common words. */
function literalStrength(literal: string): number {
  let strength = strengths.get(literal);
  if (strength === undefined) {
    strength = literal
      .split(/[^a-z]+/)
      .filter((word) => !commonWords.has(word))
      .reduce((sum, word) => sum + word.length, 0);
    strengths.set(literal, strength);
  }
  return strength;
}

/** A clause is as strong as its weakest literal. */
const clauseStrength = (clause: Clause): number =>
  clause.reduce((weakest, literal) => Math.min(weakest, literalStrength(literal)), Infinity);

/** The clauses worth checking: every literal long enough to index, strongest first (then fewest), a few. */
function strongest(clauses: readonly Clause[]): Clause[] {
  if (clauses.length === 0) return [];
  const usable = clauses.filter(
    (clause) => clause.length > 0 && clause.every((literal) => literal.length >= minLiteral),
  );
  const ranked = usable.map((clause) => ({ clause, strength: clauseStrength(clause), key: clause.join('\u0000') }));
  ranked.sort((a, b) => b.strength - a.strength || a.clause.length - b.clause.length);
  const seen = new Set<string>();
  const kept: Clause[] = [];
  for (const { clause, key } of ranked) {
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(clause);
    if (kept.length === maxClauses) break;
  }
  return kept;
}

/** Drops literals that hold a shorter one: a text holding "ropes" holds "rope". */
function minimal(clause: Clause): Clause {
  const byLength = [...new Set(clause)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const literal of byLength) if (!kept.some((shorter) => literal.includes(shorter))) kept.push(literal);
  return kept;
}

/** A piece's clauses, with its exact strings as one more when none of them is empty. */
function clausesOf(facts: Facts): Clause[] {
  const exact = facts.exact !== null && facts.exact.every((s) => s.length > 0) ? [facts.exact] : [];
  return strongest([...exact, ...facts.clauses]);
}

/** A sequence: exact strings run together while they can, and every part's clauses hold. */
function sequence(elements: readonly AST.Element[]): Facts {
  let run: readonly string[] = [''];
  let whole = true;
  const clauses: Clause[] = [];
  const flush = () => clauses.push(...clausesOf({ exact: run, clauses: [] }));
  for (const element of elements) {
    const facts = factsOf(element);
    const joined = facts.exact !== null ? product(run, facts.exact) : null;
    if (joined !== null) {
      run = joined;
      continue;
    }
    // The run so far is one contiguous stretch of every match, and so is this element's match.
    whole = false;
    flush();
    clauses.push(...clausesOf(facts));
    run = facts.exact ?? [''];
  }
  flush();
  return { exact: whole ? run : null, clauses: strongest(clauses) };
}

/** Alternatives: a match is one of them, so the clause is a literal from each one's best clause. */
function alternatives(list: readonly AST.Alternative[]): Facts {
  if (list.length === 1) return sequence(list[0].elements);
  const each = list.map((alternative) => sequence(alternative.elements));
  const exact = each.every((f) => f.exact !== null) ? [...new Set(each.flatMap((f) => f.exact ?? []))] : null;
  const best = each.map((f) => clausesOf(f)[0]);
  const clause = best.every((c) => c !== undefined) ? [...new Set(best.flat())] : null;
  return { exact: exact !== null && exact.length <= maxStrings ? exact : null, clauses: clause ? [clause] : [] };
}

/** The few characters a class matches, or `null` for a negated, wide or unusual class. */
function classCharacters(node: AST.CharacterClass): string[] | null {
  if (node.negate || node.unicodeSets) return null;
  const chars: string[] = [];
  for (const element of node.elements) {
    if (element.type === 'Character') chars.push(String.fromCodePoint(element.value));
    else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < 10) {
      for (let c = element.min.value; c <= element.max.value; c++) chars.push(String.fromCodePoint(c));
    } else return null;
  }
  return chars.length > 0 && chars.length <= 10 ? chars : null;
}

function factsOf(node: AST.Element): Facts {
  switch (node.type) {
    case 'Character':
      return { exact: [String.fromCodePoint(node.value)], clauses: [] };
    case 'Assertion':
      // Zero-width (word boundary, start, end, lookarounds): it adds nothing to the match.
      return empty;
    case 'Group':
      return node.modifiers === null ? alternatives(node.alternatives) : unknown;
    case 'CapturingGroup':
      return alternatives(node.alternatives);
    case 'CharacterClass': {
      const chars = classCharacters(node);
      return chars === null ? unknown : { exact: chars, clauses: [] };
    }
    case 'Quantifier': {
      const inner = factsOf(node.element);
      if (node.max === 0) return empty;
      if (node.min === 0) {
        return node.max === 1 && inner.exact !== null ? { exact: ['', ...inner.exact], clauses: [] } : unknown;
      }
      // At least once: every match holds a whole match of the element.
      return { exact: node.min === 1 && node.max === 1 ? inner.exact : null, clauses: clausesOf(inner) };
    }
    default:
      // Character sets (\w, ., \p{…}), backreferences and anything newer: nothing known.
      return unknown;
  }
}

/**
 * Clauses every match of `source` satisfies, each a list of literals of which the match holds
 * one; `null` when none can be named (the regex is then always run). Case-insensitive regexes are
 * never gated.
 */
export function requiredLiterals(source: string, flags = ''): readonly Clause[] | null {
  if (flags.includes('i')) return null;
  try {
    const pattern = new RegExpParser().parsePattern(source, 0, source.length, {
      unicode: flags.includes('u'),
      unicodeSets: flags.includes('v'),
    });
    const clauses = clausesOf(alternatives(pattern.alternatives));
    return clauses.length === 0 ? null : clauses.map(minimal);
  } catch {
    return null;
  }
}
