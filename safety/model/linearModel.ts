/**
 * The learned layer: a multinomial logistic regression over hashed word, word-pair and
 * character n-gram features (the model fastText trains, without its embedding step), read over
 * windows of the message so the riskiest stretch decides.
 *
 * It runs in-process with no native code and no download: the weights are a committed file,
 * rebuilt from the committed corpus by `npm run safety:train`.
 */
import { z } from 'zod';
import { crisisKindSchema, type CrisisKind } from '../kinds';
import { visitFeatures, windows, type WindowShape } from './features';

/** What the model tells apart: no crisis, or one of the crisis kinds. */
export const modelLabelSchema = z.union([z.literal('none'), crisisKindSchema]);
export type ModelLabel = z.infer<typeof modelLabelSchema>;

/** The model's labels, in the order of its weight columns. */
export const modelLabels = [
  'none',
  'suicide',
  'selfHarm',
  'harmOthers',
  'medicalEmergency',
] as const satisfies readonly ModelLabel[];

/** A model in memory: `weights[bucket * labels + label]`. */
export interface LinearModel {
  bits: number;
  weights: Float32Array;
  bias: Float32Array;
  window: WindowShape;
}

/** The model's reading of a message: how likely any crisis is, and which kind is likeliest. */
export interface ModelScore {
  /** 1 − P(none) in the riskiest window. */
  risk: number;
  kind: CrisisKind;
}

const labelCount = modelLabels.length;

/** Softmax of `logits` into `out` (both of length labelCount). */
export function softmax(logits: Float64Array, out: Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < labelCount; c++) max = Math.max(max, logits[c]);
  let sum = 0;
  for (let c = 0; c < labelCount; c++) {
    out[c] = Math.exp(logits[c] - max);
    sum += out[c];
  }
  for (let c = 0; c < labelCount; c++) out[c] /= sum;
}

/** The likeliest crisis kind in a probability vector (column 0 is "none"). */
export function likeliestKind(p: Float64Array): CrisisKind {
  let best = 1;
  for (let c = 2; c < labelCount; c++) if (p[c] > p[best]) best = c;
  return modelLabels[best] as CrisisKind;
}

/** Running totals reused from message to message: scoring makes no garbage in the common case. */
let prefix = new Float64Array(0);
let sizes = new Float64Array(0);

/**
 * Scores a message's tokens: every window is read and the riskiest decides. Per-token sums are
 * added once and windows are read from running totals, so a 20,000-character answer costs about
 * what reading it once does.
 */
export function scoreTokens(model: LinearModel, tokens: readonly string[]): ModelScore {
  const count = tokens.length;
  if (prefix.length < (count + 1) * labelCount) {
    prefix = new Float64Array((count + 1) * labelCount * 2);
    sizes = new Float64Array((count + 1) * 2);
  }
  // prefix[(i + 1) * labelCount + c]: the sum of every weight of tokens 0..i for label c.
  prefix.fill(0, 0, (count + 1) * labelCount);
  sizes.fill(0, 0, count + 1);
  const { weights } = model;
  visitFeatures(tokens, (1 << model.bits) - 1, (token, bucket) => {
    const to = (token + 1) * labelCount;
    const base = bucket * labelCount;
    for (let c = 0; c < labelCount; c++) prefix[to + c] += weights[base + c];
    sizes[token + 1] += 1;
  });
  for (let i = 1; i <= count; i++) {
    for (let c = 0; c < labelCount; c++) prefix[i * labelCount + c] += prefix[(i - 1) * labelCount + c];
    sizes[i] += sizes[i - 1];
  }
  const logits = new Float64Array(labelCount);
  const p = new Float64Array(labelCount);
  let best: ModelScore = { risk: 0, kind: 'suicide' };
  for (const [start, end] of windows(count, model.window)) {
    const n = sizes[end] - sizes[start];
    const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
    for (let c = 0; c < labelCount; c++) {
      logits[c] = model.bias[c] + (prefix[end * labelCount + c] - prefix[start * labelCount + c]) * scale;
    }
    softmax(logits, p);
    const risk = 1 - p[0];
    if (risk > best.risk) best = { risk, kind: likeliestKind(p) };
  }
  return best;
}
