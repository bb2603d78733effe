import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import modelData from '../../safety/data/crisis-model.json';
import patternsFile from '../../safety/data/crisis-patterns.json';
import { loadCorpus } from '../../safety/corpus/corpus';
import { buildModelFile } from '../../safety/model/build';
import { tokenFeatures, tokenise, windows } from '../../safety/model/features';
import { scoreTokens } from '../../safety/model/linearModel';
import { decodeModel, modelFileSchema, normalisationHash } from '../../safety/model/modelFile';
import { train, type TrainingExample } from '../../safety/model/training';
import { createCrisisDetector, crisisPatternsSchema } from '../../safety/patterns/patternDetector';
import { createCrisisScreen, patternDoubt } from '../../safety/screen';
import routineAnswers from '../data/routine-answers.json';
import { cachedByInputs, moduleFiles } from '../support/inputCache';

const root = join(__dirname, '..', '..');
const committed = modelFileSchema.parse(modelData);
const patterns = crisisPatternsSchema.parse(patternsFile);

/** Every disclosure of every blind set in test/data, trained on or not. */
function blindDisclosures(): string[] {
  const dir = join(root, 'test', 'data');
  return readdirSync(dir)
    .filter((name) => /^crisis-(blind-\d+|independent)\.json$/.test(name))
    .flatMap((name) =>
      (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { text: string }[]).map((item) => item.text),
    );
}

