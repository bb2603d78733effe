/**
 * Review 29 of dialog 29's spelling tolerance, through the real bot. Forgiving two letters swapped
 * in every list made everyday words another word: "I tried everything" at the topics was noted as
 * Tiredness; "we both knew it was her heart" at the conditions as joints, bones or back ("both" and
 * "right" read as the owner of a misspelt knee); and an ask to take out an answer found the wrong
 * one ("delete what I said about walking" took her to "talking to people" though "walking" was an
 * answer word for word; "about feet" to "I feel lonely"). Misspellings the tolerance is for stay read.
 */
import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Dot for herself, with COPD, to the first goal: "walking" hard, "talking to people" wanted, "I feel lonely". */
const dotToGoal = [
  'hi',
  'me',
  'Dot',
  'copd',
  'my church',
  'my neighbour',
  'walking',
  'talking to people',
  'Pat next door',
  'I feel lonely',
];

for (const channelId of ['webchat', 'sms'])
  describe(`Review 29: spelling tolerance reading too widely, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    async function conditionsFrom(words: string): Promise<string> {
      await sayAll(app.client, ['hi', 'me', 'Ann']);
      const answered = await app.client.say(words);
      const record = await onlyRecord(app.running);
      return `${JSON.stringify(record.answers.conditions?.value ?? null)} | ${allText(answered)}`;
    }

    for (const words of [
      'we both knew it was her heart',
      'diabetes, we both knew',
      'they both knew',
      'I was right, knew it was her heart',
    ]) {
      it(`notes no joints from "${words}"`, async () => {
        expect(await conditionsFrom(words)).to.not.match(/"musculoskeletal"/);
      });
    }

    for (const words of ['her left knew hurts', 'my right knew is swollen', 'both my knew are bad', 'her sore knew']) {
      it(`still notes joints from "${words}"`, async () => {
        expect(await conditionsFrom(words)).to.match(/"musculoskeletal"/);
      });
    }

    async function topicsFrom(words: string): Promise<unknown> {
      await walkTo((said) => app.client.say(said), 'topics.selected', {
        ...plainPersonAnswers,
        conditions: 'diabetes',
      });
      const answered = await app.client.say(words);
      return { topics: await storedValue(app.running, 'topics.selected'), said: allText(answered) };
    }

    for (const [words, wanted] of [
      ['I have tried everything', undefined],
      ['sleep and tried diets', ['sleep', 'healthierEating']],
      ['sleep, tried', ['sleep']],
    ] as const) {
      it(`notes no tiredness from "${words}"`, async () => {
        const { topics, said } = (await topicsFrom(words)) as { topics: unknown; said: string };
        expect(topics ?? [], said).to.not.include('tiredness');
        if (wanted) expect(topics, said).to.deep.equal(wanted);
      });
    }

    for (const words of ['tired', 'sleep and tired', 'tirednes', 'lonley']) {
      it(`still reads the topic in "${words}"`, async () => {
        const { topics, said } = (await topicsFrom(words)) as { topics: string[]; said: string };
        expect(topics, said).to.satisfy((ids: string[]) => ids.includes('tiredness') || ids.includes('loneliness'));
      });
    }

    it('takes her to the answer said word for word before one a letter off ("walking", not "talking")', async () => {
      await sayAll(app.client, dotToGoal);
      const answered = await app.client.say('delete what I said about walking');

      expect(answered.questions.at(-1)?.linkId, allText(answered)).to.equal('whatMatters.hard');
      expect(allText(answered)).to.include('"walking"').and.not.include('"talking to people"');
    });

    it('finds no answer for a short word one letter off a word of one ("feet", not "I feel lonely")', async () => {
      await sayAll(app.client, dotToGoal);
      const answered = await app.client.say('delete what I said about feet');

      expect(allText(answered)).to.not.include('I feel lonely');
      expect(answered.questions.at(-1)?.linkId, allText(answered)).to.equal('goal.1.text');
      expect(await storedValue(app.running, 'whatMatters.feelings')).to.equal('I feel lonely');
    });

    it('still finds a misspelt long word and a silent first letter left off ("lonley")', async () => {
      await sayAll(app.client, dotToGoal);
      const answered = await app.client.say('delet what I said about lonley');

      expect(answered.questions.at(-1)?.linkId, allText(answered)).to.equal('whatMatters.feelings');
    });
  });
