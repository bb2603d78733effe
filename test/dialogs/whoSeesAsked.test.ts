/**
 * Asking who sees or gets the plan, in wordings beyond the listed ones (H112 to H114): "can my
 * daughter see this?", "does my doctor get this straight away?", "is this secure?" at a free-text
 * question were noted as the answer and never answered; after sharing, "did the doctor get it?"
 * and "has it been sent" got "You have finished getting ready" and nothing about the plan; and
 * after a no, who sees the answers said "At the end I will ask". Each is answered with who sees the
 * answers and where the plan stands, and the question asked again. Found by explorer 22a
 * (test/explore/findings22a.test.ts on branch explore22a).
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { lead, onEachHeld, sharedWithLead } from '../support/heldDelivery';
import { invitationCode } from '../support/invitations';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { listeningAppPerTest } from '../support/planListeners';
import { jeanToConsent, jeanToShare, plainPersonAnswers, walkTo } from '../support/scripts';
import { chatClient } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

/** Asked at a free-text question: who sees the answers, whoever is named. */
const asked = [
  'can my daughter see this?',
  'does my doctor get this straight away?',
  'is this secure?',
  'Can my son read what I write?',
  'will my husband see my answers',
  'does this go to my GP?',
  'will this be sent to my doctor?',
  'is my data safe?',
  'are my answers kept private?',
  'can Dr Patel see this?',
  'so will the nurse get this',
];

/** Answers that only mention someone seeing or getting something: noted as said. */
const answers = [
  'my daughter can see me more now',
  'seeing my grandson every week',
  'my doctor gets my blood results quickly',
  'being able to see my friends',
  'feeling more secure at home now',
  'will power and my family',
];

/** Asked once the plan is shared: where it stands. */
const sentAsked = [
  'did the doctor get it?',
  'has it been sent',
  'has it gone yet?',
  'has my doctor got it',
  'did it go',
  // Explorer 23: answered "You have finished getting ready", naming nobody.
  'who have you sent it to?',
  'who has it been sent to',
];

for (const channelId of channels) {
  describe(`Asking who sees the answers in other words, on ${channelId}`, () => {
    const app = listeningAppPerTest();

    for (const words of asked) {
      it(`answers "${words}" with who sees the answers, noting nothing, and asks again`, async () => {
        const client = chatClient(app.running, { channelId });
        await walkTo((text) => client.say(text), 'whatMatters.goingWell', plainPersonAnswers);
        const reply = await client.say(words);
        const said = allText(reply);

        expect(await storedValue(app.running, 'whatMatters.goingWell'), said).to.equal(undefined);
        expect(said).to.match(/Nobody else sees your answers/);
        expect(said).to.not.match(/Noted|ending your life|in danger/i);
        expect(lastQuestion(reply), said).to.equal('whatMatters.goingWell');
      });
    }

    for (const words of answers) {
      it(`keeps "${words}" as the answer it is`, async () => {
        const client = chatClient(app.running, { channelId });
        await walkTo((text) => client.say(text), 'whatMatters.goingWell', plainPersonAnswers);
        const reply = await client.say(words);

        expect(await storedValue(app.running, 'whatMatters.goingWell'), allText(reply)).to.equal(words);
      });
    }

    for (const words of sentAsked) {
      it(`says where the plan stands on "${words}" once it is shared, never that it has reached Dr Sam Patel`, async () => {
        const client = chatClient(app.running, { channelId });
        await walkTo((text) => client.say(text), 'share.consent', jeanToConsent, await invitationCode(app.running));
        await client.say('yes');
        expect((await onlyRecord(app.running)).shared).to.not.equal(undefined);

        const reply = await client.say(words);
        const said = allText(reply);

        // Nothing can reach Dr Sam Patel in this app (no Teams chat is known): shared, not with them yet.
        expect(said).to.include('Dr Sam Patel');
        expect(said).to.match(/It has not reached them yet/);
        expect(said).to.not.match(/You have finished getting ready|You have finished\./);
      });
    }

    it('says the plan was not sent on "has it been sent" after a no, never that it will be asked at the end', async () => {
      const client = chatClient(app.running, { channelId });
      await walkTo((text) => client.say(text), 'share.consent', jeanToConsent, await invitationCode(app.running));
      await client.say('no');

      const reply = await client.say('has it been sent');
      const said = allText(reply);

      expect(said).to.include('Dr Sam Patel');
      expect(said).to.match(/not to send|not sent|have not sent/i);
      expect(said).to.not.match(/At the end I will ask|At the end I will ask if/);
    });
  });
}

describe('Asking whether the plan has reached the lead contact', () => {
  it('says it has reached Dr Sam Patel once it has, on "did the doctor get it?"', () =>
    onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      const reply = await client.say('did the doctor get it?');

      expect(allText(reply)).to.include(lead);
      expect(allText(reply)).to.not.match(/not reached/);
    }));

  it('says it has not reached Dr Sam Patel while it waits to go, on "has it been sent"', () =>
    onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, true);
      const reply = await client.say('has it been sent');

      expect(allText(reply)).to.include(lead);
      expect(allText(reply)).to.match(/It has not reached them yet/);
    }));
});

// Explorer 23 (findings 2 and 3): asked who the lead contact is where the plan is shared, the
// question was not answered; and at "Can I share this plan?", a second question there was kept as
// their words, read as a no, and the plan was not shared. A question is never a decision (H147).
describe('Asking who the lead contact is at the share step', () => {
  const app = listeningAppPerTest();

  it('"who is my lead contact?" at which parts to send is answered with the lead contact\'s name', async () => {
    const client = chatClient(app.running, { channelId: 'webchat' });
    await walkTo((text) => client.say(text), 'share.send', jeanToShare, await invitationCode(app.running));
    const result = await client.say('who is my lead contact?');

    expect(allText(result)).to.match(/Dr Sam Patel/);
    expect(lastQuestion(result)).to.equal('share.send');
  });

  for (const second of ['who is my lead contact?', 'why would they need it?', 'what happens to it after?']) {
    it(`"${second}" at "Can I share this plan?" is no "no", even as the second question there`, async () => {
      const client = chatClient(app.running, { channelId: 'webchat' });
      await walkTo((text) => client.say(text), 'share.consent', jeanToConsent, await invitationCode(app.running));
      await client.say('what will they see?');
      const result = await client.say(second);
      const record = await onlyRecord(app.running);

      expect(allText(result)).to.not.match(/Nobody else will see your plan/);
      expect(record.consents).to.deep.equal([]);
      expect(lastQuestion(result)).to.equal('share.consent');
      expect(app.told.shared).to.deep.equal([]);
    });
  }
});
