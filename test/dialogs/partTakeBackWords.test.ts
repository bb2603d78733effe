/**
 * The words that ask, once a plan is shared, for one part of it back (H321): each is asked about,
 * naming the part, and nothing is taken back by them; near misses that name a part without asking
 * it back are not read so. Through the real bot and store, as explorer 27's Jean shared with Nurse Kay.
 */
import { expect } from 'chai';
import { sharedRecord } from '../../plan/consentScope';
import { allText } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { samForRon } from '../support/carerScripts';
import { jeanToShare, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const asking: [string, string][] = [
  ['take the mood answers out of what the nurse has', 'how you have been feeling'],
  ['pls remove my mood stuff', 'how you have been feeling'],
  ["I don't want Nurse Kay to see my feelings answers", 'how you have been feeling'],
  ['dont let the nurse see how I have been feeling', 'how you have been feeling'],
  ['can u take my goals back', 'goals'],
  ['can you remove my goals from what you sent', 'goals'],
  ['please take back the mood and the goals', 'goals and how you have been feeling'],
];

const notAsking = [
  'the mood bit was hard',
  'thank you, the goals were really helpful',
  'what happens to my mood answers now?',
];

describe('Taking a part of a shared plan back: the words', () => {
  const app = freshAppPerTest('webchat');

  const shared = async (): Promise<void> => {
    const code = await invitationCode(app.running, 'Nurse Kay');
    await walkTo((text) => app.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
    await app.client.say('yes');
  };

  for (const [words, part] of asking) {
    it(`asks whether to take ${part} out on "${words}", taking nothing yet`, async () => {
      await shared();
      const asked = await app.client.say(words);
      expect(allText(asked)).to.include(`Take ${part} out of what Nurse Kay can see?`);
      expect(sharedRecord(await onlyRecord(app.running))?.planVersion).to.equal(1);
    });
  }

  for (const words of notAsking) {
    it(`does not ask about taking a part back on "${words}"`, async () => {
      await shared();
      const answered = await app.client.say(words);
      expect(allText(answered)).not.to.match(/out of what Nurse Kay can see/);
    });
  }

  it('says a part kept back when sharing is not with Nurse Kay, asking nothing', async () => {
    const code = await invitationCode(app.running, 'Nurse Kay');
    const keepMood = { ...jeanToShare, 'share.send': 'what matters, goals and things to talk about' };
    await walkTo((text) => app.client.say(text), 'share.consent', keepMood, code);
    await app.client.say('yes');
    const answered = await app.client.say('can you take my mood answers back please');
    expect(allText(answered)).to.match(/Nurse Kay cannot see how you have been feeling: it is not in what is shared/);
    expect(answered.questions).to.have.length(0);
  });
});

describe('Taking a part of a shared plan back: a carer, and by text', () => {
  describe('Sam for Ron on webchat', () => {
    const app = freshAppPerTest('webchat');

    it("asks about and takes back Ron's mood answers, in the carer's words", async () => {
      const code = await invitationCode(app.running, 'Nurse Kay');
      const sam = { ...samForRon, 'mood.share': 'yes', 'share.send': 'all' };
      await walkTo((text) => app.client.say(text), 'share.consent', sam, code);
      await app.client.say('yes');
      const asked = await app.client.say("can you take Ron's mood answers back");
      expect(allText(asked)).to.include('Take how Ron has been feeling out of what Nurse Kay can see?');
      const done = await app.client.say('yes');
      expect(allText(done)).to.match(/taken how Ron has been feeling out of what Nurse Kay can see/);
      expect(allText(done)).to.match(/the plan's own copy/);
      const record = await onlyRecord(app.running);
      expect(record.shared?.consent.excludedSections).to.include('mood');
      expect(Object.keys(sharedRecord(record)!.answers).some((k) => k.startsWith('mood.'))).to.equal(false);
    });
  });

  describe('Jean by text', () => {
    const app = freshAppPerTest('sms');

    it('asks in the short form and takes the part back after YES', async () => {
      const code = await invitationCode(app.running, 'Nurse Kay');
      await walkTo((text) => app.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
      await app.client.say('yes');
      const asked = await app.client.say('pls take my goals back');
      expect(allText(asked)).to.include('Take goals out of what Nurse Kay can see?');
      const done = await app.client.say('YES');
      expect(allText(done)).to.match(/taken goals out of what Nurse Kay can see/);
      expect(allText(done)).not.to.match(/\*\*/);
      expect((await onlyRecord(app.running)).shared?.consent.excludedSections).to.include('goals');
    });
  });
});
