import { expect } from 'chai';

/**
 * Expects every one of `wanted` in `within` (a text, or a list of whole lines), each after the
 * one before it.
 */
export function expectInOrder(within: string | readonly string[], wanted: readonly string[]): void {
  const positions = wanted.map((item) => within.indexOf(item));
  expect(
    positions.every((p) => p >= 0),
    `not found: ${wanted.filter((_, i) => positions[i] < 0).join(' | ')}`,
  ).to.equal(true);
  expect(
    [...positions].sort((x, y) => x - y),
    'out of order',
  ).to.deep.equal(positions);
}
