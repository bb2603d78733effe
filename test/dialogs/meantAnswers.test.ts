import { expect } from 'chai';
import type { PreparationRecord } from '../../plan/record';
import { allText, lastQuestion, sayAll, type PostResult } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { oneGoal, personToFirstGoal } from '../support/scripts';
import { chatClient, freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

/** To "What matters most?", answering for themselves with diabetes. */
const toWhatMatters = ['hi', 'me', 'Jean', 'diabetes'];
/** On to "What would you like to talk about?" (one goal, no second). */
const toTopics = [...personToFirstGoal(), ...oneGoal];
/** On to the first mood question. */
const toMood = [...toTopics, '1 and 2', 'skip', '1'];

for (const channelId of channels) {
  describe(`Recording only what was meant, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    const record = (): Promise<PreparationRecord> => onlyRecord(fresh.running);

    it('takes "hello" and "I\'m back" after a pause as a greeting: a recap and the same question, never an answer', async () => {
      await sayAll(fresh.client, [...toWhatMatters, 'later']);
      const hello = await fresh.client.say('hello');
      const back = await fresh.client.say("I'm back");

      for (const reply of [hello, back]) expect(lastQuestion(reply)).to.equal('whatMatters.most');
      expect(allText(back)).to.match(/part 2 of 6/i);
      expect((await record()).answers['whatMatters.most']).to.equal(undefined);
    });

    it('never fills the current question from an old card scrolled back to', async () => {
      await sayAll(fresh.client, toWhatMatters);
      const stale = await fresh.client.post({
        text: undefined,
        value: { linkId: 'conditions', answer: 'diabetes,copd' },
      });

      expect(lastQuestion(stale)).to.equal('whatMatters.most');
      expect(allText(stale)).to.match(/earlier question/);
      expect((await record()).answers['whatMatters.most']).to.equal(undefined);
    });

    for (const nothing of ['no', 'nothing', 'none', 'n/a', 'nope', 'nah', "that's all"]) {
      it(`takes "${nothing}" to "anything else to talk about?" as nothing more, not as a topic`, async () => {
        const client = chatClient(fresh.running, { channelId });
        await sayAll(client, [...toTopics, '1 and 2']);
        const next = await client.say(nothing);
        const offered = next.questions.at(-1)?.options as { label: string }[] | undefined;

        expect(lastQuestion(next)).to.equal('topics.top');
        expect(offered?.map((o) => o.label)).to.deep.equal(['Medical check-ups', 'Taking medicines']);
        expect(allText(next)).to.not.include(`"${nothing}"`);
      });
    }

    const picks: Array<[string, string[], string, RegExp]> = [
      [toWhatMatters.slice(0, 3).join('|'), [], 'DIABETIS AND HART', /Diabetes, Heart or blood pressure\./],
      [
        toWhatMatters.slice(0, 3).join('|'),
        [],
        'chest and knees',
        /COPD, asthma or breathing, Joints, bones or back\./,
      ],
      [toTopics.join('|'), [], 'MEDS, FEET N SLEEP', /A medicines check, Foot care, Sleep\./],
      [toTopics.join('|'), [], 'meds feet and sleep', /A medicines check, Foot care, Sleep\./],
      [toTopics.join('|'), [], 'one and three', /Medical check-ups, Eating the right amount\./],
    ];
    for (const [script, , typed, said] of picks) {
      it(`reads every pick in "${typed}"`, async () => {
        const result = await sayAll(fresh.client, [...script.split('|'), typed]);
        expect(allText(result)).to.match(said);
        expect(allText(result)).to.not.match(/didn't understand|did not understand|didn't match/);
      });
    }

    it('keeps the picks it understood and says which part it did not', async () => {
      const result = await sayAll(fresh.client, [...toTopics, 'feet, sleep, xyzzy']);

      expect(lastQuestion(result)).to.equal('topics.own');
      expect(allText(result)).to.match(/Foot care, Sleep\. I did(n't| not) understand "xyzzy"/);
      expect((await record()).answers['topics.selected']?.value).to.deep.equal(['footCare', 'sleep']);
    });

    it('records "not sure" to both mood questions as not sure, and puts mood on the list to discuss', async () => {
      await sayAll(fresh.client, [...toMood, 'not sure', 'not sure']);
      // Not sure is not no: the direct question about thoughts of harm comes first.
      const plan = allText(await fresh.client.say('no'));

      expect((await record()).answers['mood.down']?.status).to.equal('unknown');
      expect(plan).to.not.match(/No concerns raised/);
      expect(plan).to.match(/not sure about one of the/i);
      expect(plan).to.match(/Mood and feelings/);
    });

    // At "Does Ron know…?" an explanation is kept at once, never asked for again (explorer 31, H497).
    it('keeps the words of a sentence given to "Does Ron know you are doing this?" and moves on', async () => {
      const sentence = 'He knows but he forgets what we talked about';
      await sayAll(fresh.client, ['hi', '2', 'Ron', 'Sam', 'wife']);
      const moved = await fresh.client.say(sentence);

      expect(lastQuestion(moved)).to.equal('conditions');
      expect((await record()).answers['respondent.personAgrees']).to.deep.include({
        status: 'unknown',
        value: sentence,
      });
    });

    it('keeps a 5,000-character answer whole and goes on to the next question', async () => {
      const long = `${'I worry about my feet and my eyes. '.repeat(143)}End.`;
      await sayAll(fresh.client, toWhatMatters);
      const result = await fresh.client.say(long);

      expect(long.length).to.be.above(5000);
      expect(lastQuestion(result)).to.equal('whatMatters.goingWell');
      expect((await record()).answers['whatMatters.most']?.value).to.equal(long);
    });

    it('refuses a name with no letters in it, kindly, and asks again', async () => {
      await sayAll(fresh.client, ['hi', 'me']);
      const result: PostResult = await fresh.client.say('😊');

      expect(lastQuestion(result)).to.equal('subject.name');
      expect(allText(result)).to.match(/as a name/);
    });

    it('says an unknown invitation code did not work, and how to go on without one', async () => {
      const result = await fresh.client.say('ABCD2345');

      expect(allText(result)).to.match(/cannot use that code/);
      expect(allText(result)).to.match(/go on without/);
      expect(lastQuestion(result)).to.equal('respondent.type');
      expect(allText(result)).to.not.match(/pick one of the options|please reply with one number/i);
    });
  });
}
