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
