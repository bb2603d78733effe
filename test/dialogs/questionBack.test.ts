/**
 * A question asked back at a question about who someone is ("how do you know my mum?", "why do
 * you need her name?") was kept as the answer: "From now on my questions are about how do you know
 * my mum?". It is answered, with why the question is asked, and asked again; nothing is noted.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

/** [who answers ('1' themselves, '2' a carer), what is said before, the question, its linkId, words of its help]. */
const cases: ReadonlyArray<[string, readonly string[], string, string, RegExp]> = [
  ['2', [], 'how do you know my mum?', 'subject.name', /clear they are about them and not you/],
  ['2', [], 'How do you know my mum', 'subject.name', /clear they are about them and not you/],
  ['2', [], 'why do you need her name?', 'subject.name', /clear they are about them and not you/],
  ['2', [], 'what do you want her name for', 'subject.name', /clear they are about them and not you/],
  ['1', [], 'why do you need my name?', 'subject.name', /so it feels like yours/],
  ['2', ['Jean'], 'why do you want my name?', 'respondent.name', /people know who filled it in/],
  ['2', ['Jean', 'Sarah'], 'why do you need to know that?', 'respondent.relationship', /who is speaking for Jean/],
  // Elsewhere "why are you asking?" is told what Careprep is for; here the question says why it asks.
  ['1', [], 'why are you asking?', 'subject.name', /so it feels like yours/],
  ['2', [], 'what is this for?', 'subject.name', /clear they are about them and not you/],
];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A question asked back about who someone is, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const [who, before, asked, linkId, help] of cases) {
      it(`answers "${asked}" at ${linkId} and asks again, noting nothing`, async () => {
        await sayAll(fresh.client, ['hi', who, ...before]);
        const result = await fresh.client.say(asked);
        const reply = allText(result);

        expect((await onlyRecord(fresh.running)).answers[linkId], reply).to.equal(undefined);
        expect(reply).to.match(help);
        expect(reply).to.not.match(/questions are about how|I've noted/i);
        expect(lastQuestion(result)).to.equal(linkId);
      });
    }

    it('notes the name given after the question is answered', async () => {
      await sayAll(fresh.client, ['hi', '2', 'how do you know my mum?']);
      const reply = allText(await fresh.client.say('Jean'));

      expect(reply).to.match(/my questions are about Jean\./);
      expect((await onlyRecord(fresh.running)).answers['subject.name']?.value).to.equal('Jean');
    });

    for (const name of ['Will', 'Will Smith', 'Jean?', 'Who']) {
      it(`still notes "${name}" as a name`, async () => {
        await sayAll(fresh.client, ['hi', '2', name]);

        expect((await onlyRecord(fresh.running)).answers['subject.name']?.value).to.equal(name);
      });
    }
  });
}
