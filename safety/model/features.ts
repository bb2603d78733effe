/**
 * The learned layer's view of a message: tokens of the normalised text, and for each token a
 * handful of hashed features (the word, the word with the next one, and the word's character
 * 3- to 5-grams, as fastText uses them), so misspellings ("sucide", "paracetemol") share most of
 * their features with the spelling the corpus has.
 *
 * Hashing works on character codes with no substrings made, because the guard runs on every
 * message before anything else and a 20,000-character answer must stay within a few
 * milliseconds.
 */

/** Tokens: runs of letters or digits, a decimal part kept with its number ("2.1"). */
const tokenPattern = /[\p{L}\p{N}]+(?:\.\p{N}+)?/gu;

/** Splits normalised text into tokens. */
export function tokenise(normalised: string): string[] {
  return normalised.match(tokenPattern) ?? [];
}

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;
const boundaryStart = 0x3c; // '<'
const boundaryEnd = 0x3e; // '>'

/** Final avalanche of murmur3, so that nearby FNV values land in distant buckets. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function step(h: number, code: number): number {
  return Math.imul(h ^ code, fnvPrime);
}

/** The FNV-1a hash of a whole token. */
function tokenHash(token: string): number {
  let h = fnvOffset;
  for (let i = 0; i < token.length; i++) h = step(h, token.charCodeAt(i));
  return h >>> 0;
}

/** The character of `<token>` at `index`, with the boundary marks at both ends. */
function bounded(token: string, index: number): number {
  if (index === 0) return boundaryStart;
  if (index === token.length + 1) return boundaryEnd;
  return token.charCodeAt(index - 1);
}

/** Character n-gram lengths, as in fastText's `-minn 3 -maxn 5`. */
const minGram = 3;
const maxGram = 5;
/** Longer tokens (a pasted URL, a run of letters) add no more n-grams than this many positions. */
const maxGramPositions = 24;

/**
 * Calls `visit(i, bucket)` for every feature bucket of every token i, in order (duplicates kept,
 * each counting once more). `mask` is the bucket count less one (a power of two). Nothing is
 * allocated per feature, so scoring a long message makes little garbage.
 */
export function visitFeatures(
  tokens: readonly string[],
  mask: number,
  visit: (token: number, bucket: number) => void,
): void {
  let next = tokens.length > 0 ? tokenHash(tokens[0]) : 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const hash = next;
    visit(i, mix(hash ^ 0x1b873593) & mask);
    if (i + 1 < tokens.length) {
      next = tokenHash(tokens[i + 1]);
      visit(i, mix(Math.imul(hash, 0x9e3779b1) ^ next) & mask);
    }
    const length = token.length + 2;
    const positions = Math.min(length - minGram + 1, maxGramPositions);
    for (let start = 0; start < positions; start++) {
      let h = fnvOffset;
      for (let n = 1; n <= maxGram && start + n <= length; n++) {
        h = step(h, bounded(token, start + n - 1));
        if (n >= minGram) visit(i, mix(h ^ n) & mask);
      }
    }
  }
}

/** The feature buckets of every token, as lists. */
export function tokenFeatures(tokens: readonly string[], mask: number): Uint32Array[] {
  const lists: number[][] = tokens.map(() => []);
  visitFeatures(tokens, mask, (token, bucket) => lists[token].push(bucket));
  return lists.map((list) => Uint32Array.from(list));
}

/** Token windows a long message is read in: a disclosure in the middle of 150 words is not diluted. */
export interface WindowShape {
  size: number;
  stride: number;
}

/** `[start, end)` token ranges covering the message; one range when it fits in a window. */
export function windows(tokenCount: number, shape: WindowShape): [number, number][] {
  if (tokenCount <= shape.size) return [[0, tokenCount]];
  const out: [number, number][] = [];
  for (let start = 0; ; start += shape.stride) {
    const end = Math.min(start + shape.size, tokenCount);
    out.push([start, end]);
    if (end === tokenCount) return out;
  }
}
