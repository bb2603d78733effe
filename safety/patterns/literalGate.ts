/**
 * A cheap test that rules a regex out before it runs. The crisis screen runs some 400 reviewable
 * regexes over every message, and nearly all messages are ordinary answers ("walking the dog")
 * that none of them matches; most of the screen's time went in trying every alternative at every
 * word of such answers. Each regex's required literals (./requiredLiterals) are indexed by their
 * three-character runs; a text is read once, and every regex whose literals it lacks is ruled out.
 */
import { requiredLiterals } from './requiredLiterals';

/** Whether a text may match: `false` only when it cannot. */
export interface LiteralGate {
  mayMatch(text: string): boolean;
  /** Whether the regex has literals to check at all (for the tests). */
  readonly gated: boolean;
}

/** Bits of the hashed trigram table: a text of a few hundred characters sets a handful in 65,536. */
const tableBits = 16;

const trigramHash = (text: string, at: number): number =>
  Math.imul(text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2), 0x9e3779b1) >>>
  (32 - tableBits);

/**
 * How often each character comes in English text, in percent (letters as commonly tabulated; a
 * space about one character in six); anything else is taken as rare. Only its order matters.
 */
const charPercent: Readonly<Record<string, number>> = {
  ' ': 18,
  e: 10.4,
  t: 7.5,
  a: 6.7,
  o: 6.2,
  i: 5.7,
  n: 5.5,
  s: 5.2,
  h: 5,
  r: 4.9,
  d: 3.5,
  l: 3.3,
  c: 2.3,
  u: 2.3,
  m: 2,
  w: 2,
  f: 1.8,
  g: 1.6,
  y: 1.6,
  p: 1.6,
  b: 1.2,
  v: 0.8,
  k: 0.6,
  j: 0.1,
  x: 0.1,
  q: 0.1,
  z: 0.1,
};

/**
 * Where in `literal` the trigram a text least often holds starts, by its characters' frequency
 * (`charPercent`, as if independent); among equals, the one with fewest literals listed under it
 * (`listed`). A literal is listed under that trigram, and every text read visits the literals
 * listed under each of its trigrams: listed under " th" or "ing", a literal is visited by nearly
 * every text; under "rdo", by few.
 */
