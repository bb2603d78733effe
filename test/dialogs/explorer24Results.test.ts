/**
 * Explorer 24, results explained before the visit (the Year of Care step): a person at their HbA1c
 * of 75 asked "is 75 bad?", was told kindly where to turn and offered to keep what they said, and
 * then asked a second question, "why has it gone up so much since last year". Only the second went
 * into the plan: the first question, the one about their worry, was lost. And "what is that" at a
 * result went into the plan as the question to ask, when the bot had plainer words for it.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atResult, onEach } from '../support/resultsChat';

describe('Explorer 24: questions at a result', () => {
  it('keeps a worried question and the question after it, both in their words', async () => {
    await onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      const worried = await client.say('is 75 bad?');
      expect(lastQuestion(worried), channelId).to.equal('result.hba1c.thoughts');

      const reply = await client.say('why has it gone up so much since last year');
      expect(lastQuestion(reply), allText(reply)).to.equal('result.bloodPressure.thoughts');
      expect((await onlyRecord(running)).answers['result.hba1c.thoughts']?.value).to.equal(
        'is 75 bad? why has it gone up so much since last year',
      );
    });
  });

  it('keeps only the offer\'s words on a yes, and only the new words after "what does that mean"', async () => {
    await onEach(['webchat'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      await client.say('is 75 bad?');
      await client.say('yes');
      expect((await onlyRecord(running)).answers['result.hba1c.thoughts']?.value).to.equal('is 75 bad?');

      await client.say('what does that mean');
      await client.say('should I take more tablets?');
      expect((await onlyRecord(running)).answers['result.bloodPressure.thoughts']?.value).to.equal(
        'should I take more tablets?',
      );
    });
  });

  for (const words of ['what is that', 'what is that?', "what's that"]) {
    it(`explains the result in plainer words at "${words}", noting nothing yet`, async () => {
      await onEach(['webchat', 'sms'], async (running, channelId) => {
        const { client } = await atResult(running, channelId);
        const reply = await client.say(words);

        expect(allText(reply), channelId).to.match(/red blood cells/);
        expect(lastQuestion(reply)).to.equal('result.hba1c.thoughts');
        expect((await onlyRecord(running)).answers['result.hba1c.thoughts']).to.equal(undefined);
      });
    });
  }
});
