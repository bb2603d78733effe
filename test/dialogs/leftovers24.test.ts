/**
 * Conversation leftovers found by explore 24, each widened to its family: a name said with a
 * pleasantry after it ("Jean nice to meet you") was kept whole as the name; a walking or mobility
 * difficulty ("walking difficulties", "trouble walking") named no condition and got no topics.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A name said with a pleasantry, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const said of [
      'Jean nice to meet you',
      'hi im Jean nice to meet u',
      'Jean, lovely to meet you',
      'Jean. thanks',
      'Jean, pleased to meet you!',
      "I'm Jean, nice to meet you too",
      'jean good to meet you',
    ]) {
      it(`calls her Jean on "${said}", and says back nothing of the pleasantry`, async () => {
        const reply = await sayAll(fresh.client, ['hi', 'me', said]);

        expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Jean');
        expect(allText(reply)).to.match(/Nice to meet you, Jean\./);
        expect(allText(reply)).to.not.match(/meet (?:you|u)\b.*meet/is);
        expect(allText(reply)).to.not.match(/You also said|not noted that with your name/);
        expect(lastQuestion(reply)).to.equal('conditions');
      });
    }

    // Calm look-alikes: a whole name, and a clause that says something, are read as ever.
    for (const [said, name] of [
      ['Jean Smith', 'Jean Smith'],
      ['Mary Ann', 'Mary Ann'],
      ['Nicola', 'Nicola'],
    ] as const) {
      it(`still keeps "${said}" as the name ${name}`, async () => {
        const reply = await sayAll(fresh.client, ['hi', 'me', said]);
        expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal(name);
      });
    }

    it('still says a clause after the name is not noted with it ("Jean, I live alone")', async () => {
      const reply = await sayAll(fresh.client, ['hi', 'me', 'Jean, I live alone']);

      expect(await storedValue(fresh.running, 'subject.name')).to.equal('Jean');
      expect(allText(reply)).to.match(/I live alone/);
    });
  });

  describe(`A walking or mobility difficulty as a condition, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const said of [
      'walking difficulties',
      'mobility problems',
      'trouble walking',
      'I have difficulty walking',
      'poor mobility',
      'problems with walking',
      'I have walking difficulties',
      'walking problems, and my heart',
      'diabetes and walking problems',
    ]) {
      it(`reads "${said}" as joints, bones or back, with its topics, never as words with no topics`, async () => {
        const reply = await sayAll(fresh.client, ['hi', 'me', 'Jean', said]);
        const record = await onlyRecord(fresh.running);

        expect(record.answers.conditions?.value, allText(reply)).to.include('musculoskeletal');
        expect(record.answers.conditions?.value).to.not.include('other');
        expect(allText(reply)).to.not.match(/topics just for this|no topics just/);
        expect(allText(reply)).to.match(/Joints, bones or back/);
      });
    }

    // Walking said as something done, or liked, is no difficulty: it names no condition.
    for (const said of ['I like walking', 'walking the dog']) {
      it(`does not read "${said}" as a condition from the list`, async () => {
        await sayAll(fresh.client, ['hi', 'me', 'Jean', said]);
        const value = (await onlyRecord(fresh.running)).answers.conditions?.value;

        expect(value ?? []).to.not.include('musculoskeletal');
      });
    }
  });
}
