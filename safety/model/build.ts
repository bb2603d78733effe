/**
 * Builds the model file from the committed corpus: out-of-fold scores choose the cut-offs, then
 * the model is trained on everything. Deterministic, so a test can rebuild it and compare.
 */
import type { CrisisPatterns } from '../patterns/patternDetector';
import { createCrisisDetector } from '../patterns/patternDetector';
import { loadCorpus } from '../corpus/corpus';
import { tokenise } from './features';
import { outOfFoldScores } from './crossValidation';
import { modelLabels } from './linearModel';
import { encodeWeights, normalisationHash, type ModelFile } from './modelFile';
import { chooseThresholds, type Allowances, type ScoredText } from './thresholds';
import { train, type TrainingOptions } from './training';

/** The settings the committed model is built with. Changing one means retraining. */
export const buildSettings = {
  options: {
    seed: 20261205,
    bits: 18,
    epochs: 20,
    wholeEpochs: 3,
    learningRate: 0.2,
    window: { size: 32, stride: 16 },
  } satisfies TrainingOptions,
  folds: 5,
  /**
   * Out of fold: hard negatives allowed a crisis reply from the model (beyond the patterns') and a
   * check-in; everyday answers allowed a crisis reply and a check-in.
   */
  allowances: { crisis: 0.015, checkIn: 0.08, routineCrisis: 0.002, routineCheckIn: 0.02 } satisfies Allowances,
};

const percent = (n: number, d: number): string => `${n}/${d} (${d === 0 ? 0 : ((100 * n) / d).toFixed(1)}%)`;

/** Rebuilds the model file for the repository at `root` with `patterns` as the first layer. */
export function buildModelFile(root: string, patterns: CrisisPatterns): ModelFile {
  const { options, folds, allowances } = buildSettings;
  const corpus = loadCorpus(root);
  const detector = createCrisisDetector(patterns);
  const examples = corpus.items.map((item) => ({ tokens: tokenise(detector.normalise(item.text)), label: item.label }));

  const outOfFold = outOfFoldScores(examples, options, folds);
  const scored: ScoredText[] = corpus.items.map((item, i) => {
    const pattern = detector.detect(item.text) !== null;
    return {
      positive: item.label !== 'none',
      routine: item.routine,
      risk: outOfFold[i].risk,
      pattern,
      warning: !pattern && detector.warningSigns(item.text).length > 0,
    };
  });
  const thresholds = chooseThresholds(scored, allowances);
  const crisis = (s: ScoredText) => s.pattern || s.risk >= thresholds.crisis;
  const checkIn = (s: ScoredText) => !crisis(s) && (s.warning || s.risk >= thresholds.checkIn);
  const positives = scored.filter((s) => s.positive);
  const negatives = scored.filter((s) => !s.positive && !s.routine);
  const everyday = scored.filter((s) => s.routine);

  const model = train(examples, options);
  const byLabel: Record<string, number> = {};
  for (const label of modelLabels) byLabel[label] = corpus.items.filter((item) => item.label === label).length;
  return {
    version: 1,
    labels: [...modelLabels],
    bits: options.bits,
    window: options.window,
    training: {
      seed: options.seed,
      epochs: options.epochs,
      wholeEpochs: options.wholeEpochs,
      learningRate: options.learningRate,
      folds,
      tool: 'careprep safety/model/training.ts (multinomial logistic regression, AdaGrad)',
    },
    corpus: { hash: corpus.hash, count: corpus.items.length, byLabel },
    normalisationHash: normalisationHash(patterns.normalisation),
    thresholds,
    allowances,
    crossValidation: {
      disclosuresCrisisReply: percent(positives.filter(crisis).length, positives.length),
      disclosuresCrisisOrCheckIn: percent(positives.filter((s) => crisis(s) || checkIn(s)).length, positives.length),
      disclosuresByPatternsAlone: percent(positives.filter((s) => s.pattern).length, positives.length),
      hardNegativesCrisisReply: percent(negatives.filter(crisis).length, negatives.length),
      hardNegativesCheckIn: percent(negatives.filter(checkIn).length, negatives.length),
      everydayCrisisReply: percent(everyday.filter(crisis).length, everyday.length),
      everydayCheckIn: percent(everyday.filter(checkIn).length, everyday.length),
    },
    weights: encodeWeights(model),
  };
}
