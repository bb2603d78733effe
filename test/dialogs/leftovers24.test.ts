/**
 * Conversation leftovers found by explore 24, each widened to its family: a name said with a
 * pleasantry after it ("Jean nice to meet you") was kept whole as the name; a walking or mobility
 * difficulty ("walking difficulties", "trouble walking") named no condition and got no topics; "I'll
 * try" said with a score ("8, I'll try") was offered back as what they will do, though it is a hedge.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { atQuestion, plainPersonAnswers } from '../support/scripts';
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
      "nice to meet you, I'm Jean",
      'hi nice to meet you im Jean',
      'Jean thanks nice to meet you',
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

    it('never keeps "nice to meet you" alone as the name, and asks again', async () => {
      const reply = await sayAll(fresh.client, ['hi', 'me', 'nice to meet you']);

      expect((await onlyRecord(fresh.running)).answers['subject.name'], allText(reply)).to.equal(undefined);
      expect(lastQuestion(reply)).to.equal('subject.name');
    });

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

  describe(`Only trying, said with a score, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const [said, score] of [
      ["8, I'll try", 8],
      ["8 I'll give it a go", 8],
      ['7 hopefully', 7],
      ['8 and I will try', 8],
      ['8 but I will try', 8],
      ['8 i will try my best', 8],
      ["9, I'll do my best", 9],
      ["6 we'll see", 6],
    ] as const) {
      it(`notes ${score} for "${said}" and asks what they will do as ever, offering nothing`, async () => {
        const reply = await atQuestion(fresh.client, 'goal.1.importance', said);
        const record = await onlyRecord(fresh.running);

        expect(record.answers['goal.1.importance']?.value).to.equal(score);
        expect(lastQuestion(reply)).to.equal('goal.1.action');
        expect(allText(reply)).to.not.match(/You said|Is that what you will do/);
        expect(allText(reply)).to.match(/What exactly will you do/);
      });
    }

    // A step said with the score, even with "try" in it, is still offered for a yes.
    for (const [said, step] of [
      ['8 and I will walk after lunch', 'I will walk after lunch'],
      ["8, I'll try walking after lunch", "I'll try walking after lunch"],
      ['8 but I will start with short walks', 'I will start with short walks'],
    ] as const) {
      it(`still offers "${step}" said with a score as what they will do`, async () => {
        const reply = await atQuestion(fresh.client, 'goal.1.importance', said);

        expect(lastQuestion(reply)).to.equal('goal.1.action');
        expect(allText(reply)).to.include(`"${step}"`);
      });
    }

    const toStep = { ...plainPersonAnswers, 'goal.1.importance': '8' };
    for (const said of ["I'll try", "I'll give it a go", 'i will do my best', 'just try']) {
      it(`asks once more for a step after "${said}" to "What exactly will you do?", noting nothing yet`, async () => {
        const reply = await atQuestion(fresh.client, 'goal.1.action', said, toStep);

        expect(lastQuestion(reply)).to.equal('goal.1.action');
        expect(allText(reply)).to.match(/What is the first thing to try\?/);
        expect((await onlyRecord(fresh.running)).answers['goal.1.action']).to.equal(undefined);
      });
    }

    it('keeps "I\'ll try" said again as they said it, and goes on', async () => {
      await atQuestion(fresh.client, 'goal.1.action', "I'll try", toStep);
      const reply = await fresh.client.say("I'll try");

      expect(await storedValue(fresh.running, 'goal.1.action')).to.equal("I'll try");
      expect(lastQuestion(reply)).to.equal('goal.1.barriers');
    });

    for (const step of ['I will try to walk after lunch', 'walk after lunch, and I will try']) {
      it(`keeps the step "${step}" at once`, async () => {
        await atQuestion(fresh.client, 'goal.1.action', step, toStep);
        expect(await storedValue(fresh.running, 'goal.1.action')).to.equal(step);
      });
    }

    it('still notes a low score said with "I\'ll try" at how sure they are, and asks what would help', async () => {
      const answers = { ...plainPersonAnswers, 'goal.1.action': 'walk after lunch' };
      const reply = await atQuestion(fresh.client, 'goal.1.confidence', "5, I'll try", answers);

      expect((await onlyRecord(fresh.running)).answers['goal.1.confidence']?.value).to.equal(5);
      expect(lastQuestion(reply)).to.equal('goal.1.moreLikely');
    });
  });
}
