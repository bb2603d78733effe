import { expect } from 'chai';
import { allText, lastQuestion, offered, sayAll } from '../support/botClient';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

for (const channelId of channels) {
  describe(`Help that fits the question, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('offers neither back nor skip with help at the first question, where they do nothing', async () => {
      const result = await sayAll(fresh.client, ['hi', 'help']);

      expect(lastQuestion(result)).to.equal('respondent.type');
      expect(allText(result)).to.not.match(/\bback\b|\bskip\b/i);
      expect(allText(result)).to.match(/not sure/i);
    });

    it('offers back and skip with help at an optional question with an answer before it', async () => {
      const result = await sayAll(fresh.client, ['hi', 'me', 'help']);

      expect(lastQuestion(result)).to.equal('subject.name');
      expect(allText(result)).to.match(/\bback\b/i);
      expect(allText(result)).to.match(/\bskip\b/i);
    });

    it('offers back but not skip with help at a question that must be answered', async () => {
      const result = await sayAll(fresh.client, ['hi', 'me', 'Jean', 'help']);

      expect(lastQuestion(result)).to.equal('conditions');
      expect(allText(result)).to.match(/\bback\b/i);
      expect(allText(result)).to.not.match(/\bskip\b/i);
    });

    it('asks to confirm "start again" with Yes and No to pick', async () => {
      const confirm = await sayAll(fresh.client, ['hi', 'me', 'Jean', 'start again']);

      expect(lastQuestion(confirm)).to.equal('control.restart');
      expect(confirm.questions.at(-1)?.type).to.equal('choice');
      expect(offered(confirm, channelId)).to.deep.equal(channelId === 'sms' ? ['1 Yes', '2 No'] : ['Yes', 'No']);
    });

    it('starts again on the Yes picked, and carries on where it was on the No', async () => {
      const yes = channelId === 'sms' ? '1' : 'Yes';
      const no = channelId === 'sms' ? '2' : 'No';
      await sayAll(fresh.client, ['hi', 'me', 'Jean', 'start again']);
      const kept = await fresh.client.say(no);
      expect(lastQuestion(kept)).to.equal('conditions');

      await fresh.client.say('start again');
      const restarted = await fresh.client.say(yes);
      expect(lastQuestion(restarted)).to.equal('respondent.type');
    });
  });
}
