import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';
import { expect } from 'chai';
import { everySource } from './screenSources';

/** Whether `node` can be reached before the regex has read a character: nothing but assertions before it. */
function leading(node: AST.Node): boolean {
  const { parent } = node;
  if (parent === null || parent.type === 'Pattern' || parent.type === 'RegExpLiteral') return true;
  if (parent.type === 'Alternative') {
    const before = parent.elements.slice(0, parent.elements.indexOf(node as AST.Element));
    return before.every((element) => element.type === 'Assertion') && leading(parent);
  }
  if (parent.type === 'Quantifier' || parent.type === 'Group' || parent.type === 'CapturingGroup') {
    return leading(parent);
  }
  return false;
}

/**
 * The lookbehinds of `source` that the regex tries at every place in a text, before reading
 * anything, and that hold an unbounded repetition (`*`, `+`, `{n,}`).
 */
function costlyLookbehinds(source: string): string[] {
  const found: string[] = [];
  const pattern = new RegExpParser().parsePattern(source, 0, source.length, { unicode: false });
  visitRegExpAST(pattern, {
    onAssertionEnter(node: AST.Assertion) {
      if (node.kind !== 'lookbehind' || !leading(node)) return;
      let unbounded = false;
      visitRegExpAST(node, {
        onQuantifierEnter(quantifier: AST.Quantifier) {
          if (quantifier.max === Infinity) unbounded = true;
        },
      });
      if (unbounded) found.push(node.raw);
    },
  });
  return found;
}

describe('the crisis regexes on a long message', () => {
  // A lookbehind at the start of a regex is tried at every place in the text and read backwards
  // from there: an unbounded repetition in it (`\w*`, `[\s\S]*`) runs back over the whole word, or
  // the whole text, each time, so the work grows with the square of the message's length. Three
  // such cues took a second of the event loop for a message of 25,000 letters (the screen reads
  // 20,000 characters) before their repetitions were bounded or their look back moved to the end.
  it('tries no lookbehind with an unbounded repetition at every place in a message', () => {
    const problems = everySource().flatMap(({ id, source }) =>
      costlyLookbehinds(source).map((lookbehind) => `${id}: ${lookbehind}`),
    );
    expect(problems).to.deep.equal([]);
  });

  it('tells a lookbehind tried everywhere from one tried only after the regex has read something', () => {
    expect(costlyLookbehinds('(?<=\\b(?:haha\\w*) ?)not literally')).to.have.length(1);
    expect(costlyLookbehinds('\\b(?:(?<!\\burges\\b[\\s\\S]*)i do not)')).to.have.length(1);
    expect(costlyLookbehinds('(?<=\\b(?:haha\\w{0,40}) ?)not literally')).to.deep.equal([]);
    expect(costlyLookbehinds('\\bi do not want(?<!\\burges\\b[\\s\\S]*)')).to.deep.equal([]);
  });
});
