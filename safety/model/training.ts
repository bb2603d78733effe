/**
 * Trains the learned layer: multinomial logistic regression with AdaGrad, in a fixed order drawn
 * from a seeded generator, so the same corpus and seed give the same weights byte for byte.
 *
 * A long message is labelled as a whole but only part of it discloses anything, so after the
 * first epochs a long positive teaches through its likeliest window and a long negative through
 * its riskiest one: the same "riskiest window decides" rule the model is read with.
 *
 * Training is most of what `npm run safety:train` and the model's rebuild test cost, so its inner
 * loops are written for speed: every feature is hashed once, each bucket's weights sit beside
 * their AdaGrad sums, buckets are laid out in order of first use, and the five labels are written
 * out so V8 keeps them in registers. Every floating-point operation is the one the plain form
 * (`weights[b][c] -= rate * g / √(Σg² + ε)`, both stored as 32-bit floats) does, in the same
 * order, so the weights do not change by a bit.
 */
import { visitFeatures, windows, type WindowShape } from './features';
import { modelLabels, softmax, type LinearModel, type ModelLabel } from './linearModel';

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

/** The loops below write the labels out one by one; this fails to compile if their count changes. */
const labelCount: 5 = modelLabels.length;
/** A bucket's five weights, then its five AdaGrad sums: one cache line or two serve both. */
const stride = 2 * labelCount;
const epsilon = 1e-8;

/** An example as training reads it: its features' offsets into the state, window by window. */
interface Prepared {
  target: number;
  /** `[from, to)` ranges into the feature array: the whole message first, then its windows if long. */
  whole: [number, number];
  windows: [number, number][];
}

/**
 * Every example's features, hashed once, in one array: an example's window is a contiguous slice.
 * Each feature is stored as its slot's offset into the training state; `buckets[slot]` is the
 * bucket the slot stands for.
 */
function prepare(examples: readonly TrainingExample[], options: TrainingOptions) {
  const mask = (1 << options.bits) - 1;
  const features: number[] = [];
  // Slots are given in order of first use, so an example's rarer features sit together in memory
  // and the state holds only the buckets the corpus uses: some 15% less time than by bucket.
  const slotOf = new Int32Array(mask + 1).fill(-1);
  const buckets: number[] = [];
  const prepared = examples.map((example): Prepared => {
    const count = example.tokens.length;
    // tokenStart[i]: where token i's features begin; tokenStart[count]: where the message ends.
    const tokenStart = new Array<number>(count + 1);
    let next = 0;
    const first = features.length;
    visitFeatures(example.tokens, mask, (token, bucket) => {
      while (next <= token) tokenStart[next++] = features.length;
      let slot = slotOf[bucket];
      if (slot < 0) {
        slot = slotOf[bucket] = buckets.length;
        buckets.push(bucket);
      }
      features.push(slot * stride);
    });
    while (next <= count) tokenStart[next++] = features.length;
    const ranges = windows(count, options.window);
    return {
      target: modelLabels.indexOf(example.label),
      whole: [first, features.length],
      windows: ranges.length > 1 ? ranges.map(([start, end]) => [tokenStart[start], tokenStart[end]]) : [],
    };
  });
  return { features: Uint32Array.from(features), prepared, buckets };
}

/** Trains a model on `examples`. Pure: no I/O, no clock, no global randomness. */
export function train(examples: readonly TrainingExample[], options: TrainingOptions): LinearModel {
  return trainer(examples, options)();
}

/**
 * Trains models on `examples`, or on those `include` keeps, hashing their features once for all:
 * cross-validation trains one per fold. `trainer(e, o)(include)` is `train(e.filter(include), o)`.
 */
export function trainer(
  examples: readonly TrainingExample[],
  options: TrainingOptions,
): (include?: (index: number) => boolean) => LinearModel {
  const { features, prepared: all, buckets } = prepare(examples, options);
  return (include = () => true) =>
    trainOn(
      features,
      buckets,
      all.filter((_, index) => include(index)),
      options,
    );
}

