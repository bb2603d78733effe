import { expect } from 'chai';
import crisisPhrases from '../../data/crisis-phrases.json';
import holdoutPhrases from '../../data/crisis-phrases-holdout.json';
import notCrisisPhrases from '../../data/not-crisis-phrases.json';
import {
  createCrisisDetector,
  crisisPatternsSchema,
  type CrisisDetection,
  type CrisisKind,
} from '../../../bot/crisis/crisisDetector';
import { createNormaliser } from '../../../bot/crisis/normalise';
import patternsFile from '../../../content/safety/crisis-patterns.json';

interface CrisisPhrase {
  text: string;
  kind: CrisisKind;
}

const crisis = crisisPhrases as CrisisPhrase[];
const holdout = holdoutPhrases as CrisisPhrase[];
const notCrisis = notCrisisPhrases as { text: string; note?: string }[];

const detector = createCrisisDetector();

const pct = (n: number, d: number): string => (d === 0 ? '0' : ((100 * n) / d).toFixed(1));

function run(phrases: CrisisPhrase[]): { text: string; expected: CrisisKind; got: CrisisDetection | null }[] {
  return phrases.map((p) => ({ text: p.text, expected: p.kind, got: detector.detect(p.text) }));
}

describe('crisis detector', () => {
  const results = run(crisis);
  const misses = results.filter((r) => r.got === null);
  const wrongKind = results.filter((r) => r.got !== null && r.got.kind !== r.expected);
  const falsePositives = notCrisis
    .map((p) => ({ text: p.text, got: detector.detect(p.text) }))
    .filter((r) => r.got !== null);
  const holdoutResults = run(holdout);
  const holdoutHits = holdoutResults.filter((r) => r.got !== null);

  after(() => {
    const detected = results.length - misses.length;
    const kindRight = results.length - misses.length - wrongKind.length;
    console.log(
      `crisis detector: recall ${detected}/${results.length} (${pct(detected, results.length)}%), ` +
        `kind accuracy ${pct(kindRight, results.length)}%, ` +
        `false positives ${falsePositives.length}/${notCrisis.length} (${pct(falsePositives.length, notCrisis.length)}%), ` +
        `held-out recall ${holdoutHits.length}/${holdoutResults.length}`,
    );
  });

  it('loads the pattern file through its schema', () => {
    expect(crisisPatternsSchema.safeParse(patternsFile).success).to.equal(true);
  });

  it('rejects a pattern file with a regex that does not compile', () => {
    const broken = structuredClone(patternsFile);
    broken.patterns.suicide = [{ id: 'broken', source: '(unclosed', note: '' }];
    expect(crisisPatternsSchema.safeParse(broken).success).to.equal(false);
  });

  it('detects every crisis phrase in the corpus', () => {
    const list = misses.map((m) => `  [${m.expected}] ${m.text}`).join('\n');
    expect(misses, `missed ${misses.length} crisis phrases:\n${list}`).to.have.length(0);
  });

  it('gives the right kind for at least 95% of crisis phrases', () => {
    const right = results.filter((r) => r.got?.kind === r.expected).length;
    const list = wrongKind.map((m) => `  [${m.expected} → ${m.got?.kind}] ${m.text}`).join('\n');
    expect(right / results.length, `wrong kind:\n${list}`).to.be.at.least(0.95);
  });

  it('always calls a medical emergency a medical emergency, so 999 comes first', () => {
    const wrong = results.filter((r) => r.expected === 'medicalEmergency' && r.got?.kind !== 'medicalEmergency');
    const list = wrong.map((m) => `  [→ ${m.got?.kind ?? 'none'}] ${m.text}`).join('\n');
    expect(wrong, `medical emergencies not flagged as such:\n${list}`).to.have.length(0);
  });

  it('flags at most 5% of the not-crisis phrases', () => {
    const list = falsePositives.map((f) => `  [${f.got?.patternId}] ${f.text}`).join('\n');
    expect(falsePositives.length / notCrisis.length, `false positives:\n${list}`).to.be.at.most(0.05);
  });

  it('detects at least 90% of the held-out crisis phrases', () => {
    const list = holdoutResults
      .filter((r) => r.got === null)
      .map((m) => `  [${m.expected}] ${m.text}`)
      .join('\n');
    expect(holdoutHits.length / holdoutResults.length, `held-out misses:\n${list}`).to.be.at.least(0.9);
  });

  it('still detects a disclosure that follows an idiom in the same message', () => {
    expect(detector.detect('my knees are killing me and honestly i want to kill myself')?.kind).to.equal('suicide');
  });

  it('puts a medical emergency ahead of suicide when the overdose is already taken', () => {
    expect(detector.detect("I've taken all my tablets because I want to die")?.kind).to.equal('medicalEmergency');
  });

  it('never throws on odd input', () => {
    const weird = [
      '',
      '   \n\t ',
      '😭😭😭',
      '<script>alert(1)</script>',
      'a'.repeat(100_000),
      'kill '.repeat(20_000),
      '\ud800',
      'i want to die \ud800 now',
      '\u0000\u200b\ufeff',
      'İSTANBUL ǅ ß',
      '2.1 2/10 od od od',
    ];
    for (const text of weird) expect(() => detector.detect(text), JSON.stringify(text.slice(0, 20))).not.to.throw();
  });

  it('returns null rather than throwing for a non-string at runtime', () => {
    // Callers in plain JavaScript (or a bad payload) can hand over anything.
    const notAString: unknown = undefined;
    expect(detector.detect(notAString as string)).to.equal(null);
  });

  it('answers a 100,000-character message quickly', () => {
    const long = 'i feel a bit tired and my knees hurt, '.repeat(2_700);
    const start = performance.now();
    detector.detect(long);
    expect(performance.now() - start).to.be.below(500);
  });

  it('expands text-speak on word boundaries only', () => {
    const normalise = createNormaliser({ kms: 'kill myself', '2': 'to', cant: 'cannot' });
    expect(normalise('KMS fr')).to.equal('kill myself fr');
    expect(normalise('i want 2 die, sugar 2.1, mood 2/10')).to.equal('i want to die, sugar 2.1, mood 2/10');
    expect(normalise('I can’t   breathe')).to.equal('i cannot breathe');
  });
});
