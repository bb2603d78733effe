/**
 * Out-of-fold scores: each text scored by a model that never saw it, so thresholds are chosen on
 * the training corpus without being fitted to it, and never on a set kept for evaluation.
 */
import { scoreTokens, type ModelScore } from './linearModel';
import { seededRandom, trainer, type TrainingExample, type TrainingOptions } from './training';

/** Every example's score from the fold that held it out, in the examples' order. */
export function outOfFoldScores(
  examples: readonly TrainingExample[],
  options: TrainingOptions,
  folds: number,
): ModelScore[] {
  const random = seededRandom(options.seed ^ 0x5bd1e995);
  const foldOf = examples.map(() => Math.floor(random() * folds));
  const scores: ModelScore[] = new Array<ModelScore>(examples.length);
  const trainOn = trainer(examples, options);
  for (let fold = 0; fold < folds; fold++) {
    const model = trainOn((i) => foldOf[i] !== fold);
    examples.forEach((example, i) => {
      if (foldOf[i] === fold) scores[i] = scoreTokens(model, example.tokens);
    });
  }
  return scores;
}
