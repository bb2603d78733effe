/**
 * Feeling lower than ever, or than in years, said at a Whooley question: "haven't felt this low in
 * years", "never felt lower". Each was "Sorry, I didn't understand" and the question came again,
 * at the first question and at the second; they say more than a yes to feeling down, so they are a
 * yes to the first question and a positive screen (H84). "Never felt better" is never a yes.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { carerAnswers } from '../support/resultsChat';
import { atQuestion, plainPersonAnswers } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Who answers, by the answers that walk to the mood questions. */
const voices = { person: plainPersonAnswers, carer: carerAnswers } as const;

interface Said {
  by: keyof typeof voices;
  words: string;
}

const lowerThanEver: readonly Said[] = [
  { by: 'person', words: "haven't felt this low in years" },
  { by: 'person', words: 'never felt lower' },
  { by: 'person', words: "I've never felt lower" },
  { by: 'person', words: "I haven't felt so low in ages" },
  { by: 'person', words: 'not been this down for a long time' },
  { by: 'person', words: "I haven't been this depressed in years" },
  { by: 'carer', words: "she's never been lower" },
  { by: 'carer', words: "he hasn't been this low in years" },
];

/** Near misses: a no, a measure, or a comparison that says less. None of them is a yes. */
const neverYes: readonly Said[] = [
  { by: 'person', words: 'never felt better' },
  { by: 'person', words: "I haven't felt low in years" },
  { by: 'person', words: "I haven't felt this good in years" },
  { by: 'person', words: "I've been lower" },
  { by: 'person', words: 'not felt lower than usual' },
  { by: 'person', words: "I've not been so low lately" },
];

describe('Lower than ever, or than in years, at a mood question', () => {
  const fresh = freshAppPerTest('webchat');

  for (const said of lowerThanEver) {
    it(`notes a ${said.by}'s "${said.words}" at the first mood question as yes, a positive screen`, async () => {
      const reply = await atQuestion(fresh.client, 'mood.down', said.words, voices[said.by]);
      expect(lastQuestion(reply), allText(reply)).to.equal('mood.interest');
      expect(await storedValue(fresh.running, 'mood.down')).to.equal(true);
      const record = await onlyRecord(fresh.running);
      expect(record.flags.map((flag) => flag.kind)).to.include('moodScreenPositive');
    });
  }

  for (const said of neverYes) {
    it(`never notes a ${said.by}'s "${said.words}" at the first mood question as yes`, async () => {
      const reply = await atQuestion(fresh.client, 'mood.down', said.words, voices[said.by]);
      expect(await storedValue(fresh.running, 'mood.down'), allText(reply)).to.not.equal(true);
      const record = await onlyRecord(fresh.running);
      expect(record.flags.map((flag) => flag.kind)).to.not.include('moodScreenPositive');
    });
  }

  // Said at the second question after a no to the first, they answer the first: it is put right (a
  // yes, the screen positive) and the second asked again, nothing noted for it.
  for (const said of [...lowerThanEver.slice(0, 3), { by: 'person', words: "I've been feeling down" } as const]) {
    it(`takes "${said.words}" at the second mood question as yes to the first, asking the second again`, async () => {
      const reply = await atQuestion(fresh.client, 'mood.interest', said.words, {
        ...voices[said.by],
        'mood.down': 'no',
      });
      expect(lastQuestion(reply), allText(reply)).to.equal('mood.interest');
      expect(allText(reply)).to.match(/changed your answer to the first question to yes/);
      expect(await storedValue(fresh.running, 'mood.down')).to.equal(true);
      expect(await storedValue(fresh.running, 'mood.interest')).to.equal(undefined);
      const record = await onlyRecord(fresh.running);
      expect(record.flags.map((flag) => flag.kind)).to.include('moodScreenPositive');
    });
  }

  for (const words of ['never felt better', "I've lost interest in everything"]) {
    it(`leaves the first answer as it was for "${words}" at the second mood question`, async () => {
      await atQuestion(fresh.client, 'mood.interest', words, { ...plainPersonAnswers, 'mood.down': 'no' });
      expect(await storedValue(fresh.running, 'mood.down')).to.equal(false);
    });
  }
});
