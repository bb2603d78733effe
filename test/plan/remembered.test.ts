import { expect } from 'chai';
import { bare, normalise } from '../../plan/normalise';
import { remembered } from '../../plan/remembered';

describe('remembered readings', () => {
  it('reads a text once while it is among the last ones read', () => {
    const read: string[] = [];
    const upper = remembered((text) => {
      read.push(text);
      return text.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a'), upper('b')]).to.deep.equal(['A', 'B', 'A', 'B']);
    expect(read).to.deep.equal(['a', 'b']);
  });

  it('forgets the text kept longest once more are read than it keeps', () => {
    const read: string[] = [];
    const upper = remembered((text) => {
      read.push(text);
      return text.toUpperCase();
    }, 2);
    for (const text of ['a', 'b', 'c', 'a']) upper(text);
    expect(read).to.deep.equal(['a', 'b', 'c', 'a']);
  });

  it('gives every text its own reading, the empty one included', () => {
    expect([normalise('Hello,  WORLD!'), normalise(''), normalise('Hello,  WORLD!')]).to.deep.equal([
      'hello world',
      '',
      'hello world',
    ]);
    expect([bare("Don't"), bare('dont'), bare("Don't")]).to.deep.equal(['dont', 'dont', 'dont']);
  });
});
