/**
 * "Not sure" is never a yes. recognizers-text reads the "sure" in "I'm not sure" or "are you
 * sure" as yes, which at "Delete all your data?" deleted everything and at "Can I share this
 * plan?" sent it. Found in review (branch `fix-notsure`).
 */
import { expect } from 'chai';
import { readConfirmation } from '../../dialogs/recognisers/confirmation';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { allText, sayAll } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { listeningAppPerTest } from '../support/planListeners';
import { jeanToConsent, walkTo } from '../support/scripts';
import { chatClient, freshAppPerTest, type RunningApp } from '../support/startApp';

const channels = ['webchat', 'sms'] as const;

/** Doubt and questions back, each of which a careless reading took as yes. */
const notAYes = [
  'not sure',
  'not sure yet',
  "I'm not sure",
  "I'm not sure I want to",
  'im not too sure',
  'hmm not sure',
  "i'm not sure if i want to share it",
  'are you sure',
  'are you sure?',
  'sure?',
];
const aYes = ['sure', 'yes sure', 'sure, go ahead'];

/** Up to the carer's "Does Jean know you are doing this?", then each confirmation. */
const toPersonAgrees = ['hi', '2', 'Jean', 'Mary', 'daughter'];
const confirmations = [
  { command: 'start again', cancelled: /carry on|carrying on/ },
  { command: 'delete my data', cancelled: /not deleted anything/ },
] as const;

const recordCount = async (running: RunningApp): Promise<number> =>
  Number((await running.app.db.get('SELECT COUNT(*) AS n FROM records'))?.n ?? 0);

describe('Taking a plan back, deleting or starting again on a doubt', () => {
  const phrases = createPhrases();
  for (const text of notAYes) {
    it(`does nothing on "${text}"`, () => {
      expect(readConfirmation(text, phrases)).to.not.equal('yes');
    });
  }
  for (const text of aYes) {
    it(`goes ahead on "${text}"`, () => {
      expect(readConfirmation(text, phrases)).to.equal('yes');
    });
  }
});

for (const channelId of channels) {
  describe(`"Not sure" to a confirmation, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const { command, cancelled } of confirmations) {
      for (const text of ["I'm not sure", 'are you sure']) {
        it(`does nothing on "${text}" to "${command}"`, async () => {
          await sayAll(fresh.client, [...toPersonAgrees, command]);
          const kept = await fresh.client.say(text);

          expect(kept.replies[0].text).to.match(cancelled);
          expect(await recordCount(fresh.running)).to.equal(1);
          expect((await onlyRecord(fresh.running)).answers['subject.name']?.value).to.equal('Jean');
        });
      }
      it(`goes ahead on "sure" to "${command}"`, async () => {
        await sayAll(fresh.client, [...toPersonAgrees, command]);
        const done = await fresh.client.say('sure');
        const name = async (): Promise<unknown> => (await onlyRecord(fresh.running)).answers['subject.name']?.value;

        expect(done.replies[0].text).to.not.match(cancelled);
        expect((await recordCount(fresh.running)) === 0 || (await name()) === undefined).to.equal(true);
      });
    }
  });

  describe(`"Not sure" to "Can I share this plan with Dr Sam Patel?", on ${channelId}`, () => {
    const app = listeningAppPerTest();

    for (const text of notAYes) {
      it(`never sends the plan on "${text}", said once or twice`, async () => {
        const client = chatClient(app.running, { channelId });
        await walkTo((t) => client.say(t), 'share.consent', jeanToConsent, await invitationCode(app.running));
        const first = allText(await client.say(text));
        const second = allText(await client.say(text));

        expect(`${first}\n${second}`).to.not.match(/sending your plan|SENDING/i);
        expect(app.told.shared, 'the lead contact was sent the plan').to.have.length(0);
        expect((await onlyRecord(app.running)).answers['share.consent']?.value).to.not.equal(true);
      });
    }
    for (const text of aYes) {
      it(`sends the plan on "${text}"`, async () => {
        const client = chatClient(app.running, { channelId });
        await walkTo((t) => client.say(t), 'share.consent', jeanToConsent, await invitationCode(app.running));
        const reply = allText(await client.say(text));

        expect(app.told.shared, reply).to.have.length(1);
        expect((await onlyRecord(app.running)).answers['share.consent']?.value).to.equal(true);
      });
    }
  });
}
