import { expect } from 'chai';
import blindFourteenPhrases from '../data/crisis-blind-14.json';
import blindFifteenPhrases from '../data/crisis-blind-15.json';
import blindFivePhrases from '../data/crisis-blind-5.json';
import blindFourPhrases from '../data/crisis-blind-4.json';
import blindThreePhrases from '../data/crisis-blind-3.json';
import blindTwoPhrases from '../data/crisis-blind-2.json';
import crisisPhrases from '../data/crisis-phrases.json';
import holdoutPhrases from '../data/crisis-phrases-holdout.json';
import independentPhrases from '../data/crisis-independent.json';
import notCrisisBlindFourteenPhrases from '../data/not-crisis-blind-14.json';
import notCrisisBlindFifteenPhrases from '../data/not-crisis-blind-15.json';
import notCrisisBlindFivePhrases from '../data/not-crisis-blind-5.json';
import notCrisisBlindFourPhrases from '../data/not-crisis-blind-4.json';
import notCrisisBlindThreePhrases from '../data/not-crisis-blind-3.json';
import notCrisisBlindTwoPhrases from '../data/not-crisis-blind-2.json';
import notCrisisIndependentPhrases from '../data/not-crisis-independent.json';
import notCrisisPhrases from '../data/not-crisis-phrases.json';
import routineAnswers from '../data/routine-answers.json';
import {
  createCrisisDetector,
  crisisPatternsSchema,
  type CrisisDetection,
  type CrisisKind,
} from '../../safety/patterns/patternDetector';
import { createNormaliser } from '../../safety/patterns/normalise';
import patternsFile from '../../safety/data/crisis-patterns.json';

interface CrisisPhrase {
  text: string;
  kind: CrisisKind;
}

const crisis = crisisPhrases as CrisisPhrase[];
const holdout = holdoutPhrases as CrisisPhrase[];
const notCrisis = notCrisisPhrases as { text: string; note?: string }[];

/**
 * Sets written blind, without sight of the patterns, each scored once on first contact and then
 * used to mend the patterns: tuning data now, kept as regression sets (by default at least 95%
 * recall, at most 5% false positives). They no longer measure how well the detector generalises;
 * only a new blind set can (`npx tsx scripts/crisisIndependentReport.ts <positives> <negatives>`).
 * A set written for the two layers together has its own floors: the patterns alone state only
 * part of its disclosures (the learned layer reads the rest), so its floor sits a few below what
 * they state today, and its ceiling on false alarms sits just above what is left once they were
 * mended.
 */
const regressionSets: {
  name: string;
  firstContact: string;
  positives: CrisisPhrase[];
  negatives: { text: string }[];
  minRecall?: number;
  maxFalsePositives?: number;
}[] = [
  {
    name: 'independent',
    firstContact: 'recall 55/80 (68.8%), false positives 5/80; shaped the pattern families',
    positives: independentPhrases as CrisisPhrase[],
    negatives: notCrisisIndependentPhrases,
  },
  {
    name: 'blind-2',
    firstContact: 'recall 69/100 (suicide 10/25), false positives 5/100; shaped negation, timing and co-occurrence',
    positives: blindTwoPhrases as CrisisPhrase[],
    negatives: notCrisisBlindTwoPhrases,
  },
  {
    name: 'blind-3',
    firstContact:
      'recall 74/100 (suicide 16/25, harm to others 18/25), false positives 4/100; shaped abuse of others, low oxygen, anaphylaxis, collapse',
    positives: blindThreePhrases as CrisisPhrase[],
    negatives: notCrisisBlindThreePhrases,
  },
  {
    name: 'blind-4',
    firstContact:
      'recall 63/100 before the blind-3 mending and 71/100 after (6 false positives), 79/100 with the safety-net reminder; shaped neglect and exploitation, child abuse, car fumes, seizures, headache red flags, severe breathing',
    positives: blindFourPhrases as CrisisPhrase[],
    negatives: notCrisisBlindFourPhrases,
  },
  {
    name: 'blind-14',
    firstContact:
      'patterns alone 116/200 (58.0%), all ten crisis replies on its hard negatives from the patterns; shaped take-backs, discounted reported speech, episodes that have not come back',
    positives: blindFourteenPhrases as CrisisPhrase[],
    negatives: notCrisisBlindFourteenPhrases,
    minRecall: 0.55,
    maxFalsePositives: 0.01,
  },
  {
    name: 'blind-15',
    firstContact:
      'patterns alone 131/200 (65.5%), all sixteen crisis replies on its hard negatives from the patterns; shaped disowned own words, plain denials, clarified phrases, absent weapons, dated episodes',
    positives: blindFifteenPhrases as CrisisPhrase[],
    negatives: notCrisisBlindFifteenPhrases,
    minRecall: 0.62,
    maxFalsePositives: 0.01,
  },
];

