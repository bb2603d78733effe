import { expect } from 'chai';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { cutOffAnswer, keepsAsItIs } from '../../dialogs/cutOffAnswer';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import type { Flag } from '../../plan/record';
import { allText, lastQuestion, sayAll, type PostResult } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest, type RunningApp } from '../support/startApp';

const phrases = createPhrases();
const library = loadPackLibrary();
const goal = library.question('goal.N.text');
const answered = (value: string) => ({ status: 'answered', value }) as const;

describe('An answer in words that looks cut off', () => {
  for (const [text, last] of [
    ['walk to the', 'the'],
    ['see my grandchildren and', 'and'],
    ['Get back to my', 'my'],
    ['walk to a ', 'a'],
  ]) {
    it(`takes "${text}" as cut off at "${last}"`, () => {
      expect(cutOffAnswer(goal, answered(text), phrases)).to.deep.equal({ words: text, last });
    });
  }

  // Finished answers may end on a word that is often followed by more.
  for (const text of [
    'A friend to walk with',
    'a break and someone to talk to',
    'I help her',
    'carry on',
    'walk to the park.',
  ]) {
    it(`takes "${text}" as finished`, () => {
      expect(cutOffAnswer(goal, answered(text), phrases)).to.equal(undefined);
    });
  }

  it('never takes a name as cut off', () => {
    expect(cutOffAnswer(library.question('subject.name'), answered('Anne the'), phrases)).to.equal(undefined);
  });

  for (const text of ["that's all", 'no', 'yes', 'ok', 'nothing more']) {
    it(`keeps the words as they are on "${text}"`, () => expect(keepsAsItIs(text, phrases)).to.equal(true));
  }

  it('reads "park" as the rest, not as keeping the words', () => expect(keepsAsItIs('park', phrases)).to.equal(false));
});

/** The flags on the only record, and the stored goal. */
async function kept(running: RunningApp): Promise<{ flags: Flag[]; goal: unknown }> {
  const record = await onlyRecord(running);
  const goal = (record.answers as Record<string, { value?: unknown } | undefined>)['goal.1.text']?.value;
  return { flags: record.flags, goal };
}

// H40 (b): the crisis screen saw each text alone, and the joined words were kept in the plan.
for (const channelId of ['webchat', 'sms']) {
  describe(`A cut-off answer joined to the next text, screened as one, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    /** Walks to the first goal, says `first` (asked for the rest) then `rest`; the replies to `rest`. */
    async function inTwo(first: string, rest: string): Promise<PostResult> {
      await walkTo((words) => app.client.say(words), 'goal.1.text', plainPersonAnswers);
      const asked = await app.client.say(first);
      expect(allText(asked), `"${first}" was not taken as cut off`).to.match(/cut off/);
      return app.client.say(rest);
    }

    for (const [first, rest, kind] of [
      ['see my grandchildren before I end my', 'life', 'suicide'],
      ['he took an', 'overdose', 'medicalEmergency'],
      // The rest alone is a crisis where the joined words only raise a check-in: the graver is acted on.
      ['feel less of a', 'burden to everyone', 'suicide'],
    ]) {
      it(`answers "${first}" then "${rest}" as a crisis told in one message, keeping no goal`, async () => {
        const reply = await inTwo(first, rest);

        expect(allText(reply)).to.match(/999/);
        expect(allText(reply)).to.match(/safe right now\?/);
        const { flags, goal } = await kept(app.running);
        const flag = flags.find((f) => f.kind === 'crisis');
        expect(flag).to.include({ detail: kind, message: `${first} ${rest}`, via: 'disclosure' });
        expect(goal).to.equal(undefined);
      });
    }

    // "I want to end my" alone raises a check-in (never held as cut off): "life" finishes it, and
    // is no answer to the check-in, so the flag is the disclosure, never an "unclear" reply.
    it('answers "I want to end my" then "life" with the crisis reply and a suicide flag', async () => {
      await walkTo((words) => app.client.say(words), 'goal.1.text', plainPersonAnswers);
      const reply = await sayAll(app.client, ['I want to end my', 'life']);

      expect(allText(reply)).to.match(/116 123/);
      const flag = (await kept(app.running)).flags.find((f) => f.kind === 'crisis');
      expect(flag).to.include({ detail: 'suicide', message: 'I want to end my life', via: 'disclosure' });
    });

    it('keeps a "yes" to the check-in after "I want to end my" as said when asked', async () => {
      await walkTo((words) => app.client.say(words), 'goal.1.text', plainPersonAnswers);
      await sayAll(app.client, ['I want to end my', 'yes']);

      const flag = (await kept(app.running)).flags.find((f) => f.kind === 'crisis');
      expect(flag).to.include({ detail: 'suicide', via: 'checkIn', reply: 'yes' });
    });

    it('notes "I want to walk to the" then "park" as one goal, with no crisis reply', async () => {
      const reply = await inTwo('I want to walk to the', 'park');

      expect(allText(reply)).to.not.match(/999|safe right now/);
      expect(await kept(app.running)).to.deep.equal({ flags: [], goal: 'I want to walk to the park' });
    });

    it('asks the check-in the joined words raise, and notes them whole after a clear "no"', async () => {
      const asked = await inTwo('stop feeling such a', 'burden to my family');
      expect(lastQuestion(asked)).to.equal('safety.checkIn');
      await app.client.say('no');

      expect(await kept(app.running)).to.deep.equal({ flags: [], goal: 'stop feeling such a burden to my family' });
    });

    it('lets the held words go with the crisis: the goal asked again is kept as said', async () => {
      await inTwo('he took an', 'overdose');
      await sayAll(app.client, ["I'm safe", 'ok']);
      await app.client.say('walk more');

      expect((await kept(app.running)).goal).to.equal('walk more');
    });
  });
}
