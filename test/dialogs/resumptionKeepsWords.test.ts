/**
 * Words sent to a question days after it was asked are not taken as its answer unseen (the person
 * may no longer have the question in mind), and are not dropped either: the recap, then the same
 * question with an offer to keep them; a yes keeps them whole. Found playing people coming back
 * (an answer typed after three days was silently lost behind the welcome back).
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { personToFirstGoal } from '../support/scripts';
import { withClockedApp } from '../support/startApp';

/** Jean on to her first goal's "What might stop you?". */
const toBarriers = [...personToFirstGoal(), 'walk to the park', '5', 'walk after lunch'];

/** Three days, in minutes. */
const threeDays = 3 * 24 * 60;

for (const channelId of ['webchat', 'msteams', 'sms'] as const) {
  describe(`Words sent after a long gap on ${channelId}`, () => {
    it('recaps, asks the question again with the words said back, and keeps them on a yes', () =>
      withClockedApp(channelId, async ({ running, client, later }) => {
        await sayAll(client, toBarriers);
        later(threeDays);
        const back = await client.say('the weather if it rains');

        expect(allText(back)).to.match(/Welcome back/);
        expect(allText(back)).to.include('the weather if it rains');
        expect(lastQuestion(back)).to.equal('goal.1.barriers');
        expect(await storedValue(running, 'goal.1.barriers')).to.equal(undefined);

        const kept = await client.say('yes');
        expect(await storedValue(running, 'goal.1.barriers'), allText(kept)).to.equal('the weather if it rains');
        expect(lastQuestion(kept)).to.equal('goal.1.confidence');
      }));

    it('takes a new answer to the question in place of the words offered', () =>
      withClockedApp(channelId, async ({ running, client, later }) => {
        await sayAll(client, toBarriers);
        later(threeDays);
        await client.say('the weather if it rains');
        const answered = await client.say('my knee');

        expect(await storedValue(running, 'goal.1.barriers'), allText(answered)).to.equal('my knee');
        expect(lastQuestion(answered)).to.equal('goal.1.confidence');
      }));

    for (const no of ['no', 'no thanks']) {
      it(`asks the question again on "${no}" to the offer, noting nothing`, () =>
        withClockedApp(channelId, async ({ running, client, later }) => {
          await sayAll(client, toBarriers);
          later(threeDays);
          await client.say('the weather if it rains');
          const again = await client.say(no);

          expect(await storedValue(running, 'goal.1.barriers'), allText(again)).to.equal(undefined);
          expect(lastQuestion(again)).to.equal('goal.1.barriers');
        }));
    }

    for (const word of ['yes', 'no', 'ok']) {
      it(`offers nothing to keep when "${word}" alone comes days later, asking the question again`, () =>
        withClockedApp(channelId, async ({ running, client, later }) => {
          await sayAll(client, toBarriers);
          later(threeDays);
          const back = await client.say(word);

          expect(allText(back)).to.not.match(/You sent/);
          expect(lastQuestion(back)).to.equal('goal.1.barriers');
          expect(await storedValue(running, 'goal.1.barriers')).to.equal(undefined);
        }));
    }

    it('keeps the words on the yes the offer asked for, said after asking for help', () =>
      withClockedApp(channelId, async ({ running, client, later }) => {
        await sayAll(client, toBarriers);
        later(threeDays);
        await client.say('the weather if it rains');
        await client.say('help');
        const kept = await client.say('yes');

        expect(await storedValue(running, 'goal.1.barriers'), allText(kept)).to.equal('the weather if it rains');
      }));

    it('says back only the start of a long message, and keeps it whole on a yes', () =>
      withClockedApp(channelId, async ({ running, client, later }) => {
        await sayAll(client, toBarriers);
        later(threeDays);
        const long = `my knee ${'and the stairs at the station '.repeat(20)}`.trim();
        const back = await client.say(long);
        expect(allText(back)).to.not.include(long);
        expect(allText(back)).to.include('my knee and the stairs');

        await client.say('yes');
        expect(await storedValue(running, 'goal.1.barriers')).to.equal(long);
      }));

    it('asks a 0 to 10 question again as it was, keeping no number sent days later', () =>
      withClockedApp(channelId, async ({ running, client, later }) => {
        await sayAll(client, [...personToFirstGoal(), 'walk to the park']);
        later(threeDays);
        const back = await client.say('7');

        expect(allText(back)).to.match(/Welcome back/);
        expect(lastQuestion(back)).to.equal('goal.1.importance');
        expect(await storedValue(running, 'goal.1.importance')).to.equal(undefined);
      }));
  });
}
