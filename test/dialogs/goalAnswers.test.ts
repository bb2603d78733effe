/**
 * What people say in the middle of a goal that is not the answer to the question asked: a change
 * to an earlier goal, a correction to a number already given, a goal with its number and what
 * might stop them said in one breath, and "show my plan" before every question is asked. Found
 * by playing new users through the journey.
 */
import { expect } from 'chai';
import type { PreparationRecord } from '../../plan/record';
import { allText, lastQuestion, sayAll, type PostResult } from '../support/botClient';
import { carerToTopics } from '../support/carerScripts';
import { onlyRecord } from '../support/onlyRecord';
import { oneGoal, personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'sms'] as const;

/** Jean on to her first goal's "What exactly will you do?", having said "walk to the park" and 5. */
const toAction = [...personToFirstGoal(), 'walk to the park', '5'];
/** On to "How sure are you?" for that goal. */
const toConfidence = [...toAction, 'walk after lunch', 'my knees'];
/** On to "Would you like to add another goal?". */
const toAnother = [...toConfidence, '8'];
/** Sam for Ron on to the first goal's "What exactly will Ron do?", having said "walk to the park" and 5. */
const carerToAction = [...carerToTopics.slice(0, carerToTopics.length - oneGoal.length - 1), 'walk to the park', '5'];

/** The words of a reply, without the buttons: what the person reads. */
const words = (result: PostResult): string => allText(result);

