import { expect } from 'chai';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import type { PreparationRecord } from '../../plan/record';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { oneGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

/** To "Which health conditions?", answering for themselves. */
const toConditions = ['hi', 'me', 'Jean'];

/** Typed condition, the option ids it is recorded as, and its words kept as "something else". */
const typed: Array<[string, string[], string | undefined]> = [
  ['dementia', ['dementia'], undefined],
  ['asthma', ['copd'], undefined],
  ['stroke', ['stroke'], undefined],
  ['kidney disease', ['kidney'], undefined],
  ["Parkinson's", ['neurological'], undefined],
  ['epilepsy', ['neurological'], undefined],
  ['MS', ['neurological'], undefined],
  ['cancer', ['cancer'], undefined],
  ['high blood pressure', ['heart'], undefined],
  ['dementia and heart failure', ['dementia', 'heart'], undefined],
  ["Huntington's disease", ['other'], "Huntington's disease"],
  ['diabetes and lupus', ['diabetes', 'other'], 'lupus'],
  ['sarcoidosis', ['other'], 'sarcoidosis'],
  ['IBS', ['other'], 'IBS'],
  ['ME/CFS', ['other'], 'ME/CFS'],
  ['sugar problems and a bad chest', ['diabetes', 'copd'], undefined],
  // "are" was kept as a condition in their words.
  ['I have diabetes, copd and my knees are bad', ['diabetes', 'copd', 'musculoskeletal'], undefined],
  ['my knees are bad', ['musculoskeletal'], undefined],
  ['my hips were bad and I am diabetic', ['musculoskeletal', 'diabetes'], undefined],
  // Each word alone is a condition the list knows; together they once got the emergency reply.
  ['sugar and my chest', ['diabetes', 'copd'], undefined],
  ['chest and sugar', ['copd', 'diabetes'], undefined],
  ['heart and chest', ['heart', 'copd'], undefined],
  ['breathing and sugar', ['copd', 'diabetes'], undefined],
  ['I have sugar and my chest', ['diabetes', 'copd'], undefined],
];

const packs = loadPackLibrary().packs;

/** The question after the conditions: the first "about" question of their condition packs, or what matters. */
function askedNext(ids: readonly string[]): string {
  const own = packs.filter((pack) => pack.condition !== undefined && ids.includes(pack.condition));
  return own.flatMap((pack) => pack.questions).find((q) => q.section === 'about')?.linkId ?? 'whatMatters.most';
}

/** Typed at the conditions question, they name nothing: no letters, a reply, a keyboard mash. */
const notWords = ['???', '😊', 'ok', 'hmm', 'yes', 'thanks', 'stuff', 'asdfghjkl', 'qwerty uiop', 'kjhkjh'];

for (const channelId of channels) {
  describe(`Conditions typed in the person's own words, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    const record = (): Promise<PreparationRecord> => onlyRecord(fresh.running);

    for (const [text, ids, other] of typed) {
      it(`accepts "${text}" as ${ids.join(' and ')}${other ? ` with the words "${other}"` : ''}, and goes on`, async () => {
        const result = await sayAll(fresh.client, [...toConditions, text]);
        const saved = await record();

        expect(lastQuestion(result)).to.equal(askedNext(ids));
        expect(allText(result)).to.not.match(/didn't understand|did not understand|pick one of/i);
        expect(allText(result)).to.not.match(/999|116 123/);
        expect(saved.answers.conditions?.value).to.deep.equal(ids);
        expect(saved.answers['conditions.other']?.value).to.equal(other);
        if (other) expect(allText(result)).to.include(`in your words: "${other}"`);
      });
    }

    for (const text of notWords) {
      it(`asks again on "${text}", which names nothing, and stores nothing`, async () => {
        const result = await sayAll(fresh.client, [...toConditions, text]);
        const saved = await record();

        expect(lastQuestion(result)).to.equal('conditions');
        expect(allText(result)).to.match(/could not read that/);
        expect(saved.answers.conditions).to.equal(undefined);
      });
    }

    it('keeps a keyboard mash typed a second time: the person meant it', async () => {
      const result = await sayAll(fresh.client, [...toConditions, 'xyzzy', 'xyzzy']);
      const saved = await record();

      expect(lastQuestion(result)).to.equal('whatMatters.most');
      expect(saved.answers.conditions?.value).to.deep.equal(['other']);
      expect(saved.answers['conditions.other']?.value).to.equal('xyzzy');
    });

    it('keeps the words and leaves out a mash beside them, saying so', async () => {
      const result = await sayAll(fresh.client, [...toConditions, 'diabetes, lupus and qwerty']);
      const saved = await record();

      expect(saved.answers.conditions?.value).to.deep.equal(['diabetes', 'other']);
      expect(saved.answers['conditions.other']?.value).to.equal('lupus');
      expect(allText(result)).to.match(/understand "qwerty", so I left it out/);
    });

    // "my appointment is on 14 March" was kept as a condition in their words (explore 23).
    it('keeps the condition and never keeps the appointment said beside it as one', async () => {
      const result = await sayAll(fresh.client, [...toConditions, 'diabetes and my appointment is on 14 March']);
      const saved = await record();

      expect(saved.answers.conditions?.value, allText(result)).to.deep.equal(['diabetes']);
      expect(saved.answers['conditions.other']).to.equal(undefined);
      expect(allText(result)).to.include('my appointment is on 14 March');
    });

    // Review 23 #2: every part holding "appointments" was dropped, condition and all.
    it('keeps "panic attacks before appointments" said with diabetes as a condition in their words', async () => {
      const result = await sayAll(fresh.client, [...toConditions, 'diabetes and panic attacks before appointments']);
      const saved = await record();

      expect(allText(result)).to.not.match(/didn't understand "panic attacks/);
      expect(saved.answers['conditions.other']?.value).to.equal('panic attacks before appointments');
    });

    it('gives help on "what?" rather than keeping it as a condition', async () => {
      const result = await sayAll(fresh.client, [...toConditions, 'what?']);

      expect(lastQuestion(result)).to.equal('conditions');
      expect(allText(result)).to.match(/If (yours|it) is not on the list, type it/);
      expect((await record()).answers.conditions).to.equal(undefined);
    });

    // A person may have no condition on the list: "none" was asked again for ever ("not sure" was
    // the only way on), and before that noted as "Something else", a condition they never named.
    for (const none of ['none', 'None of those', 'no', 'nothing', 'no conditions']) {
      it(`notes no condition for "${none}" and moves on`, async () => {
        const result = await sayAll(fresh.client, [...toConditions, none]);

        expect(lastQuestion(result), allText(result)).to.equal('whatMatters.most');
        expect(allText(result)).to.not.match(/something else/i);
        expect((await record()).answers.conditions?.value).to.deep.equal([]);
      });
    }

    it('offers the general topics, and names no condition on the plan, after "none"', async () => {
      await sayAll(fresh.client, [...toConditions, 'none', 'family', 'skip', 'skip', 'skip', 'skip', 'skip']);
      const topics = (await sayAll(fresh.client, oneGoal)).questions.at(-1);
      const plan = allText(await fresh.client.say('show my plan'));

      expect(topics?.linkId).to.equal('topics.selected');
      expect((topics?.options as { id: string }[]).map((option) => option.id)).to.include.members(['medicinesReview']);
      expect(plan).to.not.match(/Conditions:/);
    });

    it('still asks in their own words after "none of these"', async () => {
      const result = await sayAll(fresh.client, [...toConditions, 'none of these']);

      expect(lastQuestion(result)).to.equal('conditions.other');
    });

    it('still asks in their own words when they pick "something else" from the list', async () => {
      const result = await sayAll(fresh.client, [...toConditions, 'something else']);

      expect(lastQuestion(result)).to.equal('conditions.other');
    });

    // Every channel shows the whole plan, the SMS copy included.
    it('shows a condition kept in their words on the plan', async () => {
      await sayAll(fresh.client, [...toConditions, 'diabetes and lupus']);
      const plan = allText(await fresh.client.say('show my plan'));

      expect(plan).to.match(/Conditions: Diabetes; lupus/);
    });
  });
}
