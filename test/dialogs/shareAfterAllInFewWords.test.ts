/**
 * Explorer 31: Dave, who answers in a word or two, said "no" at "Which parts to send to Dr Sam
 * Patel?" and then "actually yes": he read "You have finished. Reply CHANGE to change your plan, or
 * START AGAIN." for that and for each "yes" after it. A change of mind said only as a yes, once
 * the plan ended unshared, asks the share step again; nothing is sent until it is answered.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll, type ChatClient } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { jeanToShare, walkTo } from '../support/scripts';
import { listeningAppPerTest } from '../support/planListeners';
import { chatClient } from '../support/startApp';

describe('A change of mind said only as a yes, after no to sharing', () => {
  const app = listeningAppPerTest();

  /** Jean on `channelId`, invited, having said `texts` at "Which parts shall I send?". */
  async function atParts(channelId: string, texts: readonly string[]): Promise<ChatClient> {
    const client = chatClient(app.running, { channelId });
    await walkTo((text) => client.say(text), 'share.send', jeanToShare, await invitationCode(app.running));
    await sayAll(client, texts);
    return client;
  }

  for (const words of [
    'actually yes',
    'Actually yes please',
    'yes actually',
    'yes',
    'ok yes',
    'yes i changed my mind',
  ]) {
    it(`"${words}" just after no to sharing in Web Chat asks again, sending nothing`, async () => {
      const client = await atParts('webchat', ['all', 'no']);
      const result = await client.say(words);

      expect(allText(result)).to.not.match(/You have finished/);
      expect(lastQuestion(result), allText(result)).to.equal('share.consent');
      expect(app.told.shared).to.deep.equal([]);
    });
  }

  it('"actually yes" by text after no part was picked asks which parts again, sending nothing', async () => {
    const client = await atParts('sms', ['no']);
    const result = await client.say('actually yes');

    expect(allText(result)).to.not.match(/You have finished/);
    expect(allText(result)).to.match(/Which parts to send to Dr Sam Patel\?/);
    expect(app.told.shared).to.deep.equal([]);
  });

  // A yes about something else is no change of mind about sharing.
  for (const words of ['yes my goal is fine', 'yes I walked to the park today']) {
    it(`"${words}" after no to sharing does not ask to share again`, async () => {
      const client = await atParts('webchat', ['all', 'no']);
      const result = await client.say(words);

      expect(lastQuestion(result), allText(result)).to.not.equal('share.consent');
      expect(app.told.shared).to.deep.equal([]);
    });
  }
});