/**
 * The last blind set, kept unseen: nobody mending the patterns reads its misses, so it still
 * measures generalisation, in aggregate only. Blind-5 scored recall 70/100 (1 false positive)
 * on first contact, with 76/100 getting at least the safety-net reminder; after blind-4 was
 * mended, 72/100 (0), and once the idiom exclusions were narrowed, 73/100 (1), 78/100 with the
 * reminder. The floors only catch a regression.
 */
const measureSets = [
  {
    name: 'blind-5',
    positives: blindFivePhrases as CrisisPhrase[],
    negatives: notCrisisBlindFivePhrases,
    minRecall: 0.65,
    maxFalsePositives: 0.05,
  },
];

/**
 * Everyday answers to the preparation questions, in the words of people with long-term
 * conditions and their carers (breathless on the stairs, bruising on apixaban, a hypo treated).
 * First look: no crisis flagged, 4/300 safety-net reminders (a banister, the edge of the bed,
 * two mild "bit of a burden"); those lexicons were narrowed, so this is tuning data now.
 */
const routine = routineAnswers as { question: string; text: string }[];

const detector = createCrisisDetector();

const pct = (n: number, d: number): string => (d === 0 ? '0' : ((100 * n) / d).toFixed(1));

function run(phrases: CrisisPhrase[]): { text: string; expected: CrisisKind; got: CrisisDetection | null }[] {
  return phrases.map((p) => ({ text: p.text, expected: p.kind, got: detector.detect(p.text) }));
}

function flagged(phrases: { text: string }[]): { text: string; got: CrisisDetection | null }[] {
  return phrases.map((p) => ({ text: p.text, got: detector.detect(p.text) })).filter((r) => r.got !== null);
}

