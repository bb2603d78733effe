/**
 * "I'm safe" taken back later (explore 24): "actually no, I'm not safe" five minutes after "yes im
 * safe", or after other answers, was read as the answer to the routine question waiting, as only a
 * quick second text was read as taking it back (H162). Said plainly, naming what was said wrong or
 * that they are not safe, it is read whenever it comes; an everyday answer later ("not sure", "hmm
 * sometimes", "actually I'm not") answers the question waiting, as H163 decided.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll, type ChatClient } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { carerAnswers } from '../support/resultsChat';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { withClockedApp, type RunningApp } from '../support/startApp';

const disclosure = 'i want to kill myself';
const walk = (client: ChatClient, linkId: string) => walkTo((words) => client.say(words), linkId, plainPersonAnswers);
const crisisFlags = async (running: RunningApp) =>
  (await onlyRecord(running)).flags.filter((flag) => flag.kind === 'crisis');

/** Plain takings back of "I'm safe", said well after it. */
const plainly = [
  "actually no, I'm not safe",
  "actually I'm not safe",
  'i lied earlier, im not ok',
  "I lied, I'm not safe",
  "to be honest I'm not ok",
  'i was lying before. im not safe',
];

/** Everyday answers said as late: they answer the question waiting. */
const everyday = ['not sure', 'hmm sometimes', "actually I'm not", 'actually not sure', 'i lied', 'honestly no'];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`"I'm safe" taken back long after, on ${channelId}`, () => {
    for (const [minutes, between] of [
      [5, []],
      [5, ['walk to the shops']],
      [60 * 24, ['walk to the shops', '8']],
    ] as const) {
      const when = `${minutes} minutes later${between.length > 0 ? `, after ${between.length} answers` : ''}`;
      for (const said of plainly) {
        it(`gives the urgent help and asks again on "${said}" ${when}, told as not safe`, async () => {
          await withClockedApp(channelId, async ({ running, client, later }) => {
            await walk(client, 'goal.1.text');
            await sayAll(client, [disclosure, 'yes im safe']);
            later(minutes);
            for (const answer of between) await client.say(answer);
            const reply = await client.say(said);

            expect(allText(reply)).to.match(/999/);
            expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
            const flags = await crisisFlags(running);
            expect(flags).to.have.length(1);
            expect(flags[0]?.safeNow).to.equal('no');
          });
        });
      }
    }

    for (const said of everyday) {
      it(`reads "${said}" 5 minutes after "yes im safe" as the answer waiting, never a taking back`, async () => {
        await withClockedApp(channelId, async ({ running, client, later }) => {
          await walk(client, 'goal.1.text');
          await sayAll(client, [disclosure, 'yes im safe', 'walk to the shops']);
          later(5);
          const reply = await client.say(said);

          expect(lastQuestion(reply), allText(reply)).to.not.equal('safety.check');
          expect((await crisisFlags(running))[0]?.safeNow).to.equal(undefined);
        });
      });
    }

    it('reads a carer\'s "actually she\'s not safe" long after "yes shes safe" as not safe', async () => {
      await withClockedApp(channelId, async ({ running, client, later }) => {
        await walkTo((words) => client.say(words), 'goal.1.text', carerAnswers);
        await sayAll(client, ['Jean said she wants to kill herself', 'yes shes safe', 'walk to the shops']);
        later(30);
        const reply = await client.say("actually she's not safe");

        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        expect((await crisisFlags(running))[0]?.safeNow).to.equal('no');
      });
    });

    it('never reads "actually I\'m not safe" as a taking back where no "I\'m safe" was said', async () => {
      await withClockedApp(channelId, async ({ running, client }) => {
        await walk(client, 'goal.1.text');
        await client.say('walk to the shops');
        await client.say("actually I'm not safe");

        expect((await crisisFlags(running)).filter((flag) => flag.safeNow === 'no')).to.have.length(0);
      });
    });
  });
}
