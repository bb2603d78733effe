import { expect } from 'chai';
import { createCrisisDetector, type CrisisKind } from '../../safety/patterns/patternDetector';

/** Wordings of one detection mechanism: what it must detect, as which kind, and calm look-alikes. */
export interface Mechanism {
  detects: [string, CrisisKind][];
  calm: string[];
}

/** One test per wording: each `detects` entry as its kind, each `calm` one not at all. */
export function describeMechanisms(title: string, mechanisms: Record<string, Mechanism>): void {
  describe(title, () => {
    const detector = createCrisisDetector();
    for (const [mechanism, { detects, calm }] of Object.entries(mechanisms)) {
      describe(mechanism, () => {
        for (const [text, kind] of detects) {
          it(`detects "${text}" as ${kind}`, () => {
            expect(detector.detect(text)?.kind).to.equal(kind);
          });
        }
        for (const text of calm) {
          it(`does not flag "${text}"`, () => {
            expect(detector.detect(text)).to.equal(null);
          });
        }
      });
    }
  });
}
