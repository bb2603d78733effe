/**
 * A yes with a condition to "Can I share this plan with Dr Sam Patel?" (H110, H111): a part held
 * back in the same breath ("yes but not the mood bit") is never sent, and a yes that names someone
 * else ("yes but only to my nurse", "yes and send it to my daughter too") sends nothing: the plan
 * can only go to the lead contact, which is said, and the question asked again. Found by explorer
 * 22a (test/explore/findings22a.test.ts on branch explore22a).
 */
import { expect } from 'chai';
import { allText, lastQuestion, type ChatClient } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { listeningAppPerTest } from '../support/planListeners';
import { jeanToConsent, walkTo } from '../support/scripts';
import { chatClient } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

/** A yes with a part held back, and the part it holds back. */
const heldBack: ReadonlyArray<[string, string]> = [
  ['yes but not the mood bit', 'mood'],
  ['yes but keep my mood private', 'mood'],
  ["yes but don't send the bit about my mood", 'mood'],
  ['yes but not my goals', 'goals'],
  ['yes, all except the goals', 'goals'],
];

/** A yes that names someone other than the lead contact. */
const someoneElse = [
  'yes but only to my nurse',
  'yes and send it to my daughter too',
  'yes, send it to my husband as well',
  'yes but only to Nurse Jones',
];

/** A plain yes, or one that names only the lead contact: the whole plan goes to them. */
const plainYes = [
  'yes',
  'yes please',
  'yes, send it to Dr Sam Patel',
  'yes go ahead',
  'yes thanks',
  // Thanks for the help beside a yes hold nothing back (dialogfix23 #3: asked again, nothing shared).
  'yes, also thanks for all the help',
  'yes thank you for your help',
];

/**
 * The same after "also" or "by the way" (review22 findings 1, 2): the words kept beside a yes
 * (`keepBeside`) stored the yes before the condition was read, and sent the mood part or the plan.
 */
const heldBackAfterAlso = [
  "yes, also don't send my mood",
  'yes, also keep my mood private',
  'yes. also leave out the mood part',
  'yes by the way not the mood bit',
];
const someoneElseAfterAlso = [
  'yes also send it to my daughter',
  'yes, also only to my nurse',
  // Thanks for anything but the help may say more: read as ever, never a plain yes.
  'yes, also thanks for sending it to my daughter',
];

for (const channelId of channels) {
  describe(`A yes with a condition to sharing, on ${channelId}`, () => {
    const app = listeningAppPerTest();

    async function atConsent(): Promise<ChatClient> {
      const client = chatClient(app.running, { channelId });
      await walkTo((text) => client.say(text), 'share.consent', jeanToConsent, await invitationCode(app.running));
      return client;
    }

    for (const [words, part] of heldBack) {
      it(`never sends ${part} on "${words}", and says exactly what is sent only once it is`, async () => {
        const client = await atConsent();
        const reply = await client.say(words);
        const said = allText(reply);

        const sent = app.told.shared.at(-1)?.record.consents.at(-1);
        if (sent === undefined) {
          expect(said, 'nothing sent, yet said to be').to.not.match(/I will send|will be sent|Thank/);
          expect(['share.send', 'share.consent'], said).to.include(lastQuestion(reply));
          return;
        }
        expect(sent.excludedSections, said).to.include(part);
        expect(sent.covers, said).to.not.include(part);
        // Exactly what went: the parts sent and the part kept back, by name.
        expect(said).to.match(/about you/);
        expect(said).to.match(part === 'mood' ? /how you have been feeling/ : /goals/);
        expect(said).to.match(/keep|kept/i);
      });
    }

    for (const words of someoneElse) {
      it(`shares with nobody on "${words}", says only Dr Sam Patel can be sent it, and asks again`, async () => {
        const client = await atConsent();
        const reply = await client.say(words);
        const said = allText(reply);

        expect(app.told.shared.length, said).to.equal(0);
        expect((await onlyRecord(app.running)).consents.length, said).to.equal(0);
        expect(said).to.match(/only/i);
        expect(said).to.include('Dr Sam Patel');
        expect(said).to.not.match(/I will send/);
        expect(lastQuestion(reply), said).to.equal('share.consent');

        // A plain yes then shares with Dr Sam Patel, as asked.
        await client.say('yes');
        expect(app.told.shared).to.have.length(1);
        expect(app.told.shared[0].record.consents.at(-1)?.recipients).to.deep.equal(['leadContact']);
      });
    }

    for (const words of heldBackAfterAlso) {
      it(`never sends the mood part on "${words}"`, async () => {
        const client = await atConsent();
        const said = allText(await client.say(words));

        const sent = app.told.shared.at(-1)?.record.consents.at(-1);
        if (sent !== undefined) {
          expect(sent.covers, said).to.not.include('mood');
          expect(sent.excludedSections, said).to.include('mood');
        }
        expect((await onlyRecord(app.running)).consents.at(-1)?.covers ?? [], said).to.not.include('mood');
      });
    }

    for (const words of someoneElseAfterAlso) {
      it(`shares with nobody on "${words}" and asks again`, async () => {
        const client = await atConsent();
        const reply = await client.say(words);
        const said = allText(reply);

        expect(app.told.shared.length, said).to.equal(0);
        expect((await onlyRecord(app.running)).consents.length, said).to.equal(0);
        expect(lastQuestion(reply), said).to.equal('share.consent');
      });
    }

    for (const words of plainYes) {
      it(`shares the whole plan with Dr Sam Patel on "${words}"`, async () => {
        const client = await atConsent();
        const reply = await client.say(words);

        expect(app.told.shared, allText(reply)).to.have.length(1);
        expect(app.told.shared[0].record.consents.at(-1)?.excludedSections).to.deep.equal([]);
      });
    }
  });
}
