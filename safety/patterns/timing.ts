/**
 * Telling a calm past event ("tried to take my own life years ago") apart from a present risk.
 * The markers live in the `timing` section of `safety/data/crisis-patterns.json`.
 */
import { z } from 'zod';
import {
  compile,
  matches,
  expandFragments,
  patternEntrySchema,
  type CompiledPattern,
  type Fragments,
  type PatternEntry,
} from './patternSource';

/**
 * Text is cut into sentences at `sentenceBreak` and sentences into clauses at `clauseBreak`. A
 * clause holding a `pastMarkers` match ("years ago", "as a teenager", "used to") is set aside; a
 * clause that is nothing but the marker ("Years ago, ..."; "but that was 6 years ago", once the
 * `bareFiller` words are dropped) sets aside its neighbours in the same sentence too. When the
 * message says the trouble is over (`resolved`: "I'm in a really good place now"), every sentence
 * told in the past tense (`pastTense`) is set aside as well, but for `resolvedNotFor`. The detector sets nothing aside when
 * anything in the message matches `presentRisk` ("going to do it again").
 */
export const timingSchema = z.object({
  description: z.string().optional(),
  sentenceBreak: z.string().min(1),
  clauseBreak: z.string().min(1),
  bareFiller: z.string().min(1).optional(),
  pastMarkers: z.array(patternEntrySchema),
  resolved: z.array(patternEntrySchema).default([]),
  /** Sentences a statement that things are better now never speaks for (an overdose told as done, H207). */
  resolvedNotFor: z.array(patternEntrySchema).default([]),
  pastTense: z.string().min(1).optional(),
  presentRisk: z.array(patternEntrySchema),
});

/** The validated `timing` section. */
export type TimingSection = z.infer<typeof timingSchema>;

/** Every regex source in the section, for the load-time compile check. */
export function timingSources(section: TimingSection): { path: (string | number)[]; entry: PatternEntry }[] {
  const single = (name: 'sentenceBreak' | 'clauseBreak' | 'bareFiller' | 'pastTense') => {
    const source = section[name];
    return source === undefined ? [] : [{ path: [name], entry: { id: `timing.${name}`, source } }];
  };
  const list = (name: 'pastMarkers' | 'resolved' | 'resolvedNotFor' | 'presentRisk') =>
    section[name].map((entry, i) => ({ path: [name, i], entry }));
  return [
    ...single('sentenceBreak'),
    ...single('clauseBreak'),
    ...single('bareFiller'),
    ...single('pastTense'),
    ...list('pastMarkers'),
    ...list('resolved'),
    ...list('resolvedNotFor'),
    ...list('presentRisk'),
  ];
}

/** Compiled timing rules. */
export interface Timing {
  /** The text with every calm past clause blanked, or `null` when nothing is told as past. */
  setAsidePast(text: string): string | null;
  /** Whether anything in the text shows a risk now, which outweighs any past marker. */
  presentRisk(text: string): boolean;
}

/** A stretch of text and the separator that followed it. */
interface Piece {
  text: string;
  separator: string;
}

function splitKeeping(text: string, separator: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match[0].length === 0) continue;
    pieces.push({ text: text.slice(start, match.index), separator: match[0] });
    start = match.index + match[0].length;
  }
  pieces.push({ text: text.slice(start), separator: '' });
  return pieces;
}

const wordCount = (text: string): number => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).length;

const anyMatch = (patterns: readonly CompiledPattern[], text: string): boolean =>
  patterns.some((p) => matches(p, text));

/** Builds the timing rules once; the returned functions only run them. */
export function createTiming(section: TimingSection, fragments: Fragments): Timing {
  const regex = (source: string, flags: string) => new RegExp(expandFragments(source, fragments), flags);
  const sentenceBreak = regex(section.sentenceBreak, 'g');
  const clauseBreak = regex(section.clauseBreak, 'g');
  const bareFiller = section.bareFiller === undefined ? null : regex(section.bareFiller, 'g');
  const pastTense = section.pastTense === undefined ? null : regex(section.pastTense, '');
  const pastMarkers = compile(section.pastMarkers, fragments, '');
  const resolved = compile(section.resolved, fragments, '');
  const resolvedNotFor = compile(section.resolvedNotFor, fragments, '');
  const presentRisk = compile(section.presentRisk, fragments, '');

  /** Whether a clause says nothing but when: "Years ago," or "but that was 6 years ago". */
  const onlyTime = (clause: string, marker: RegExp): boolean => {
    let rest = clause.replace(marker, ' ');
    if (bareFiller !== null) rest = rest.replace(bareFiller, ' ');
    return wordCount(rest) <= 2;
  };

  /** Which clauses of one sentence are told as past. */
  const pastClauses = (clauses: readonly Piece[]): boolean[] => {
    const past = clauses.map(() => false);
    clauses.forEach((clause, i) => {
      const marker = pastMarkers.find((m) => matches(m, clause.text));
      if (marker === undefined) return;
      past[i] = true;
      if (onlyTime(clause.text, marker.regex)) {
        if (i > 0) past[i - 1] = true;
        if (i < clauses.length - 1) past[i + 1] = true;
      }
    });
    return past;
  };

  /**
   * Where the first statement that things are better now ends, or undefined when there is none. A
   * statement found only by looking ahead (`resolved.datedFineNow`) speaks for the whole message.
   */
  const resolvedEnd = (text: string): number | undefined => {
    let end: number | undefined;
    for (const pattern of resolved) {
      if (!matches(pattern, text)) continue;
      const found = pattern.regex.exec(text);
      const stops = found === null || found[0].length === 0 ? text.length : found.index + found[0].length;
      end = end === undefined ? stops : Math.min(end, stops);
    }
    return end;
  };

  return {
    setAsidePast(text: string): string | null {
      // "I'm in a good place now" speaks for what was told before it: that is over. What comes
      // after it is news, read as said ("…I'm in a good place now. I took 40 paracetamol.", H205).
      const overUntil = pastTense === null ? undefined : resolvedEnd(text);
      let changed = false;
      let at = 0;
      const sentences = splitKeeping(text, sentenceBreak).map((sentence) => {
        const start = at;
        at += sentence.text.length + sentence.separator.length;
        // Tablets swallowed are not made safe by a calm word after them (H207); a date still is.
        const spoken = pastTense?.test(sentence.text) === true && !anyMatch(resolvedNotFor, sentence.text);
        if (overUntil !== undefined && start < overUntil && spoken) {
          changed = true;
          return ' | ' + sentence.separator;
        }
        const clauses = splitKeeping(sentence.text, clauseBreak);
        const past = pastClauses(clauses);
        changed ||= past.some(Boolean);
        const kept = clauses.map((clause, i) => (past[i] ? ' | ' : clause.text) + clause.separator).join('');
        return kept + sentence.separator;
      });
      return changed ? sentences.join('') : null;
    },
    presentRisk: (text: string): boolean => anyMatch(presentRisk, text),
  };
}