describe('The learned crisis layer', () => {
  describe('the committed model', () => {
    it('was trained on the corpus as it is now (run npm run safety:train after changing it)', () => {
      const corpus = loadCorpus(root);
      expect(committed.corpus.hash).to.equal(corpus.hash);
      expect(committed.corpus.count).to.equal(corpus.items.length);
    });

    it('was trained behind the normalisation the patterns use now', () => {
      expect(committed.normalisationHash).to.equal(normalisationHash(patterns.normalisation));
    });

    it('is what the corpus, seed and settings rebuild, byte for byte', function () {
      this.timeout(600_000);
      // The rebuild takes some 15 s of CPU and is deterministic, so its result is kept for the same
      // corpus, patterns, build code (every file build.ts runs), dependencies and Node; CI always rebuilds.
      const { value: rebuilt } = cachedByInputs(
        'crisis-model-rebuild',
        {
          files: [...moduleFiles(require.resolve('../../safety/model/build')), join(root, 'package-lock.json')],
          values: [loadCorpus(root).hash, JSON.stringify(patterns), process.version, process.arch],
        },
        () => {
          const model = buildModelFile(root, patterns);
          return { sha256: model.weights.sha256, thresholds: model.thresholds, crossValidation: model.crossValidation };
        },
      );
      expect(rebuilt.sha256).to.equal(committed.weights.sha256);
      expect(rebuilt.thresholds).to.deep.equal(committed.thresholds);
      expect(rebuilt.crossValidation).to.deep.equal(committed.crossValidation);
    });

    it('is at most 10 MB and loads whole', () => {
      expect(statSync(join(root, 'safety', 'data', 'crisis-model.json')).size).to.be.at.most(10 * 1024 * 1024);
      expect(() => decodeModel(committed)).to.not.throw();
    });

    it('refuses weights that do not match their hash', () => {
      const data = Buffer.from(committed.weights.data, 'base64');
      data[0] ^= 1;
      expect(() =>
        decodeModel({ ...committed, weights: { ...committed.weights, data: data.toString('base64') } }),
      ).to.throw(/hash/);
    });

    it('every corpus part says where it came from and holds known labels', () => {
      const corpus = loadCorpus(root);
      expect(corpus.items.length).to.be.at.least(3000);
      for (const source of corpus.sources) expect(source.origin.length, source.source).to.be.greaterThan(10);
    });
  });

  describe('on everyday answers it was never trained on (test/data/routine-answers.json)', () => {
    const screen = createCrisisScreen();
    const results = (routineAnswers as { text: string }[]).map((item) => screen.screen(item.text));

    it('gives no crisis reply', () => {
      expect(results.filter((r) => r.tier === 'crisis')).to.have.length(0);
    });

    it('checks in on at most 1% of them', () => {
      expect(results.filter((r) => r.tier === 'checkIn').length).to.be.at.most(Math.floor(results.length / 100));
    });
  });

  describe('the screen', () => {
    const screen = createCrisisScreen();

    it('lets the patterns decide what they state, and choose the kind', () => {
      expect(screen.screen('I want to kill myself')).to.deep.include({
        tier: 'crisis',
        kind: 'suicide',
        by: 'pattern',
      });
      expect(screen.screen('crushing chest pain going down my arm right now')).to.deep.include({
        tier: 'crisis',
        kind: 'medicalEmergency',
      });
    });

    it("asks about a pattern's finding when the model is all but sure it is a figure of speech", () => {
      for (const text of [
        "If the printer jams once more I'll kill myself, ha, not really, I'm absolutely fine",
        "I swear I'll throw myself off the roof if Arsenal lose again, honestly I'm fine, it's just football",
      ]) {
        expect(screen.screen(text)).to.deep.include({ tier: 'checkIn', kind: 'suicide', by: 'pattern' });
      }
    });

    it('keeps the crisis reply for a pattern on a message too short for the model to read', () => {
      expect(screen.screen('kms')).to.deep.include({ tier: 'crisis', kind: 'suicide', by: 'pattern' });
    });

    it('keeps the crisis reply for a physical emergency under way even when the model all but rules it out', () => {
      // Told flatly, between everyday answers, these read as calm to the model, but the tablets are
      // already swallowed: no tone or denial of intent makes that safe. Which of them the model
      // doubts moves as it is retrained, so the test asks that some still do.
      const flat: [string, string][] = [
        ["took all my sertraline about twenty minutes ago, just so you've got it for your records", 'suicide'],
        [
          'accidentally took twelve of my amlodipine this morning, otherwise a good week, goal is walking to the shop',
          'medicalEmergency',
        ],
      ];
      const risks = flat.map(([text, kind]) => {
        const result = screen.screen(text);
        expect(result, text).to.deep.include({ tier: 'crisis', kind, by: 'pattern' });
        return result.tier === 'none' ? Number.NaN : Number(result.evidence.split(' ')[1]);
      });
      expect(Math.min(...risks)).to.be.below(patternDoubt);
    });

    it('turns no disclosure a pattern finds in any blind set into a check-in', function () {
      // Every blind set's 2,880 disclosures through the screen: past 20 s on a loaded machine.
      this.timeout(120_000);
      const detector = createCrisisDetector();
      const doubted = blindDisclosures()
        .filter((text) => detector.detect(text) !== null)
        .filter((text) => screen.screen(text).tier !== 'crisis');
      expect(doubted).to.deep.equal([]);
    });

    it('reads a disclosure no pattern states', () => {
      const text = "i've given the dog to my sister and written to the kids, they'll understand after";
      expect(screen.screen(text).tier).to.not.equal('none');
    });

    it('never throws and raises nothing on empty, emoji, HTML, script tags or a huge paste', () => {
      for (const text of [
        '',
        '   ',
        '😊😊😊',
        '<b>hello</b>',
        '<script>alert(1)</script>',
        'lorem ipsum '.repeat(20_000),
      ]) {
        expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
      }
    });

    it('does not read one or two words with the model (a name, a greeting)', () => {
      for (const text of ['hi', 'Bartholomew', 'done', 'Tuesday mornings'])
        expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
  });

  describe('features and training', () => {
    it('share most features between a word and its misspelling', () => {
      const mask = (1 << 18) - 1;
      const [right] = tokenFeatures(['suicide'], mask);
      const [wrong] = tokenFeatures(['sucide'], mask);
      const shared = [...wrong].filter((f) => right.includes(f)).length;
      expect(shared / wrong.length).to.be.greaterThan(0.3);
    });

    it('keeps decimals with their number and reads long messages in overlapping windows', () => {
      expect(tokenise('sugar 2.1 now')).to.deep.equal(['sugar', '2.1', 'now']);
      expect(windows(10, { size: 32, stride: 16 })).to.deep.equal([[0, 10]]);
      expect(windows(50, { size: 32, stride: 16 })).to.deep.equal([
        [0, 32],
        [16, 48],
        [32, 50],
      ]);
    });

    const tiny: TrainingExample[] = [
      { tokens: ['i', 'want', 'to', 'end', 'it', 'all'], label: 'suicide' },
      { tokens: ['i', 'cut', 'my', 'arms', 'again'], label: 'selfHarm' },
      { tokens: ['he', 'hit', 'me', 'last', 'night'], label: 'harmOthers' },
      { tokens: ['chest', 'pain', 'right', 'now'], label: 'medicalEmergency' },
      { tokens: ['walking', 'the', 'dog', 'on', 'sundays'], label: 'none' },
    ];
    const options = { seed: 1, bits: 12, epochs: 8, wholeEpochs: 2, learningRate: 0.3, window: { size: 8, stride: 4 } };

    it('is deterministic for a seed', () => {
      expect(train(tiny, options).weights).to.deep.equal(train(tiny, options).weights);
      expect(train(tiny, { ...options, seed: 2 }).weights).to.not.deep.equal(train(tiny, options).weights);
    });

    it('learns the kinds it is shown', () => {
      const model = train(tiny, options);
      expect(scoreTokens(model, ['chest', 'pain', 'now']).kind).to.equal('medicalEmergency');
      expect(scoreTokens(model, ['walking', 'the', 'dog']).risk).to.be.lessThan(0.5);
    });
  });
});
