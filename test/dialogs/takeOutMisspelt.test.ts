/**
 * Dialog 29 (H383): asking to take out an earlier answer with its words misspelt ("delet what I said
 * about lonley", "tak out the bit about my nees") was noted as Dot's first goal ("Thanks, I've
 * noted"), and an ask spelt right with the answer's words misspelt found nothing. They are read with
 * the spelling tolerance the lists of the journey use: the answer is found and she is taken back to
 * it, as when spelt right. Through the real bot at the first goal, on web chat and SMS.
 */
import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

/** Dot for herself, with COPD, to the first goal: "my knees" hard, "lonely" how she feels. */
const dotWithKnees = [
  'hi',
  'me',
  'Dot',
  'copd',
  'my church',
  'my neighbour',
  'my knees',
  'bingo',
  'Pat next door',
  'lonely',
];

for (const channelId of ['webchat', 'sms'])
  describe(`Dialog 29: taking out an answer in misspelt words, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const [words, linkId, answer] of [
      ['delet what I said about lonley', 'whatMatters.feelings', 'lonely'],
      ['tak out the bit about my nees', 'whatMatters.hard', 'my knees'],
      ['please delte what I said about being lonley', 'whatMatters.feelings', 'lonely'],
      ['remove my answer about the bingp', 'whatMatters.wouldLikeTo', 'bingo'],
      ['can you remvoe what I said about my knes', 'whatMatters.hard', 'my knees'],
      ['delete what I said about lonely', 'whatMatters.feelings', 'lonely'],
    ] as const) {
      it(`takes her back to "${answer}" on "${words}", noting no goal`, async () => {
        await sayAll(app.client, dotWithKnees);
        const answered = await app.client.say(words);

        expect(await storedValue(app.running, 'goal.1.text'), allText(answered)).to.equal(undefined);
        expect(answered.questions.at(-1)?.linkId, allText(answered)).to.equal(linkId);
        expect(allText(answered)).to.include(answer);
      });
    }

    it('finds nothing for words no answer has, however close the ask is spelt', async () => {
      await sayAll(app.client, dotWithKnees);
      const answered = await app.client.say('delet what I said about the weather');

      expect(await storedValue(app.running, 'goal.1.text'), allText(answered)).to.equal(undefined);
      expect(await storedValue(app.running, 'whatMatters.feelings')).to.equal('lonely');
      expect(answered.questions.at(-1)?.linkId, allText(answered)).to.equal('goal.1.text');
    });

    it('keeps a goal that only starts like the ask ("take out the bins every week")', async () => {
      await sayAll(app.client, dotWithKnees);
      const answered = await app.client.say('tak out the bins every week');

      expect(await storedValue(app.running, 'goal.1.text'), allText(answered)).to.equal('tak out the bins every week');
    });
  });
