/**
 * Trains the learned layer: multinomial logistic regression with AdaGrad, in a fixed order drawn
 * from a seeded generator, so the same corpus and seed give the same weights byte for byte.
 *
 * A long message is labelled as a whole but only part of it discloses anything, so after the
 * first epochs a long positive teaches through its likeliest window and a long negative through
 * its riskiest one: the same "riskiest window decides" rule the model is read with.
 */
import { windows, type WindowShape } from './features';
import { modelLabels, featuresOf, softmax, windowLogits, type LinearModel, type ModelLabel } from './linearModel';

/** One labelled message, already normalised and tokenised. */
export interface TrainingExample {
  tokens: readonly string[];
  label: ModelLabel;
}

/** Everything that decides the weights; recorded in the manifest. */
export interface TrainingOptions {
  seed: number;
  bits: number;
  epochs: number;
  /** Epochs that read long messages whole before windows are chosen. */
  wholeEpochs: number;
  learningRate: number;
  window: WindowShape;
}

/** Mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(count: number, random: () => number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

const labelCount = modelLabels.length;
const epsilon = 1e-8;

/** Trains a model on `examples`. Pure: no I/O, no clock, no global randomness. */
export function train(examples: readonly TrainingExample[], options: TrainingOptions): LinearModel {
  const model: LinearModel = {
    bits: options.bits,
    weights: new Float32Array((1 << options.bits) * labelCount),
    bias: new Float32Array(labelCount),
    window: options.window,
  };
  const squares = new Float32Array(model.weights.length);
  const biasSquares = new Float64Array(labelCount);
  const prepared = examples.map((example) => {
    const features = featuresOf(model, example.tokens);
    return { features, target: modelLabels.indexOf(example.label), ranges: windows(features.length, options.window) };
  });
  const random = seededRandom(options.seed);
  const logits = new Float64Array(labelCount);
  const p = new Float64Array(labelCount);
  const gradient = new Float64Array(labelCount);

  /** The window of a long message this example teaches through, chosen with the current weights. */
  const chosen = (features: Uint32Array[], ranges: [number, number][], target: number): [number, number] => {
    let best = ranges[0];
    let bestScore = -Infinity;
    for (const range of ranges) {
      windowLogits(model, features, range[0], range[1], logits);
      softmax(logits, p);
      // A positive is read where its own kind is likeliest; a negative where any crisis is.
      const score = target === 0 ? 1 - p[0] : p[target];
      if (score > bestScore) {
        bestScore = score;
        best = range;
      }
    }
    return best;
  };

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const index of shuffled(prepared.length, random)) {
      const { features, target, ranges } = prepared[index];
      if (features.length === 0) continue;
      const [start, end] =
        ranges.length === 1 || epoch < options.wholeEpochs ? [0, features.length] : chosen(features, ranges, target);
      windowLogits(model, features, start, end, logits);
      softmax(logits, p);
      let n = 0;
      for (let i = start; i < end; i++) n += features[i].length;
      const scale = 1 / Math.sqrt(n);
      for (let c = 0; c < labelCount; c++) gradient[c] = p[c] - (c === target ? 1 : 0);
      for (let i = start; i < end; i++) {
        const list = features[i];
        for (let k = 0; k < list.length; k++) {
          const base = list[k] * labelCount;
          for (let c = 0; c < labelCount; c++) {
            const g = gradient[c] * scale;
            squares[base + c] += g * g;
            model.weights[base + c] -= (options.learningRate * g) / Math.sqrt(squares[base + c] + epsilon);
          }
        }
      }
      for (let c = 0; c < labelCount; c++) {
        biasSquares[c] += gradient[c] * gradient[c];
        model.bias[c] -= (options.learningRate * gradient[c]) / Math.sqrt(biasSquares[c] + epsilon);
      }
    }
  }
  return model;
}
