/**
 * "Carry on", "continue" or "go on" said to the welcome-back recap (which ends "Let's carry on"):
 * going on, never the answer to the question waiting, which is asked again. Only as the whole
 * message: an answer that merely holds the words is still an answer. Found playing people coming
 * back (branch `explore19`, test/explore/findings19.test.ts).
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { personToFirstGoal, plainPersonAnswers, walkTo } from '../support/scripts';
import { withClockedApp } from '../support/startApp';

/** Jean on to her first goal's "What might stop you?". */
const toBarriers = [...personToFirstGoal(), 'walk to the park', '5', 'walk after lunch'];

/** Three days, in minutes. */
const threeDays = 3 * 24 * 60;

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Carrying on after the welcome-back recap on ${channelId}`, () => {
    for (const words of [
      'carry on',
      'ok carry on',
      'Continue',
      'go on',
      "let's carry on",
      'yes carry on',
      'yeah continue',
    ]) {
      it(`takes "${words}" after the recap as going on, asking "What might stop you?" again and noting nothing`, () =>
        withClockedApp(channelId, async ({ running, client, later }) => {
          await sayAll(client, toBarriers);
          later(threeDays);
          const recap = await client.say('hi');
          expect(allText(recap)).to.include("Let's carry on");
          const result = await client.say(words);

          expect(await storedValue(running, 'goal.1.barriers'), allText(result)).to.equal(undefined);
          expect(lastQuestion(result)).to.equal('goal.1.barriers');
        }));
    }

    it('takes "carry on" after the recap at a yes/no question as going on, never as not understood', () =>
      withClockedApp(channelId, async ({ running, client, later }) => {
        await walkTo((text) => client.say(text), 'mood.down', plainPersonAnswers);
        later(threeDays);
        await client.say('hi');
        const result = await client.say('carry on');

        expect(allText(result)).to.not.match(/didn't understand|Sorry|not sure if that means/);
        expect(await storedValue(running, 'mood.down'), allText(result)).to.equal(undefined);
        expect(lastQuestion(result)).to.equal('mood.down');
      }));

    it('takes "go on" straight after the recap at "add another goal?" as going on, noting no yes', () =>
      withClockedApp(channelId, async ({ running, client, later }) => {
        await walkTo((text) => client.say(text), 'goal.another', plainPersonAnswers);
        later(threeDays);
        await client.say('hi');
        const result = await client.say('go on');

        expect(await storedValue(running, 'goal.another'), allText(result)).to.equal(undefined);
        expect(lastQuestion(result)).to.equal('goal.another');
      }));

    for (const words of ['go on', 'yes go on']) {
      it(`still takes "${words}" as a yes to "add another goal?" when no recap came before it`, () =>
        withClockedApp(channelId, async ({ client }) => {
          await walkTo((text) => client.say(text), 'goal.another', plainPersonAnswers);
          const result = await client.say(words);

          expect(lastQuestion(result), allText(result)).to.equal('goal.2.text');
        }));
    }

    it('still notes an answer that only holds "carry on"', () =>
      withClockedApp(channelId, async ({ running, client, later }) => {
        await sayAll(client, toBarriers);
        later(threeDays);
        await client.say('hi');
        const result = await client.say('carry on walking the dog');

        expect(await storedValue(running, 'goal.1.barriers'), allText(result)).to.equal('carry on walking the dog');
      }));
  });
}
