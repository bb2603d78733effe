/**
 * Name and yes/no fixes (brief dialog26), each tried as a person would say it over SMS (no
 * buttons) and on web chat:
 * 1. "she is very forgetful now" at the person's name was kept as the name "Very Forgetful Now" (H241).
 * 2. A real surname close to a listed condition ("Jean Hart", "jean parkinson") was cut off the name,
 *    and the condition offered (H239).
 * 3. "Y1" at a yes/no question was "Sorry, I didn't understand", and said again kept as their words.
 * 4. Sentences at a name question never reached the offer to skip that other unreadable answers do.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { samForRon } from '../support/carerScripts';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { atQuestion, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** A carer's sentence describing the person, said where a name is asked. */
const descriptions = [
  'she is very forgetful now',
  'he is very forgetful',
  "she's getting forgetful",
  'she is deaf',
  'he is really confused these days',
  // Review 26: read from `describingNotName`, no longer `notAName`.
  'she is still the same',
];

/** Real surnames a listed condition's name is close to, but not the condition itself. */
const surnames = ['Jean Hart', 'jean hart', 'Jean Parkinson', 'Tom Bone', 'Jo Hipps'];

/** A yes or no typed with a number stuck to it. */
const yesNoWithNumber = ['Y1', 'y1', 'N1', 'Y 1', '1y', 'yes1'];

for (const channelId of ['webchat', 'sms'] as const) {
  const skipOffer = channelId === 'sms' ? /Reply SKIP to move on/ : /Say 'skip' to move on/;

  describe(`Dialog 26: a sentence about the person where a name is asked, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const said of descriptions) {
      it(`keeps no name from "${said}" where the person's name is asked, and asks again kindly`, async () => {
        const reply = await atQuestion(app.client, 'subject.name', said, samForRon);

        expect(lastQuestion(reply), allText(reply)).to.equal('subject.name');
        expect(allText(reply)).to.match(/rather than a name|not a name/);
        expect(await storedValue(app.running, 'subject.name')).to.equal(undefined);
      });
    }

    it(`keeps no name from "she is very forgetful now" where the carer's own name is asked`, async () => {
      const reply = await atQuestion(app.client, 'respondent.name', 'she is very forgetful now', samForRon);

      expect(lastQuestion(reply), allText(reply)).to.equal('respondent.name');
      expect(await storedValue(app.running, 'respondent.name')).to.equal(undefined);
    });

    for (const [said, name] of [
      ['she is Jean', 'Jean'],
      ['she is jean', 'Jean'],
      ["he's Frank", 'Frank'],
    ]) {
      it(`still keeps the name in "${said}"`, async () => {
        await atQuestion(app.client, 'subject.name', said, samForRon);

        expect(await storedValue(app.running, 'subject.name')).to.equal(name);
      });
    }
  });

  describe(`Dialog 26: a surname close to a condition, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const said of surnames) {
      it(`keeps "${said}" whole as the name, and offers no condition from it`, async () => {
        const name = said.replace(
          /(^|\s)(\p{Ll})/gu,
          (_, before: string, letter: string) => before + letter.toUpperCase(),
        );
        const reply = await walkTo((text) => app.client.say(text), 'conditions', {
          ...samForRon,
          'subject.name': said,
        });

        expect((await onlyRecord(app.running)).answers['subject.name']?.value).to.equal(name);
        expect(allText(reply)).to.not.match(/You said/);
      });
    }
  });

  describe(`Dialog 26: a yes or no with a number stuck to it, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const said of yesNoWithNumber) {
      it(`notes nothing from "${said}" at a yes/no question, and says why`, async () => {
        const reply = await atQuestion(app.client, 'mood.down', said, samForRon);

        expect(lastQuestion(reply), allText(reply)).to.equal('mood.down');
        expect(allText(reply)).to.match(/number/i);
        expect((await onlyRecord(app.running)).answers['mood.down']).to.equal(undefined);
      });
    }

    // Said again, words that are not yes or no are kept as said: "Y1" would go on the plan as the answer.
    it('never keeps "Y1" said twice as their own words, and says what will do', async () => {
      await atQuestion(app.client, 'respondent.personAgrees', 'Y1', samForRon);
      const reply = await app.client.say('Y1');

      expect(lastQuestion(reply), allText(reply)).to.equal('respondent.personAgrees');
      expect((await onlyRecord(app.running)).answers['respondent.personAgrees']).to.equal(undefined);
      expect(allText(reply)).to.match(/I need an answer to this one/);
    });
  });

  describe(`Dialog 26: sentences at a name question reach the offer to skip, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    it('offers to skip at the second sentence, not the first', async () => {
      const first = await atQuestion(app.client, 'subject.name', "she's got dementia", samForRon);
      const second = await app.client.say('she has diabetes');

      expect(allText(first)).to.not.match(skipOffer);
      expect(lastQuestion(second), allText(second)).to.equal('subject.name');
      expect(allText(second)).to.match(skipOffer);
    });

    it('offers to skip after a sentence and then a name it cannot read', async () => {
      await atQuestion(app.client, 'respondent.name', 'he has copd', samForRon);
      const reply = await app.client.say('123');

      expect(allText(reply)).to.match(skipOffer);
    });
  });
}
