import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'];
/** Up to "What would you like to be able to do?", answering for themselves. */
const toWouldLikeTo = ['hi', 'me', 'Jean', 'diabetes', 'family', 'skip', 'skip'];

for (const channelId of channels) {
  describe(`Who supports them and how they feel about their conditions, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('asks a person answering for themselves who supports them, then how they feel, and keeps both in the plan', async () => {
      const support = await sayAll(fresh.client, [...toWouldLikeTo, 'walk to the shops']);
      expect(lastQuestion(support)).to.equal('whatMatters.support');
      expect(allText(support)).to.match(/Who helps and supports you\?/);
      const feelings = await fresh.client.say('my sister and the church lunch club');
      expect(lastQuestion(feelings)).to.equal('whatMatters.feelings');
      expect(allText(feelings)).to.match(/How do you feel about living with your health conditions\?/);
      await fresh.client.say('I manage, some weeks are harder than others');
      const plan = allText(await fresh.client.say('show my plan'));
      expect(plan).to.match(/Who supports me: my sister and the church lunch club/);
      expect(plan).to.match(/How I feel about my conditions: I manage, some weeks are harder than others/);
    });

    it('lets them skip both', async () => {
      await sayAll(fresh.client, [...toWouldLikeTo, 'walk to the shops', 'skip']);
      const next = await fresh.client.say('skip');
      expect(lastQuestion(next)).to.equal('goal.1.text');
    });
  });
}

describe('Who supports them, asked of a carer', () => {
  const fresh = freshAppPerTest('webchat');

  it('asks about the person by name, not about the carer', async () => {
    const result = await sayAll(fresh.client, [
      'hi',
      '2',
      'Jean',
      'Ann',
      'daughter',
      'yes',
      'diabetes',
      'family',
      'skip',
      'skip',
      'walk to the shops',
    ]);
    expect(allText(result)).to.match(/Who helps and supports Jean\?/);
  });
});
