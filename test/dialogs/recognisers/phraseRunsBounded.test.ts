import { expect } from 'chai';
import { longestClosing, longestOpening, longestRun } from '../../../dialogs/recognisers/phraseRuns';

/**
 * H487: every run of a reply's words was tried as a phrase, each joined and normalised, so a long
 * reply cost its length squared (a 32 KB message of U+FDFA, 190,000 characters once NFKC has read
 * it, held its turn for minutes). Runs are now tried up to `longestRun` words, more than any phrase.
 */
describe('Phrase runs: a long reply is not read in every run of its words', () => {
  const words = Array.from({ length: 5_000 }, (_, n) => `w${n}`);

  it('tries at most longestRun openings and closings of 5,000 words', () => {
    let tried = 0;
    const never = (): boolean => ((tried += 1), false);
    expect(longestOpening(words, 0, never)).to.equal(0);
    expect(longestClosing(words, 0, never)).to.equal(words.length);
    expect(tried).to.be.at.most(2 * longestRun);
  });

  it('still finds a phrase at the start or the end of a long reply, and the longest of two', () => {
    const said = ['thank', 'you', 'very', 'much', ...words.slice(0, 1_000), 'cheers', 'then'];
    const thanks = new Set(['thank you', 'thank you very much', 'cheers then', 'then']);
    expect(longestOpening(said, 0, (run) => thanks.has(run))).to.equal(4);
    expect(longestClosing(said, 0, (run) => thanks.has(run))).to.equal(said.length - 2);
  });

  it('keeps a phrase of longestRun words and leaves the word after it', () => {
    const phrase = words.slice(0, longestRun);
    const is = (run: string): boolean => run === phrase.join(' ');
    expect(longestOpening([...phrase, 'after'], 0, is)).to.equal(longestRun);
  });
});
