/**
 * A count of questions back ("go back 3 questions") is read only beside a word for questions:
 * every other word was once asked of recognizers-text as a number, which cost 0.7 s for a
 * message of 1,000 everyday words, on the main thread, on every turn at a question.
 */
import { expect } from 'chai';
import { createPhrases } from '../../../dialogs/recognisers/phrases';
import { questionsBack } from '../../../dialogs/recognisers/questionsBack';

const phrases = createPhrases();
const everyday = 'my daughter helps and i walk slowly to the shops with her on good days '.repeat(67).trim();

describe('Reading how many questions back a message asks for', () => {
  it('reads a message of 1,000 everyday words in well under 100 ms', () => {
    questionsBack('warm up', phrases, 'en-GB');
    const started = process.hrtime.bigint();
    const read = questionsBack(everyday, phrases, 'en-GB');
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(read).to.equal(undefined);
    expect(ms).to.be.below(100);
  });

  for (const [said, back] of [
    [`${everyday} can i go back 3 questions`, 3],
    [`${everyday} change the answer from two questions ago`, 2],
    ['go back three questions', 3],
    ['the answer from 2 questions ago please', 2],
  ] as const) {
    it(`still reads ${back} from "…${said.slice(-40)}"`, () => {
      expect(questionsBack(said, phrases, 'en-GB')).to.equal(back);
    });
  }

  for (const said of [
    'the nurse asked me three questions about her memory',
    `${everyday} 3 questions`,
    'go back 12 questions',
    'i walk 3 times a day',
  ]) {
    it(`reads no count back from "…${said.slice(-40)}"`, () => {
      expect(questionsBack(said, phrases, 'en-GB')).to.equal(undefined);
    });
  }
});