describe('crisis detector', () => {
  const results = run(crisis);
  const misses = results.filter((r) => r.got === null);
  const wrongKind = results.filter((r) => r.got !== null && r.got.kind !== r.expected);
  const falsePositives = flagged(notCrisis);
  const holdoutResults = run(holdout);
  const holdoutHits = holdoutResults.filter((r) => r.got !== null);
  const measured = measureSets.map((set) => ({
    ...set,
    found: run(set.positives).filter((r) => r.got !== null).length,
    falsePositives: flagged(set.negatives).length,
  }));
  const regression = regressionSets.map((set) => {
    const missed = run(set.positives).filter((r) => r.got === null);
    return { ...set, missed, falsePositives: flagged(set.negatives) };
  });

  after(() => {
    const detected = results.length - misses.length;
    const kindRight = results.length - misses.length - wrongKind.length;
    const sets = regression.map((set) => {
      const found = set.positives.length - set.missed.length;
      return (
        `${set.name} (regression) recall ${found}/${set.positives.length} (${pct(found, set.positives.length)}%), ` +
        `false positives ${set.falsePositives.length}/${set.negatives.length}`
      );
    });
    console.log(
      `crisis detector: recall ${detected}/${results.length} (${pct(detected, results.length)}%), ` +
        `kind accuracy ${pct(kindRight, results.length)}%, ` +
        `false positives ${falsePositives.length}/${notCrisis.length} (${pct(falsePositives.length, notCrisis.length)}%), ` +
        `held-out recall ${holdoutHits.length}/${holdoutResults.length}, ${sets.join(', ')}; ` +
        measured
          .map(
            (set) =>
              `${set.name} (unseen) recall ${set.found}/${set.positives.length}, ` +
              `false positives ${set.falsePositives}/${set.negatives.length}`,
          )
          .join(', '),
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

  it('rejects a pattern file that gives two entries one id, even in different sections', () => {
    const twice = structuredClone(patternsFile);
    twice.exclusions = [...twice.exclusions, { id: twice.patterns.suicide[0].id, source: 'a new source', note: '' }];
    const result = crisisPatternsSchema.safeParse(twice);
    expect(result.success).to.equal(false);
    expect(result.error?.issues.map((issue) => issue.message).join()).to.include('id used twice');
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

  for (const set of regression) {
    const { minRecall = 0.95, maxFalsePositives = 0.05 } = set;
    it(`detects at least ${Math.round(100 * minRecall)}% of the ${set.name} set, now a regression set (first contact: ${set.firstContact})`, () => {
      const list = set.missed.map((m) => `  [${m.expected}] ${m.text}`).join('\n');
      const found = set.positives.length - set.missed.length;
      expect(found / set.positives.length, `${set.name} misses:\n${list}`).to.be.at.least(minRecall);
    });

    it(`flags at most ${Math.round(100 * maxFalsePositives)}% of the ${set.name} not-crisis phrases`, () => {
      const list = set.falsePositives.map((f) => `  [${f.got?.patternId}] ${f.text}`).join('\n');
      expect(set.falsePositives.length / set.negatives.length, `${set.name} false positives:\n${list}`).to.be.at.most(
        maxFalsePositives,
      );
    });
  }

  for (const set of measured) {
    it(`keeps the unseen ${set.name} set above its floors, without printing its misses`, () => {
      expect(set.found / set.positives.length).to.be.at.least(set.minRecall);
      expect(set.falsePositives / set.negatives.length).to.be.at.most(set.maxFalsePositives);
    });
  }

  it('flags no everyday answer as a crisis, and reminds of urgent help on at most 2% of them', () => {
    const crises = routine.filter((r) => detector.detect(r.text) !== null).map((r) => r.text);
    const reminders = routine
      .filter((r) => detector.detect(r.text) === null && detector.warningSigns(r.text).length > 0)
      .map(
        (r) =>
          `[${detector
            .warningSigns(r.text)
            .map((sign) => sign.lexicon)
            .join(',')}] ${r.text}`,
      );
    expect(crises).to.deep.equal([]);
    expect(reminders.length / routine.length, reminders.join('\n')).to.be.at.most(0.02);
  });

  it('puts a safety-net reminder on some unseen disclosures the patterns miss, in aggregate', () => {
    // Counted, never printed: the unseen sets must stay unread to keep measuring.
    const caught = measureSets.flatMap((set) =>
      set.positives.filter((p) => detector.detect(p.text) === null && detector.warningSigns(p.text).length > 0),
    );
    expect(caught.length).to.be.at.least(4);
  });

  // Other wordings of each family, in none of the data sets, so a pattern that only matches the
  // data-set sentence fails here. They were written while the families were added, so they are
  // tuning data as well.
  const families: [string, CrisisKind][] = [
    ["I've left a letter for each of the kids in my desk", 'suicide'],
    ["she's giving her jewellery away and says she won't need it where she's going", 'suicide'],
    ["don't worry about booking the review, I won't be here for it", 'suicide'],
    ['sorting out my affairs so the kids do not have to deal with it afterwards', 'suicide'],
    ['he rang me from the cliffs to say goodbye', 'suicide'],
    ['been googling how much insulin it would take', 'suicide'],
    ['found the perfect spot where no one will find me', 'suicide'],
    ['I tried before and I am going to do it again', 'suicide'],
    ['really want to cut right now', 'selfHarm'],
    ["i've been sh-ing a lot lately", 'selfHarm'],
    ['he keeps banging his head against the wall till it bleeds', 'selfHarm'],
    ["she's been pulling out her stitches deliberately", 'selfHarm'],
    ['found razor blades hidden in my son’s room', 'selfHarm'],
    ['i nearly held the pillow over his face last night', 'harmOthers'],
    ["i'm frightened of what i might do to him", 'harmOthers'],
    ['dad came at mum with a hammer last night', 'harmOthers'],
    ['I know where he lives and I am going to make him suffer', 'harmOthers'],
    ['sometimes i imagine crashing the car with both of us in it', 'harmOthers'],
    ['took the entire packet of sertraline 20 minutes ago', 'medicalEmergency'],
    ["i've swallowed the lot", 'medicalEmergency'],
  ];
  for (const [text, kind] of families) {
    it(`detects "${text}" as ${kind}`, () => {
      expect(detector.detect(text)?.kind).to.equal(kind);
    });
  }

  const calm = [
    'I tried to take my own life when I was 19 but I am in a good place now',
    'my mum took her own life in 1998',
    'I used to cut when I was at school, haven’t for decades',
    'I self-harmed at uni but that’s all in the past',
    'I could kill him sometimes lol',
    'i could throttle him sometimes 😂',
    'I won’t be around next Tuesday, can we move the appointment',
    'how much would it take to get a stairlift fitted',
    'I keep banging my head on the low beam in the kitchen',
    'I took a box of tablets back to the pharmacy',
    'Years ago, I tried to take my own life',
  ];
  for (const text of calm) {
    it(`does not flag "${text}"`, () => {
      expect(detector.detect(text)).to.equal(null);
    });
  }

  it('still flags a past attempt when present intent follows', () => {
    expect(detector.detect("I tried to kill myself years ago and I'm going to do it again")?.kind).to.equal('suicide');
  });

  it('calls an old overdose with present intent suicidal, not an emergency now', () => {
    expect(
      detector.detect('back in 2015 I overdosed, and lately I have been thinking about doing it again')?.kind,
    ).to.equal('suicide');
  });

  it('does not let an unrelated date hide a disclosure in the same sentence', () => {
    expect(
      detector.detect("My son was diagnosed with psychosis in 2019 and he's threatening to kill me")?.kind,
    ).to.equal('harmOthers');
  });

  it('does not count "not joking" as a joke', () => {
    expect(detector.detect('i could actually kill him right now, not joking')?.kind).to.equal('harmOthers');
  });

  it('rejects a timing marker that does not compile', () => {
    const broken = structuredClone(patternsFile);
    broken.timing.pastMarkers = [{ id: 'broken', source: '(unclosed', note: '' }];
    expect(crisisPatternsSchema.safeParse(broken).success).to.equal(false);
  });

  it('rejects a negation cue that does not compile', () => {
    const broken = structuredClone(patternsFile);
    broken.negation.cues = [{ id: 'broken', source: '(unclosed', note: '' }];
    expect(crisisPatternsSchema.safeParse(broken).success).to.equal(false);
  });

  it('rejects a lexicon term that does not compile', () => {
    const broken = structuredClone(patternsFile);
    broken.cooccurrence.lexicons.means.terms = ['rope', '(unclosed'];
    expect(crisisPatternsSchema.safeParse(broken).success).to.equal(false);
  });

  it('rejects a co-occurrence rule that names a lexicon that does not exist', () => {
    const broken = structuredClone(patternsFile);
    broken.cooccurrence.rules[0].all = ['noSuchLexicon'];
    expect(crisisPatternsSchema.safeParse(broken).success).to.equal(false);
  });

  it('uses every lexicon in some co-occurrence rule', () => {
    const { lexicons, rules } = patternsFile.cooccurrence;
    const named = new Set(rules.flatMap((r) => [...(r.all ?? []), ...(r.any ?? []), ...(r.unless ?? [])]));
    expect(Object.keys(lexicons).filter((name) => !named.has(name))).to.deep.equal([]);
  });

  it('lets a disclosure stated outright win over an emergency only inferred from signals together', () => {
    const text = 'I want to kill myself. My temperature is 39 and I am confused';
    expect(detector.detect(text)?.kind).to.equal('suicide');
  });

  it('reports harm to others when a lethal-dose search comes with a threat to someone else', () => {
    const text = "I swear I'll kill her one day. I've been reading how many of her sleeping tablets it would take";
    expect(detector.detect(text)?.kind).to.equal('harmOthers');
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

  it('gets through a 100,000-character message of everyday words without a false alarm', () => {
    // A pattern that backtracks badly would hang here (the suite's timeout fails it); how fast the
    // detector is, is measured by `npm run bench:crisis`, not asserted in a unit test.
    expect(detector.detect('i feel a bit tired and my knees hurt, '.repeat(2_700))).to.equal(null);
  });

  it('reads "I feel like I\'m going to die" beside danger symptoms, in that sentence or the next, as an emergency', () => {
    for (const text of [
      "Temperature 40 and shaking so much the bed's rattling. I honestly feel like I'm going to die.",
      "I feel like I'm going to die. Temperature 39.8, can't stop being sick and I had my chemo on Tuesday.",
      'i genuinly think im going to die i feel so ill. hot and cold, heart pounding, cant keep water down',
    ]) {
      expect(detector.detect(text)?.kind, text).to.equal('medicalEmergency');
    }
    // Without a danger symptom it is still read as a wish to die.
    expect(detector.detect('I feel like I want to die, I cannot go on')?.kind).to.equal('suicide');
  });

  it('takes a bare no after a question about risk as a denial, unless a turn follows it', () => {
    for (const text of [
      'Doctor ask me if I want to hurt myself. No. I am happy with my family.',
      'Screening question said any thoughts of being better off dead - not at all. Cheerful really.',
    ]) {
      expect(detector.detect(text), text).to.equal(null);
    }
    for (const text of [
      'The nurse asked if I had thoughts of suicide. No, but I have made a plan',
      'The nurse asked if I had thoughts of suicide and I said no, but I have made a plan',
    ]) {
      expect(detector.detect(text)?.kind, text).to.equal('suicide');
    }
  });

  it('reads dying of boredom, and "makes me want to die lol", as the idioms they are', () => {
    expect(detector.detect("I'm going to die of boredom if I do another chair exercise video")).to.equal(null);
    expect(detector.detect('another blood test makes me want to die lol, hate needles')).to.equal(null);
    expect(detector.detect('everything makes me want to die')?.kind).to.equal('suicide');
  });

  it('expands text-speak on word boundaries only', () => {
    const normalise = createNormaliser({ kms: 'kill myself', '2': 'to', cant: 'cannot' });
    expect(normalise('KMS fr')).to.equal('kill myself fr');
    expect(normalise('i want 2 die, sugar 2.1, mood 2/10')).to.equal('i want to die, sugar 2.1, mood 2/10');
    expect(normalise('I can’t   breathe')).to.equal('i cannot breathe');
  });
});
