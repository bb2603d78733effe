/**
 * The committed model file, `safety/data/crisis-model.json`: the weights (16-bit, base64) with
 * the manifest that says what made them (corpus hash, seed, options, tool) and the cut-offs chosen
 * by cross-validation. One JSON file, so the build copies it beside the code like the patterns.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { modelLabels, modelLabelSchema, type LinearModel } from './linearModel';

const windowSchema = z.object({ size: z.number().int().positive(), stride: z.number().int().positive() });

/** Schema of the model file. */
export const modelFileSchema = z.object({
  version: z.literal(1),
  labels: z.array(modelLabelSchema),
  bits: z.number().int().min(10).max(22),
  window: windowSchema,
  training: z.object({
    seed: z.number().int(),
    epochs: z.number().int().positive(),
    wholeEpochs: z.number().int().min(0),
    learningRate: z.number().positive(),
    folds: z.number().int().min(2),
    tool: z.string(),
  }),
  corpus: z.object({
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    count: z.number().int().positive(),
    byLabel: z.record(z.string(), z.number().int()),
  }),
  /** Hash of the normalisation map the model was trained behind: a change to it makes the model stale. */
  normalisationHash: z.string().regex(/^[0-9a-f]{64}$/),
  thresholds: z.object({ crisis: z.number().min(0).max(1), checkIn: z.number().min(0).max(1) }),
  allowances: z.object({
    crisis: z.number(),
    checkIn: z.number(),
    routineCrisis: z.number(),
    routineCheckIn: z.number(),
  }),
  /** Out-of-fold figures on the training corpus at the chosen cut-offs, for the safety case. */
  crossValidation: z.record(z.string(), z.string()),
  weights: z.object({ scale: z.number().positive(), bias: z.array(z.number()), sha256: z.string(), data: z.string() }),
});

/** A parsed model file. */
export type ModelFile = z.infer<typeof modelFileSchema>;

/** Hash of a normalisation map, in key order. */
export function normalisationHash(map: Readonly<Record<string, string>>): string {
  const entries = Object.keys(map)
    .sort()
    .map((key) => [key, map[key]]);
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex');
}

/** Weights rounded to 16 bits with one scale: a quarter of the size, the same decisions. */
export function encodeWeights(model: LinearModel): ModelFile['weights'] {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const quantised = new Int16Array(model.weights.length);
  for (let i = 0; i < quantised.length; i++) quantised[i] = Math.round(model.weights[i] / scale);
  const bytes = Buffer.from(quantised.buffer, quantised.byteOffset, quantised.byteLength);
  return {
    scale,
    bias: Array.from(model.bias),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    data: bytes.toString('base64'),
  };
}

/** The model a file holds. Throws when the file is not whole (a build fault, never input). */
export function decodeModel(file: ModelFile): LinearModel {
  if (file.labels.join() !== modelLabels.join()) throw new Error('crisis model labels differ from the code');
  const bytes = Buffer.from(file.weights.data, 'base64');
  if (createHash('sha256').update(bytes).digest('hex') !== file.weights.sha256) {
    throw new Error('crisis model weights do not match their hash');
  }
  const expected = (1 << file.bits) * modelLabels.length;
  if (bytes.byteLength !== expected * 2) throw new Error('crisis model weights have the wrong size');
  const weights = new Float32Array(expected);
  for (let i = 0; i < expected; i++) weights[i] = bytes.readInt16LE(i * 2) * file.weights.scale;
  return { bits: file.bits, weights, bias: Float32Array.from(file.weights.bias), window: file.window };
}