for (const channelId of channels) {
  describe(`Goals, when what is said is not the answer to the question, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const record = (): Promise<PreparationRecord> => onlyRecord(fresh.running);

    const rambling = 'my goal is walking to the shops, about a 7, my knees might stop me';

    it('hears the 7 in "my goal is walking to the shops, about a 7, my knees might stop me"', async () => {
      await sayAll(fresh.client, personToFirstGoal());
      const result = await fresh.client.say(rambling);
      const importance = (await record()).answers['goal.1.importance']?.value;

      // Noted, or at least said back to check: never asked for as if it had not been given.
      expect(importance === 7 || /\b7\b/.test(words(result)), words(result)).to.equal(true);
    });

    // Brief dialog25: offered for a yes, the 7 was lost when the next reply answered the next question.
    it('notes the 7 heard with the goal as its importance, says so, and asks what they will do', async () => {
      await sayAll(fresh.client, personToFirstGoal());
      const noted = await fresh.client.say(rambling);
      expect(lastQuestion(noted), words(noted)).to.equal('goal.1.action');
      expect(words(noted)).to.include('matters 7 out of 10 to you');

      const answers = (await record()).answers;
      expect(answers['goal.1.importance']?.value).to.equal(7);
      // The score noted is no part of the goal's words (brief fix25 #6b).
      expect(answers['goal.1.text']?.value).to.equal('my goal is walking to the shops, my knees might stop me');
    });

    it('offers what might stop them, heard with the goal, when that is asked, and notes it on a yes', async () => {
      await sayAll(fresh.client, [...personToFirstGoal(), rambling]);
      const offered = await fresh.client.say('walk there on Tuesdays');
      expect(lastQuestion(offered)).to.equal('goal.1.barriers');
      expect(words(offered)).to.include('"my knees might stop me"');

      await fresh.client.say('yes');
      expect((await record()).answers['goal.1.barriers']?.value).to.equal('my knees might stop me');
    });

    it('takes another score for it said by name at the next question, and asks that question again', async () => {
      await sayAll(fresh.client, [...personToFirstGoal(), rambling]);
      const result = await fresh.client.say('importance 8');

      expect(lastQuestion(result), words(result)).to.equal('goal.1.action');
      expect((await record()).answers['goal.1.importance']?.value).to.equal(8);
      expect((await record()).answers['goal.1.action']).to.equal(undefined);
    });

    for (const goal of ['Walk 20 minutes a day, 5 days a week', 'sleep better, 8 hours a night', 'walk to the park']) {
      it(`hears no rating in "${goal}" and asks how important it is in its own words`, async () => {
        await sayAll(fresh.client, personToFirstGoal());
        const result = await fresh.client.say(goal);

        expect(lastQuestion(result)).to.equal('goal.1.importance');
        expect(words(result)).to.include('How important is this to you');
      });
    }

    for (const goals of [
      '1. walk to the park 2. stop smoking',
      '1.walk to the park\n2.stop smoking',
      '1 - walk to the park, 2 - stop smoking',
      '1) walk to the park\n2) stop smoking',
    ]) {
      it(`hears no rating in the list numbers of ${JSON.stringify(goals)}, and keeps both goals' words`, async () => {
        await sayAll(fresh.client, personToFirstGoal());
        const result = await fresh.client.say(goals);
        const kept = (await record()).answers['goal.1.text']?.value;

        expect(words(result)).to.not.match(/matters 1 out of 10/);
        expect(lastQuestion(result)).to.equal('goal.1.importance');
        expect(words(result)).to.include('How important is this to you');
        expect(kept).to.include('walk to the park').and.to.include('stop smoking');
      });
    }

    it('tells a carer the rating heard is noted as how much the goal matters to the person, by name', async () => {
      await sayAll(fresh.client, carerToAction.slice(0, -2));
      const result = await fresh.client.say('walk to the shops, 8 out of 10');

      expect(lastQuestion(result)).to.equal('goal.1.action');
      expect((await record()).answers['goal.1.importance']?.value).to.equal(8);
      expect(words(result)).to.include('matters 8 out of 10 to Ron');
    });

    it('takes "change my first goal", asked for goal 2, to goal 1 rather than keeping it as goal 2', async () => {
      await sayAll(fresh.client, [...toAnother, 'yes']);
      const result = await fresh.client.say('change my first goal');

      expect((await record()).answers['goal.2.text'], words(result)).to.equal(undefined);
      expect(words(result)).to.include('walk to the park');
    });

    it('changes goal 1 and comes back to goal 2, named, after "change my first goal"', async () => {
      await sayAll(fresh.client, [...toAnother, 'yes', 'change my first goal']);
      const result = await fresh.client.say('walk to the park and back');
      const answers = (await record()).answers;

      expect(lastQuestion(result), words(result)).to.equal('goal.2.text');
      expect(answers['goal.1.text']?.value).to.equal('walk to the park and back');
      expect(answers['goal.2.text']).to.equal(undefined);
      expect(words(result)).to.include('Goal 2.');
    });

    it('keeps goal 1 as it was on "keep", and comes back to goal 2', async () => {
      await sayAll(fresh.client, [...toAnother, 'yes', 'change my first goal']);
      const result = await fresh.client.say('keep');
      const answers = (await record()).answers;

      expect(lastQuestion(result), words(result)).to.equal('goal.2.text');
      expect(answers['goal.1.text']?.value).to.equal('walk to the park');
      expect(answers['goal.2.text']).to.equal(undefined);
    });

    const goalChanges: Array<[string, readonly string[], string]> = [
      ['can I edit goal 1?', [...toAnother, 'yes'], 'goal.2.text'],
      ['Go back to my last goal', [...toAnother, 'yes'], 'goal.2.text'],
      ['actually I want to change my first goal', toAnother, 'goal.another'],
      ['change goal one please', toConfidence, 'goal.1.confidence'],
    ];
    for (const [said, to, returnsTo] of goalChanges) {
      it(`asks goal 1 again on "${said}", then ${returnsTo} again`, async () => {
        await sayAll(fresh.client, to);
        const asked = await fresh.client.say(said);
        expect(lastQuestion(asked), words(asked)).to.equal('goal.1.text');
        expect(words(asked)).to.include('walk to the park');

        // The same goal put more fully: another goal would go over its answers first (explorer30).
        const back = await fresh.client.say('walk to the park and back');
        expect(lastQuestion(back), words(back)).to.equal(returnsTo);
        expect((await record()).answers['goal.1.text']?.value).to.equal('walk to the park and back');
      });
    }

    it('says there is no goal 2 yet on "change my second goal" at goal 2, noting nothing', async () => {
      await sayAll(fresh.client, [...toAnother, 'yes']);
      const result = await fresh.client.say('change my second goal');

      expect(lastQuestion(result), words(result)).to.equal('goal.2.text');
      expect(words(result)).to.match(/no goal 2 yet/i);
      expect((await record()).answers['goal.2.text']).to.equal(undefined);
    });

    for (const goal of ['change my diet', 'change my first meal of the day to porridge', 'change the goal posts']) {
      it(`keeps "${goal}" as goal 2`, async () => {
        await sayAll(fresh.client, [...toAnother, 'yes']);
        const result = await fresh.client.say(goal);

        expect(lastQuestion(result), words(result)).to.equal('goal.2.importance');
        expect((await record()).answers['goal.2.text']?.value).to.equal(goal);
      });
    }

    it('puts "actually my importance is 9 not 5" to the importance, not down as what they will do', async () => {
      await sayAll(fresh.client, toAction);
      const result = await fresh.client.say('actually my importance is 9 not 5');
      const answers = (await record()).answers;

      expect(answers['goal.1.action'], words(result)).to.equal(undefined);
      const nine = answers['goal.1.importance']?.value === 9 || /\b9\b/.test(words(result));
      expect(nine, `importance still ${String(answers['goal.1.importance']?.value)}`).to.equal(true);
    });

    const corrections: Array<[string, readonly string[], string, 'importance' | 'confidence', number, string]> = [
      ['actually my importance is 9 not 5', toAction, 'goal.1.action', 'importance', 9, 'walk to the park'],
      ['change importance to 9', toAction, 'goal.1.action', 'importance', 9, 'not 5'],
      [
        'Change my importance from 5 to 9.',
        [...toAction, 'walk after lunch'],
        'goal.1.barriers',
        'importance',
        9,
        'not 5',
      ],
      ['9 for importance', toConfidence, 'goal.1.confidence', 'importance', 9, 'walk to the park'],
      ['my confidence is 9 actually', toAnother, 'goal.1.another', 'confidence', 9, 'not 8'],
      ['sorry, confidence should be 9', [...toAnother, 'yes'], 'goal.2.text', 'confidence', 9, 'walk to the park'],
    ];
    for (const [said, to, stays, score, value, named] of corrections) {
      it(`takes "${said}" at ${stays} as the goal's ${score}, says so, and asks ${stays} again`, async () => {
        await sayAll(fresh.client, to);
        const result = await fresh.client.say(said);
        const answers = (await record()).answers;

        expect(lastQuestion(result), words(result)).to.equal(stays.replace('.1.another', '.another'));
        expect(answers[`goal.1.${score}`]?.value).to.equal(value);
        expect(answers[stays]).to.equal(undefined);
        expect(words(result)).to.include(named);
      });
    }

    it('takes "my importance is 9" at the importance question as its answer, and goes on', async () => {
      await sayAll(fresh.client, [...personToFirstGoal(), 'walk to the park']);
      const result = await fresh.client.say('my importance is 9');

      expect(lastQuestion(result), words(result)).to.equal('goal.1.action');
      expect((await record()).answers['goal.1.importance']?.value).to.equal(9);
    });

    it('notes a confidence given before it is asked, and does not ask it again', async () => {
      await sayAll(fresh.client, [...toAction, 'my confidence is 8']);
      const result = await sayAll(fresh.client, ['walk after lunch', 'my knees']);

      expect(lastQuestion(result), words(result)).to.equal('goal.another');
      expect((await record()).answers['goal.1.confidence']?.value).to.equal(8);
    });

    it('asks what would make it more likely when a confidence is changed to below 7', async () => {
      const result = await sayAll(fresh.client, [...toAnother, 'my confidence is 4 actually']);

      expect(lastQuestion(result), words(result)).to.equal('goal.1.moreLikely');
    });

    it('changes no score on "importance 7 or 8", and asks which with the question again', async () => {
      await sayAll(fresh.client, toAction);
      const result = await fresh.client.say('importance 7 or 8');
      const answers = (await record()).answers;

      expect(lastQuestion(result), words(result)).to.equal('goal.1.action');
      expect(answers['goal.1.importance']?.value).to.equal(5);
      expect(answers['goal.1.action']).to.equal(undefined);
      expect(words(result)).to.match(/one whole number/);
    });

    for (const action of [
      "It's important I walk 3 times a week",
      "My confidence is low so I'll walk 2 times a week",
      "I'm sure I can walk 3 times a week",
    ]) {
      it(`keeps "${action}" as what they will do, changing no score`, async () => {
        await sayAll(fresh.client, toAction);
        const result = await fresh.client.say(action);
        const answers = (await record()).answers;

        expect(lastQuestion(result), words(result)).to.equal('goal.1.barriers');
        expect(answers['goal.1.action']?.value).to.equal(action);
        expect(answers['goal.1.importance']?.value).to.equal(5);
        expect(answers['goal.1.confidence']).to.equal(undefined);
      });
    }

    it("says a carer's change of importance is about the person, by name", async () => {
      await sayAll(fresh.client, carerToAction);
      const result = await fresh.client.say('actually importance is 9');

      expect(lastQuestion(result), words(result)).to.equal('goal.1.action');
      expect((await record()).answers['goal.1.importance']?.value).to.equal(9);
      expect(words(result)).to.match(/Ron/);
    });

    it('shows a confidence not yet asked as not answered in the plan, never as "not sure"', async () => {
      await sayAll(fresh.client, toConfidence);
      const plan = words(await fresh.client.say('show my plan'));

      expect(plan).to.include('walk to the park');
      expect(plan).to.not.match(/Confidence: not sure/);
      expect(plan).to.include('Importance: 5 out of 10. Confidence: not answered yet');
    });

    it('still shows "not sure" in the plan when that was the answer to how sure they are', async () => {
      await sayAll(fresh.client, [...toConfidence, 'not sure']);
      const plan = words(await fresh.client.say('show my plan'));

      expect(plan).to.include('Importance: 5 out of 10. Confidence: not sure');
    });
  });
}
