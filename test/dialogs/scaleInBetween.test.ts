/**
 * An answer between two points on a 0–10 scale ("7.5", "5-6", "between 5 and 6") was noted as the
 * lower whole number, a number the person never gave. It is now asked about once, naming the two,
 * and only a clear whole number is noted. Found trying the bot as new users.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

/** On to the first goal's "how important is it?". */
const toImportance = [...personToFirstGoal(), 'walk to the park'];
/** On to the first goal's "how confident do you feel?". */
const toConfidence = [...toImportance, '8', 'walk after lunch', 'skip'];

const inBetween: Array<[string, string, string]> = [
  ['7.5', '7 or 8', '8'],
  ['5-6', '5 or 6', '6'],
  ['5 to 6', '5 or 6', '5'],
  ['between 5 and 6', '5 or 6', '6'],
  ['six and a half', '6 or 7', '7'],
  ['7½', '7 or 8', '8'],
  ['7 1/2', '7 or 8', '7'],
  ['6⅓', '6 or 7', '6'],
];

for (const channelId of channels) {
  describe(`A 0–10 answer between two numbers on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const [said, named, then] of inBetween) {
      it(`asks "${named}?" after "${said}" for how important, noting nothing until "${then}"`, async () => {
        await sayAll(fresh.client, toImportance);
        const asked = await fresh.client.say(said);
        expect(lastQuestion(asked), allText(asked)).to.equal('goal.1.importance');
        expect(allText(asked)).to.include(`${named}?`);
        expect((await onlyRecord(fresh.running)).answers['goal.1.importance']).to.equal(undefined);
        const answered = await fresh.client.say(then);
        expect(lastQuestion(answered), allText(answered)).to.equal('goal.1.action');
        expect((await onlyRecord(fresh.running)).answers['goal.1.importance']?.value).to.equal(Number(then));
      });
    }

    it('asks "7 or 8?" after "7.5" for how confident, and notes the whole number that follows', async () => {
      await sayAll(fresh.client, toConfidence);
      const asked = await fresh.client.say('7.5');
      expect(lastQuestion(asked), allText(asked)).to.equal('goal.1.confidence');
      expect(allText(asked)).to.include('7 or 8?');
      expect((await onlyRecord(fresh.running)).answers['goal.1.confidence']).to.equal(undefined);
      await fresh.client.say('7');
      expect((await onlyRecord(fresh.running)).answers['goal.1.confidence']?.value).to.equal(7);
    });

    // "7 not 5" was asked about as "5 or 7?", "70%" called out of range and "7ish" not understood.
    // Markup round a number is the number: "<b>7</b>" is 7.
    for (const said of ['7', 'seven', '7/10', '7 out of 10', 'about 7', '7 not 5', '70%', '7ish', '<b>7</b>']) {
      it(`still notes "${said}" as 7 straight away`, async () => {
        await sayAll(fresh.client, toImportance);
        const result = await fresh.client.say(said);
        expect(lastQuestion(result), allText(result)).to.equal('goal.1.action');
        expect((await onlyRecord(fresh.running)).answers['goal.1.importance']?.value).to.equal(7);
      });
    }

    for (const said of ['7:30', '12/5', '12.05.2024', '5-6-2024']) {
      it(`notes no number for "${said}", a time or a date, and asks again`, async () => {
        await sayAll(fresh.client, toImportance);
        const result = await fresh.client.say(said);
        expect(lastQuestion(result), allText(result)).to.equal('goal.1.importance');
        expect(allText(result)).to.match(/0 to 10/);
        expect((await onlyRecord(fresh.running)).answers['goal.1.importance']).to.equal(undefined);
      });
    }

    // Pasted markup is no score: "<script>alert(1)</script>" was noted as 1 out of 10, a number
    // inside a tag or its attributes as if the person had chosen it.
    for (const said of ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '<a href="3">link</a>']) {
      it(`notes no number for "${said}", markup, and asks kindly for one`, async () => {
        await sayAll(fresh.client, toImportance);
        const result = await fresh.client.say(said);
        expect(lastQuestion(result), allText(result)).to.equal('goal.1.importance');
        expect(allText(result)).to.match(/0 to 10/);
        expect(allText(result)).to.not.match(/out of 10/);
        expect((await onlyRecord(fresh.running)).answers['goal.1.importance']).to.equal(undefined);
      });
    }

    // "3 stars" was noted as 3 out of 10 (explore 23): another scale is no point on this one.
    for (const said of ['3 stars', '4 out of 5']) {
      it(`notes no number for "${said}", on another scale, and asks kindly for one from 0 to 10`, async () => {
        await sayAll(fresh.client, toImportance);
        const result = await fresh.client.say(said);
        expect(lastQuestion(result), allText(result)).to.equal('goal.1.importance');
        expect(allText(result)).to.match(/0 to 10/);
        expect(allText(result)).to.not.match(/out of 10/);
        expect((await onlyRecord(fresh.running)).answers['goal.1.importance']).to.equal(undefined);
      });
    }

    // Review 23 #10: a scale word anywhere in the reply ("a star grandma") refused a plain score.
    for (const said of ['9, I want to be a star grandma again', '9 and a thumbs up from my GP']) {
      it(`notes 9 from "${said}", the scale word going with no number`, async () => {
        await sayAll(fresh.client, toImportance);
        const result = await fresh.client.say(said);
        expect(allText(result)).to.not.match(/not stars or marks out of 5/);
        expect((await onlyRecord(fresh.running)).answers['goal.1.importance']?.value).to.equal(9);
      });
    }

    // "½" was noted as 0 out of 10, "does not matter to me", the fraction dropped.
    for (const said of ['½', '¾']) {
      it(`notes no number for "${said}" alone, and asks again for one from 0 to 10`, async () => {
        await sayAll(fresh.client, toImportance);
        const result = await fresh.client.say(said);
        expect(lastQuestion(result), allText(result)).to.equal('goal.1.importance');
        expect(allText(result)).to.match(/0 to 10/);
        expect(allText(result)).to.not.match(/out of 10/);
        expect((await onlyRecord(fresh.running)).answers['goal.1.importance']).to.equal(undefined);
      });
    }
  });
}
