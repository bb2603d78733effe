/**
 * H347: back 12 hours or more after "are you safe right now?" was last asked. A greeting, or an
 * answer plainly to another question, is no answer: welcomed back, the short help, asked again, and
 * never kept on the crisis flag; words about feelings or safety are kept; "I'm safe now" carries on.
 */
import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { lastCrisis } from '../../bot/safetyAnswer';
import { onlyRecord } from '../support/onlyRecord';
import { personToFirstGoal } from '../support/scripts';
import { withClockedApp, type ClockedApp } from '../support/startApp';

const hours = 60;
const days = 24 * hours;
const toCrisis = [...personToFirstGoal(), 'walk to the park', '5', 'I want to end my life'];

async function flagOf(app: ClockedApp) {
  return lastCrisis((await onlyRecord(app.running)).flags);
}

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Back after a gap with "are you safe right now?" unanswered, on ${channelId} (H347)`, () => {
    it('welcomes a goal answer given days later, repeats the help and asks again, keeping none of it', () =>
      withClockedApp(channelId, async (app) => {
        await sayAll(app.client, toCrisis);
        app.later(3 * days);
        const first = allText(await app.client.say('walk after lunch'));
        const number = allText(await app.client.say('7'));

        expect(first).to.match(/Welcome back/);
        expect(first).to.match(/116 123/);
        expect(first).to.match(/safe right now\?/);
        expect(number).to.match(/safe right now\?/);
        expect(number).to.not.match(/Welcome back/);
        const flag = await flagOf(app);
        expect(flag?.message).to.equal('I want to end my life');
        expect(flag?.cameBackAt).to.be.a('string');
      }));

    it('never keeps a greeting on the flag, and keeps "still not good" said after it', () =>
      withClockedApp(channelId, async (app) => {
        await sayAll(app.client, toCrisis);
        app.later(2 * days);
        const hi = allText(await app.client.say('hello'));
        expect(hi).to.match(/Welcome back/);
        expect((await flagOf(app))?.message).to.equal('I want to end my life');
        const still = allText(await app.client.say('still not good'));

        expect(still).to.match(/999/);
        expect((await flagOf(app))?.message).to.include('still not good');
      }));

    it('keeps "still not good" said straight after days away', () =>
      withClockedApp(channelId, async (app) => {
        await sayAll(app.client, toCrisis);
        app.later(4 * days);
        await app.client.say('still not good');

        expect((await flagOf(app))?.message).to.include('still not good');
      }));

    it('carries on with "I\'m safe now" said days later, and the flag no longer says they have not', () =>
      withClockedApp(channelId, async (app) => {
        await sayAll(app.client, toCrisis);
        app.later(3 * days);
        const safe = allText(await app.client.say("I'm safe now"));

        expect(safe).to.not.match(/Welcome back|safe right now\?/);
        expect((await onlyRecord(app.running)).progress.safetyCheckPending).to.equal(false);
        expect((await flagOf(app))?.cameBackAt).to.equal(undefined);
      }));

    it('asks again, in words, after a bare "yes" days later', () =>
      withClockedApp(channelId, async (app) => {
        await sayAll(app.client, toCrisis);
        app.later(3 * days);
        const yes = allText(await app.client.say('yes'));

        expect(yes).to.match(/Welcome back/);
        expect((await onlyRecord(app.running)).progress.safetyCheckPending).to.equal(true);
      }));

    it('still screens a crisis first in a message days later', () =>
      withClockedApp(channelId, async (app) => {
        await sayAll(app.client, toCrisis);
        app.later(3 * days);
        const said = allText(await app.client.say('I have taken all my tablets'));

        expect(said).to.not.match(/Welcome back/);
        expect(said).to.match(/999/);
      }));

    it('is unchanged after 11 hours: a goal answer is kept as the answer', () =>
      withClockedApp(channelId, async (app) => {
        await sayAll(app.client, toCrisis);
        app.later(11 * hours);
        const said = allText(await app.client.say('walk after lunch'));

        expect(said).to.not.match(/Welcome back/);
        expect(said).to.match(/Please (get help|call 999)/);
        expect((await flagOf(app))?.message).to.include('walk after lunch');
      }));
  });
}
