/**
 * Whole messages asked about rather than answered (H211): "I've taken something so I can sleep
 * tonight" may be an overdose told sideways or an ordinary night's sleep aid not named. The learned
 * layer gave it the crisis reply (0.976); a pattern would state a crisis. Asked straight ("do you
 * need urgent help?"), a yes or anything unclear still gets the crisis reply. A pattern that states
 * a crisis in the same message still decides. The readings are data (`askFirst` in
 * `safety/data/crisis-patterns.json`), matched against the whole message as normalised.
 */
import { z } from 'zod';
import { crisisKindSchema, type CrisisKind } from './kinds';
import { compile, matches, patternEntrySchema, sourceProblem, type Fragments } from './patterns/patternSource';

/** Schema of the `askFirst` section: each reading with the kind its check-in asks about. */
export const askFirstSchema = z.object({
  description: z.string().optional(),
  readings: z
    .array(
      patternEntrySchema.extend({
        kind: crisisKindSchema,
        /** A check-in a burst keeps when only the learned layer reads the burst as a crisis (H257). */
        keptInBurst: z.literal(true).optional(),
      }),
    )
    .default([]),
});

/** The validated `askFirst` section. */
export type AskFirstSection = z.infer<typeof askFirstSchema>;

/** The reading a whole message matches, with the kind to ask about, or undefined. Never throws. */
export type AskFirst = (normalised: string) => { id: string; kind: CrisisKind; keptInBurst?: true } | undefined;

/** Compiles the readings once; a source that does not compile fails here, at start-up. */
export function createAskFirst(section: AskFirstSection | undefined, fragments: Fragments): AskFirst {
  const readings = section?.readings ?? [];
  for (const reading of readings) {
    const problem = sourceProblem(reading.source, fragments);
    if (problem !== null) throw new Error(`askFirst ${reading.id}: ${problem}`);
  }
  const compiled = compile(readings, fragments, '');
  return (normalised) => {
    const at = compiled.findIndex((pattern) => matches(pattern, normalised));
    const reading = readings[at];
    if (reading === undefined) return undefined;
    return reading.keptInBurst
      ? { id: reading.id, kind: reading.kind, keptInBurst: true }
      : { id: reading.id, kind: reading.kind };
  };
}
