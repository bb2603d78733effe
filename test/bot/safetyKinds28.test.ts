/**
 * Explorer 28, also seen: Sue, caring for her husband Jim (dementia), wrote "he wanders at night so
 * I lock him in his room" and was given the suicide helplines and "Is Jim safe right now?". Locking
 * someone in is a safeguarding matter: asked about as harm to someone, never as thoughts of suicide.
 * And "tired of it all if im honest" got the full crisis reply, after which every answer ("8", "walk
 * daily") got "Please get help now": weariness said alone is asked about straight, and a clear no
 * carries on; said with a plan, or answered unclearly, it is a crisis as ever.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const sueForJim: Readonly<Record<string, string>> = {
  'respondent.type': '2',
  'subject.name': 'Jim',
  'respondent.name': 'Sue',
  'respondent.relationship': 'wife',
  'respondent.personAgrees': 'yes',
  conditions: 'dementia',
};

for (const channelId of ['webchat', 'sms'])
  describe(`Explorer 28: a carer locking her husband in at night, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const words of [
      'he wanders at night so I lock him in his room',
      'I lock him in his bedroom at night because he wanders',
      'he keeps wandering at night, we have to lock him in',
    ]) {
      it(`asks whether anyone is in danger of being hurt after "${words}", not about suicide`, async () => {
        await walkTo((text) => app.client.say(text), 'whatMatters.hard', sueForJim);
        const answered = await app.client.say(words);

        expect(lastQuestion(answered), allText(answered)).to.match(/^safety\./);
        expect(allText(answered)).to.match(/in danger of being hurt/);
        expect(allText(answered)).to.not.match(/116 123|ending (?:their|your) life/);
      });
    }

    // Near miss: a front door locked at night is ordinary care: never the suicide helplines.
    it('gives no suicide helplines to "I lock the front door at night so he cannot get out"', async () => {
      await walkTo((text) => app.client.say(text), 'whatMatters.hard', sueForJim);
      const answered = await app.client.say('I lock the front door at night so he cannot get out');

      expect(allText(answered)).to.not.match(/116 123|ending (?:their|your) life/);
    });
  });

for (const channelId of ['webchat', 'sms'])
  describe(`Explorer 28: "tired of it all if im honest", on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);
    const toHard = ['hi', 'me', 'Rose', 'heart failure', 'grandkids', 'not much'];

    it('gets the crisis reply and "are you safe right now?"', async () => {
      await sayAll(app.client, toHard);
      const answered = await app.client.say('tired of it all if im honest');

      expect(allText(answered)).to.match(/116 123/);
      expect(lastQuestion(answered), allText(answered)).to.equal('safety.check');
    });

    // After the crisis reply, an answer that is not "I'm safe" is no yes: nothing routine goes on.
    for (const words of ['8', 'walk daily'])
      it(`answers "${words}" at "are you safe?" with the urgent help, never the next question`, async () => {
        await sayAll(app.client, [...toHard, 'tired of it all if im honest']);
        const answered = await app.client.say(words);

        expect(allText(answered)).to.match(/Please get help now/);
        expect(lastQuestion(answered) ?? '', allText(answered)).to.not.match(/^(?:goal|whatMatters)\./);
      });

    it('carries on where she was once she says she is safe', async () => {
      await sayAll(app.client, [...toHard, 'tired of it all if im honest', '8', "I'm safe"]);
      const answered = await app.client.say('carry on');

      expect(allText(answered)).to.not.match(/Please get help now/);
      expect(lastQuestion(answered) ?? '', allText(answered)).to.match(/^(?:goal|whatMatters)\./);
    });
  });
