/**
 * Negation scope: "No thoughts of harming myself or anyone else, I just want my pain sorted"
 * denies everything up to the end of the clause, not only the first thing named; "…out the
 * window. Not literally!" takes back what came before it. The cues and the end of their scope
 * live in the `negation` section of `safety/data/crisis-patterns.json`.
 */
import { z } from 'zod';
import { compile, expandFragments, patternEntrySchema, type Fragments, type PatternEntry } from './patternSource';
import { gateSet } from './literalGate';

/**
 * A `cues` match denies what follows it up to the first `scopeEnd` match (a clause or sentence
 * break, or a turn such as "but" or "just"), and that stretch is blanked before detection.
 * Cues are narrow on purpose ("no thoughts of", "would never"): a bare "not" would hide "I do
 * not want to live".
 */
export const negationSchema = z.object({
  description: z.string().optional(),
  cues: z.array(
    patternEntrySchema.extend({
      contrastKeeps: z.boolean().optional(),
      /** The cue frames its whole sentence ("If I ever had chest pain, would I ring 999?"). */
      wholeSentence: z.boolean().optional(),
      /**
       * The cue takes back what was said before it ("Not literally!", "nothing sinister"): its
       * scope runs back to the start of its sentence, or to the start of the sentence before
       * when the cue opens its own; what follows the cue still counts.
       */
      takesBack: z.boolean().optional(),
    }),
  ),
  scopeEnd: z.string().min(1),
});

/**
 * Where a `wholeSentence` cue's scope stops: the sentence's end, not its next clause. A point
 * inside a number ("over 38.5") does not end a sentence.
 */
const sentenceEnd = /[!?\n]|\.(?!\d)/g;

/** Whether a stretch holds a word at all: a take-back with none before it opens its sentence. */
const hasWord = /[\p{L}\p{N}]/u;

/**
 * Words that only join two denials ("no X and no Y"): a denial's scope ends at them, so they are
 * left over when everything else is denied, and asserts nothing (H93).
 */
const joiningWord = /\b(?:and|or|nor)\b/g;

/**
 * A turn straight after a question's "no" ("asked about suicide. No, but I've made a plan"): the
 * answer is qualified, so what was asked about still counts.
 */
const contrastAfter = /^[\s,.;:!-]*(?:but|although|though|however|yet|except|apart from|mind you)\b/;

/** The validated `negation` section. */
export type NegationSection = z.infer<typeof negationSchema>;

/** Every regex source in the section, for the load-time compile check. */
export function negationSources(section: NegationSection): { path: (string | number)[]; entry: PatternEntry }[] {
  return [
    { path: ['scopeEnd'], entry: { id: 'negation.scopeEnd', source: section.scopeEnd } },
    ...section.cues.map((entry, i) => ({ path: ['cues', i], entry })),
  ];
}

/** Blanks every denied stretch of a (normalised) message. */
export type Negation = (text: string) => string;

/** Builds the negation rule once; the returned function only runs it. */
export function createNegation(section: NegationSection, fragments: Fragments): Negation {
  const clauseEnd = new RegExp(expandFragments(section.scopeEnd, fragments), 'g');
  const cues = compile(section.cues, fragments, 'g').map((cue, i) => ({
    ...cue,
    contrastKeeps: section.cues[i].contrastKeeps === true,
    scopeEnd: section.cues[i].wholeSentence === true ? sentenceEnd : clauseEnd,
    takesBack: section.cues[i].takesBack === true,
  }));

  /** Where the scope of a cue ending at `from` stops. */
  const endOfScope = (text: string, from: number, scopeEnd: RegExp): number => {
    scopeEnd.lastIndex = from;
    const end = scopeEnd.exec(text);
    return end === null ? text.length : end.index;
  };

  /**
   * Where what a take-back at `at` covers begins: its sentence's start, or the sentence before's
   * when nothing but spaces and stops come before the cue in its own ("…window. Not literally!").
   */
  const startOfTakenBack = (text: string, at: number): number => {
    let own = 0;
    let before = 0;
    sentenceEnd.lastIndex = 0;
    for (let end = sentenceEnd.exec(text); end !== null && end.index < at; end = sentenceEnd.exec(text)) {
      before = own;
      own = end.index + end[0].length;
    }
    return hasWord.test(text.slice(own, at)) ? own : before;
  };

  // The cues' gates read together, the text once (see `gateSet`).
  const opened = gateSet(cues.map((cue) => cue.gate));

  return (text: string): string => {
    const denied: [number, number][] = [];
    const open = opened(text);
    for (let i = 0; i < cues.length; i++) {
      if (open[i] !== 1) continue;
      const cue = cues[i];
      for (const match of text.matchAll(cue.regex)) {
        const after = match.index + match[0].length;
        if (cue.contrastKeeps && contrastAfter.test(text.slice(after, after + 40))) continue;
        denied.push(
          cue.takesBack
            ? [startOfTakenBack(text, match.index), after]
            : [match.index, endOfScope(text, after, cue.scopeEnd)],
        );
      }
    }
    if (denied.length === 0) return text;
    denied.sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    for (const [start, end] of denied) {
      if (end <= at) continue;
      out += text.slice(at, Math.max(at, start)) + ' | ';
      at = end;
    }
    return out + text.slice(at);
  };
}

/**
 * Whether a (normalised) message is nothing but denials: it has words, and the cues that deny
 * (`negation.noItem`, `negation.questionThenNo` and the rest) leave none of them (H83). The cues
 * that take back what was said (`takesBack`) are left out: what the writer takes back is still
 * read by the learned layer, as a disclosure is sometimes hidden so.
 */
export function createWholeDenial(section: NegationSection, fragments: Fragments): (normalised: string) => boolean {
  const denials = createNegation({ ...section, cues: section.cues.filter((cue) => cue.takesBack !== true) }, fragments);
  return (normalised) => hasWord.test(normalised) && !hasWord.test(denials(normalised).replace(joiningWord, ' '));
}