function rarestTrigram(literal: string, listed: (at: number) => number): number {
  const percent = (at: number): number => charPercent[literal[at]] ?? 0.05;
  let best = 0;
  let bestScore = Infinity;
  for (let at = 0; at + 2 < literal.length; at++) {
    const score = percent(at) * percent(at + 1) * percent(at + 2) * (listed(at) + 1);
    if (score < bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

/** The most trigrams of a literal checked: a text that holds the literal holds every one. */
const checkedTrigrams = 6;

/**
 * How many texts' clauses are kept (see `LiteralIndex.recent`). A screen reads a message as typed
 * and as normalised, the pieces its timing and co-occurrence cut it into, then the same again for
 * the message with the one before it: with four kept, one read in five was of a text read moments
 * before in the same turn.
 */
const recentTexts = 16;

/** One indexed literal: the clause it meets, and its trigrams' hashes. */
interface IndexedLiteral {
  clause: number;
  hashes: readonly number[];
}

/**
 * The postings laid out flat, for reading: by trigram hash, the run of literals listed under it
 * (`start[h]` to `start[h + 1]`), each with its clause and the run of its hashes. A text's read
 * visits some two hundred literals; as objects and arrays each visit was a few loads from
 * anywhere in the heap, most of them cache misses on a busy machine, and the read cost more than
 * all the regexes it spared.
 */
interface FlatPostings {
  start: Int32Array;
  clause: Int32Array;
  hashStart: Int32Array;
  hashes: Int32Array;
}

function flatten(postings: readonly (IndexedLiteral[] | undefined)[]): FlatPostings {
  // A loop over every hash, not `map`: the postings are holey, and `map` and `forEach` skip holes.
  const start = new Int32Array(postings.length + 1);
  const literals: IndexedLiteral[] = [];
  for (let h = 0; h < postings.length; h++) {
    for (const literal of postings[h] ?? []) literals.push(literal);
    start[h + 1] = literals.length;
  }
  const hashStart = new Int32Array(literals.length + 1);
  literals.forEach((literal, i) => (hashStart[i + 1] = hashStart[i] + literal.hashes.length));
  return {
    start,
    clause: Int32Array.from(literals, (literal) => literal.clause),
    hashStart,
    hashes: Int32Array.from(literals.flatMap((literal) => literal.hashes)),
  };
}

/**
 * Every gate's literals, each listed under one of its trigrams (the one fewest literals were
 * listed under when it came): a text's trigrams then lead straight to the literals it may hold.
 */
class LiteralIndex {
  /** By trigram hash, as literals are listed; laid out flat for reading (`flat`) once listing stops. */
  private readonly postings: (IndexedLiteral[] | undefined)[] = new Array<IndexedLiteral[] | undefined>(1 << tableBits);
  private flat: FlatPostings | undefined;
  private clauseCount = 0;
  /** Per clause, the scan in which a literal of it was last found. */
  private met = new Int32Array(1024);
  private scan = 0;
  /** Texts read, not answered from `recent` (`textsRead`). */
  reads = 0;
  private lastText: string | undefined;
  private readonly table = new Uint32Array(1 << (tableBits - 5));
  /** The distinct hashes of the text being read, kept between reads to spare an array each time. */
  private seen = new Int32Array(256);
  /**
   * The clauses met by the texts read lately, newest last: a screen reads a message, then its
   * clauses one by one, then the message again, and the patterns and rules read each again.
   */
  private recent: { text: string; clauses: Int32Array }[] = [];

  /** Lists a clause's literals; returns the clause's number. */
  addClause(literals: readonly string[]): number {
    const clause = this.clauseCount++;
    if (clause >= this.met.length) {
      const grown = new Int32Array(this.met.length * 2);
      grown.set(this.met);
      this.met = grown;
    }
    for (const literal of literals) {
      const all = Array.from({ length: literal.length - 2 }, (_, at) => trigramHash(literal, at));
      const step = Math.max(1, (all.length - 1) / (checkedTrigrams - 1));
      const hashes = [
        ...new Set(Array.from({ length: Math.min(all.length, checkedTrigrams) }, (_, i) => all[Math.round(i * step)])),
      ];
      const key = all[rarestTrigram(literal, (at) => this.postings[all[at]]?.length ?? 0)];
      const list = this.postings[key] ?? [];
      list.push({ clause, hashes });
      this.postings[key] = list;
    }
    // A text read before this clause was listed must be read again, with the postings laid out anew.
    this.lastText = undefined;
    this.recent = [];
    this.flat = undefined;
    return clause;
  }

  /** Whether the text holds a literal of the clause. */
  meets(text: string, clause: number): boolean {
    if (text !== this.lastText) this.read(text);
    return this.met[clause] === this.scan;
  }

  /** The clauses the text holds a literal of: those whose `met` is `scan` (read now). */
  metBy(text: string): { met: Int32Array; scan: number } {
    if (text !== this.lastText) this.read(text);
    return { met: this.met, scan: this.scan };
  }

  private read(text: string): void {
    this.scan++;
    this.lastText = text;
    for (const entry of this.recent) {
      if (entry.text !== text) continue;
      for (const clause of entry.clauses) this.met[clause] = this.scan;
      return;
    }
    this.reads++;
    const table = this.table.fill(0);
    if (this.seen.length < text.length) this.seen = new Int32Array(text.length);
    const seen = this.seen;
    let count = 0;
    for (let at = 0; at + 2 < text.length; at++) {
      const h = trigramHash(text, at);
      const bit = 1 << (h & 31);
      if ((table[h >>> 5] & bit) === 0) {
        table[h >>> 5] |= bit;
        seen[count++] = h;
      }
    }
    this.flat ??= flatten(this.postings);
    const { start, clause: clauses, hashStart, hashes } = this.flat;
    const { met, scan } = this;
    const found: number[] = [];
    for (let i = 0; i < count; i++) {
      for (let k = start[seen[i]], end = start[seen[i] + 1]; k < end; k++) {
        const clause = clauses[k];
        if (met[clause] === scan) continue;
        let holds = true;
        for (let j = hashStart[k], last = hashStart[k + 1]; j < last && holds; j++) {
          const h = hashes[j];
          holds = (table[h >>> 5] & (1 << (h & 31))) !== 0;
        }
        if (holds) {
          met[clause] = scan;
          found.push(clause);
        }
      }
    }
    if (this.recent.length >= recentTexts) this.recent.shift();
    this.recent.push({ text, clauses: Int32Array.from(found) });
  }
}

const index = new LiteralIndex();

/** How many texts the gates have read so far, each read not answered from those kept: for the tests. */
export const textsRead = (): number => index.reads;

/** A gate for a regex that names no literals: it always runs. */
const open: LiteralGate = { mayMatch: () => true, gated: false };

/** Gates already made in this process, by flags and source: detectors are built often in tests. */
const gates = new Map<string, LiteralGate>();

/** The clauses of each gated gate made here (an open gate has none: it always lets the regex run). */
const clausesOf = new WeakMap<LiteralGate, readonly number[]>();

/**
 * Many gates read together, as `mayMatch` of each: by position, 1 where the gate lets its regex
 * run (in one array, rewritten by the next call). A screen asks some 560 gates of every text it reads, one call each cost more than the
 * reading; here the text is read once and the gates are a loop over flat arrays.
 */
export function gateSet(list: readonly LiteralGate[]): (text: string) => Uint8Array {
  const start = new Int32Array(list.length + 1);
  const all: number[] = [];
  list.forEach((gate, i) => {
    all.push(...(clausesOf.get(gate) ?? []));
    start[i + 1] = all.length;
  });
  const clauses = Int32Array.from(all);
  // The same array each time, read before the next call: a screen reads many texts a turn.
  const open = new Uint8Array(list.length);
  return (text) => {
    if (clauses.length === 0) return open.fill(1);
    const { met, scan } = index.metBy(text);
    for (let i = 0; i < list.length; i++) {
      let holds = 1;
      for (let k = start[i], end = start[i + 1]; k < end && holds === 1; k++) if (met[clauses[k]] !== scan) holds = 0;
      open[i] = holds;
    }
    return open;
  };
}

/**
 * The gate of a regex, checked before running it (`matches` in ./patternSource):
 * the regex stays a plain `RegExp`, so V8 runs it at full speed when it does run.
 */
export function literalGate(source: string, flags = ''): LiteralGate {
  const key = `${flags}/${source}`;
  let gate = gates.get(key);
  if (gate === undefined) {
    const clauses = requiredLiterals(source, flags)?.map((literals) => index.addClause(literals)) ?? null;
    gate =
      clauses === null
        ? open
        : {
            gated: true,
            // A loop, not `every` with a closure: this runs for some 400 regexes on every message.
            mayMatch: (text: string) => {
              for (const clause of clauses) if (!index.meets(text, clause)) return false;
              return true;
            },
          };
    if (clauses !== null) clausesOf.set(gate, clauses);
    gates.set(key, gate);
  }
  return gate;
}