function trainOn(
  features: Uint32Array,
  buckets: readonly number[],
  prepared: readonly Prepared[],
  options: TrainingOptions,
): LinearModel {
  // state[s * stride + c]: slot s's weight for label c; state[s * stride + labelCount + c]: its
  // AdaGrad sum of squared gradients. Both 32-bit, as the model's weights are.
  const state = new Float32Array(buckets.length * stride);
  const bias = new Float32Array(labelCount);
  const biasSquares = new Float64Array(labelCount);
  const random = seededRandom(options.seed);
  const logits = new Float64Array(labelCount);
  const p = new Float64Array(labelCount);
  const best = new Float64Array(labelCount);

  /** Probabilities of features `[from, to)` into `p`: bias plus their weights, each weighted 1/√n. */
  const read = (from: number, to: number): void => {
    let l0 = 0;
    let l1 = 0;
    let l2 = 0;
    let l3 = 0;
    let l4 = 0;
    for (let f = from; f < to; f++) {
      const b = features[f];
      l0 += state[b];
      l1 += state[b + 1];
      l2 += state[b + 2];
      l3 += state[b + 3];
      l4 += state[b + 4];
    }
    const n = to - from;
    const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
    logits[0] = bias[0] + l0 * scale;
    logits[1] = bias[1] + l1 * scale;
    logits[2] = bias[2] + l2 * scale;
    logits[3] = bias[3] + l3 * scale;
    logits[4] = bias[4] + l4 * scale;
    softmax(logits, p);
  };

  /**
   * The window of a long message this example teaches through, chosen with the current weights;
   * its probabilities are left in `p`.
   */
  const chosen = (ranges: readonly [number, number][], target: number): [number, number] => {
    let range = ranges[0];
    let bestScore = -Infinity;
    for (const candidate of ranges) {
      read(candidate[0], candidate[1]);
      // A positive is read where its own kind is likeliest; a negative where any crisis is.
      const score = target === 0 ? 1 - p[0] : p[target];
      if (score > bestScore) {
        bestScore = score;
        range = candidate;
        best.set(p);
      }
    }
    p.set(best);
    return range;
  };

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const index of shuffled(prepared.length, random)) {
      const { target, whole, windows: ranges } = prepared[index];
      if (whole[0] === whole[1]) continue;
      let from: number;
      let to: number;
      if (ranges.length === 0 || epoch < options.wholeEpochs) {
        [from, to] = whole;
        read(from, to);
      } else {
        [from, to] = chosen(ranges, target);
      }
      const scale = 1 / Math.sqrt(to - from);
      const rate = options.learningRate;
      const g0 = (p[0] - (target === 0 ? 1 : 0)) * scale;
      const g1 = (p[1] - (target === 1 ? 1 : 0)) * scale;
      const g2 = (p[2] - (target === 2 ? 1 : 0)) * scale;
      const g3 = (p[3] - (target === 3 ? 1 : 0)) * scale;
      const g4 = (p[4] - (target === 4 ? 1 : 0)) * scale;
      const s0 = rate * g0;
      const s1 = rate * g1;
      const s2 = rate * g2;
      const s3 = rate * g3;
      const s4 = rate * g4;
      const q0 = g0 * g0;
      const q1 = g1 * g1;
      const q2 = g2 * g2;
      const q3 = g3 * g3;
      const q4 = g4 * g4;
      for (let f = from; f < to; f++) {
        const b = features[f];
        // The sum is stored as a 32-bit float and the step is taken from what was stored.
        const a0 = (state[b + 5] = Math.fround(state[b + 5] + q0));
        const a1 = (state[b + 6] = Math.fround(state[b + 6] + q1));
        const a2 = (state[b + 7] = Math.fround(state[b + 7] + q2));
        const a3 = (state[b + 8] = Math.fround(state[b + 8] + q3));
        const a4 = (state[b + 9] = Math.fround(state[b + 9] + q4));
        state[b] -= s0 / Math.sqrt(a0 + epsilon);
        state[b + 1] -= s1 / Math.sqrt(a1 + epsilon);
        state[b + 2] -= s2 / Math.sqrt(a2 + epsilon);
        state[b + 3] -= s3 / Math.sqrt(a3 + epsilon);
        state[b + 4] -= s4 / Math.sqrt(a4 + epsilon);
      }
      for (let c = 0; c < labelCount; c++) {
        const g = p[c] - (c === target ? 1 : 0);
        biasSquares[c] += g * g;
        bias[c] -= (options.learningRate * g) / Math.sqrt(biasSquares[c] + epsilon);
      }
    }
  }

  const weights = new Float32Array((1 << options.bits) * labelCount);
  buckets.forEach((bucket, slot) =>
    weights.set(state.subarray(slot * stride, slot * stride + labelCount), bucket * labelCount),
  );
  return { bits: options.bits, weights, bias, window: options.window };
}
