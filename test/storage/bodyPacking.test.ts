import { expect } from 'chai';
import { packBody, unpackBody } from '../../storage/bodyPacking';

describe('Record bodies packed for storage', () => {
  const record = JSON.stringify({
    id: 'r1',
    answers: Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`goal.${i}`, { value: `walk to the shop and back ${i} times` }]),
    ),
  });

  it('stores a large body deflated, in much less space, and reads it back exactly', () => {
    const packed = packBody(record);
    expect(packed.startsWith('{')).to.equal(false);
    expect(packed.length).to.be.below(record.length / 3);
    expect(unpackBody(packed)).to.equal(record);
  });

  it('keeps a small body as JSON, and reads a body stored before packing as it is', () => {
    const small = JSON.stringify({ id: 'r2', answers: {} });
    expect(packBody(small)).to.equal(small);
    expect(unpackBody(record)).to.equal(record);
  });

  it('keeps text outside ASCII (names, emoji) intact', () => {
    const text = JSON.stringify({ note: `Zoë 🙂 ${'ünïcödé '.repeat(100)}` });
    expect(unpackBody(packBody(text))).to.equal(text);
  });
});
