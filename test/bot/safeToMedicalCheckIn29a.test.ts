import { expect } from 'chai';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { saysSafeToMedicalCheckIn } from '../../dialogs/recognisers/safeToMedicalCheckIn';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { chatClient, startApp } from '../support/startApp';

/**
 * Late 29a (H410 residual): "yes I'm safe" to the medical check-in ("is this happening now, and do
 * you need urgent medical help?") was read as yes to the emergency and told "Call 999 now". A clear
 * safe phrase says there is no emergency; a bare "yes" stays one.
 */
const phrases = createPhrases();

describe('a clear "I\'m safe" to the medical check-in (H410)', () => {
  for (const said of [
    "yes I'm safe",
    'yes im safe, just tired',
    'yes i am safe',
    "I'm safe thanks",
    'yes im fine',
    'yeah im ok, just tired',
  ]) {
    it(`is no emergency: "${said}"`, () => {
      expect(saysSafeToMedicalCheckIn(said, phrases, false)).to.equal(true);
    });
  }
  for (const said of [
    'yes',
    'yeah',
    'y',
    'yes please',
    'yes im safe?',
    'yes but my chest hurts',
    'i think im safe',
    'yes thanks',
    'im safe for now',
    'yes it is happening',
  ]) {
    it(`is no clear safe: "${said}"`, () => {
      expect(saysSafeToMedicalCheckIn(said, phrases, false)).to.equal(false);
    });
  }
  it('"yes he is safe" from a carer asked about herself says nothing of her', () => {
    expect(saysSafeToMedicalCheckIn('yes he is safe', phrases, true)).to.equal(false);
    expect(saysSafeToMedicalCheckIn('yes he is safe', phrases, false)).to.equal(true);
  });

  const turn = async (answer: string, channelId: string): Promise<{ text: string; question?: string }> => {
    const running = await startApp();
    try {
      const client = chatClient(running, { channelId, over: 'http' });
      const asked = allText(await sayAll(client, ['hi', 'me', 'Jean', '1', 'chest pain']));
      expect(asked).to.match(/is this happening now/);
      const reply = await client.say(answer);
      return { text: allText(reply), question: lastQuestion(reply) };
    } finally {
      await running.stop();
    }
  };

  for (const answer of ["yes I'm safe", 'yes im safe, just tired']) {
    it(`answers "${answer}" as no emergency over HTTP, never "Call 999 now"`, async () => {
      for (const channelId of ['webchat', 'sms']) {
        const { text, question } = await turn(answer, channelId);
        expect(text, channelId).to.not.match(/call 999 now/i);
        expect(text, channelId).to.match(/Thank you/);
        expect(question, channelId).to.not.equal('safety.check');
      }
    });
  }

  it('still answers a bare "yes" as the emergency', async () => {
    const { text, question } = await turn('yes', 'webchat');
    expect(text).to.match(/999/);
    expect(question).to.equal('safety.check');
  });
});
