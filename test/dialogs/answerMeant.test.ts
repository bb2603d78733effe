/**
 * An answer put right at the next question ("sorry I meant COPD" straight after "Thanks, I've
 * noted: Diabetes"): the answer before is changed, said so, and the question waiting asked again.
 * It was noted as what matters most ("Most: sorry I meant COPD" in the plan), and the conditions
 * stayed Diabetes. Found by explorer 22a (test/explore/findings22a2.test.ts on branch explore22a).
 */
import { expect } from 'chai';
import { meantWords } from '../../dialogs/recognisers/meantWords';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { oneGoal, personToFirstGoal, walkTo } from '../support/scripts';
import { freshAppPerTest, withClockedApp } from '../support/startApp';

/** Jean for herself, diabetes noted: at "What matters most to you?". */
const toMost = ['hi', 'me', 'Jean', 'diabetes'];

for (const channelId of ['webchat', 'msteams', 'sms'] as const) {
  describe(`An answer put right at the next question, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const words of ['sorry I meant COPD', 'oops, I meant copd', 'I meant to say COPD']) {
      it(`changes the conditions to COPD on "${words}", noting nothing for what matters most`, async () => {
        await sayAll(fresh.client, toMost);
        const reply = await fresh.client.say(words);

        expect(await storedValue(fresh.running, 'whatMatters.most'), allText(reply)).to.equal(undefined);
        expect(await storedValue(fresh.running, 'conditions'), allText(reply)).to.deep.equal(['copd']);
        expect(allText(reply))
          .to.match(/changed/i)
          .and.to.include('COPD');
        expect(lastQuestion(reply)).to.equal('whatMatters.most');
      });
    }

    it('then notes the next answer as what matters most', async () => {
      await sayAll(fresh.client, [...toMost, 'sorry I meant COPD and diabetes']);
      const reply = await fresh.client.say('my family');

      expect(await storedValue(fresh.running, 'conditions')).to.have.members(['copd', 'diabetes']);
      expect(await storedValue(fresh.running, 'whatMatters.most'), allText(reply)).to.equal('my family');
      expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
    });

    it('changes her name on "sorry I meant Jeannie" at the conditions, noting no condition', async () => {
      await sayAll(fresh.client, ['hi', 'me', 'Jean']);
      const reply = await fresh.client.say('sorry I meant Jeannie');

      expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Jeannie');
      expect(await storedValue(fresh.running, 'conditions'), allText(reply)).to.equal(undefined);
      expect(lastQuestion(reply)).to.equal('conditions');
    });

    it('changes the topics on "sorry I meant foot care" at "anything else to talk about?"', async () => {
      await sayAll(fresh.client, [...personToFirstGoal(), ...oneGoal, 'check ups']);
      const reply = await fresh.client.say('sorry I meant foot care');

      expect(await storedValue(fresh.running, 'topics.selected'), allText(reply)).to.deep.equal(['footCare']);
      expect(await storedValue(fresh.running, 'topics.own'), allText(reply)).to.equal(undefined);
      expect(lastQuestion(reply)).to.equal('topics.own');
    });

    // A condition not on the list was noted as what matters most ("Most: sorry I meant lupus"), the
    // conditions left as they were (dialogfix23 #7): it puts the conditions right in their own
    // words, as the conditions question takes them, and says it is not on the list.
    for (const [words, own] of [
      ['sorry I meant lupus', 'lupus'],
      ['oops I meant coeliac disease', 'coeliac disease'],
    ] as const) {
      it(`changes the conditions to "${own}" in their own words on "${words}", saying it is not on the list`, async () => {
        await sayAll(fresh.client, toMost);
        const reply = await fresh.client.say(words);

        expect(await storedValue(fresh.running, 'whatMatters.most'), allText(reply)).to.equal(undefined);
        expect(await storedValue(fresh.running, 'conditions'), allText(reply)).to.deep.equal(['other']);
        expect(await storedValue(fresh.running, 'conditions.other')).to.equal(own);
        expect(allText(reply))
          .to.include(own)
          .and.to.match(/not on the list/i)
          .and.to.match(/own words/i);
        expect(lastQuestion(reply)).to.equal('whatMatters.most');
      });
    }

    // "sorry I meant walking" replaced the conditions with "walking" in their own words (review 23
    // finding 8): only words that can be a condition put the conditions right so.
    for (const words of ['sorry I meant walking', 'oops I meant gardening', 'sorry I meant going out']) {
      it(`never replaces the conditions on "${words}" at what matters most`, async () => {
        await sayAll(fresh.client, toMost);
        const reply = await fresh.client.say(words);

        expect(await storedValue(fresh.running, 'conditions'), allText(reply)).to.deep.equal(['diabetes']);
        expect(await storedValue(fresh.running, 'conditions.other')).to.equal(undefined);
      });
    }

    it('changes the conditions to "hearing loss" in their own words on "sorry I meant hearing loss"', async () => {
      await sayAll(fresh.client, toMost);
      const reply = await fresh.client.say('sorry I meant hearing loss');

      expect(await storedValue(fresh.running, 'conditions.other'), allText(reply)).to.equal('hearing loss');
    });

    // Words after "I meant" that name nothing of the list before are kept where they were said, as ever.
    it('keeps "I meant to say my family matters most" as what matters most', async () => {
      await sayAll(fresh.client, toMost);
      await fresh.client.say('I meant to say my family matters most');

      expect(await storedValue(fresh.running, 'conditions')).to.deep.equal(['diabetes']);
      expect(await storedValue(fresh.running, 'whatMatters.most')).to.equal('I meant to say my family matters most');
    });

    // An answer in words before is not put right so: "I meant" may begin the next answer.
    it('keeps "I meant my garden" at what is going well as its answer', async () => {
      await sayAll(fresh.client, [...toMost, 'my family']);
      await fresh.client.say('I meant my garden');

      expect(await storedValue(fresh.running, 'whatMatters.most')).to.equal('my family');
      expect(await storedValue(fresh.running, 'whatMatters.goingWell')).to.equal('I meant my garden');
    });
  });
}

describe('The words a person says they meant', () => {
  const phrases = createPhrases();
  const said: Array<[string, string]> = [
    ['sorry I meant COPD', 'COPD'],
    ['Oops, I meant copd!', 'copd'],
    ['I meant to say COPD and diabetes', 'COPD and diabetes'],
    ['my mistake, it should have been Jeannie', 'Jeannie'],
    ['sorry, meant foot care', 'foot care'],
  ];
  for (const [text, words] of said) {
    it(`reads "${words}" as meant in "${text}"`, () => {
      expect(meantWords(text, phrases)).to.equal(words);
    });
  }

  for (const text of [
    'COPD',
    'sorry',
    'I meant',
    'actually COPD',
    'sorry I meant yes to the last one',
    'I mean COPD',
  ]) {
    it(`reads nothing as meant in "${text}"`, () => {
      expect(meantWords(text, phrases)).to.equal(undefined);
    });
  }
});

// Review 23 finding 8, as the reviewer wrote it: "sorry I meant walking" at "What matters most?"
// replaced diabetes with "walking" as a condition in their own words.
it('Review 23: "sorry I meant walking" at what matters most never replaces the conditions', () =>
  withClockedApp('webchat', async ({ running, client }) => {
    const jean = { 'respondent.type': '1', 'subject.name': 'Jean', conditions: 'diabetes' };
    await walkTo((t) => client.say(t), 'whatMatters.most', jean);
    await client.say('sorry I meant walking');

    expect(await storedValue(running, 'conditions')).to.deep.equal(['diabetes']);
    expect(await storedValue(running, 'conditions.other')).to.equal(undefined);
  }));
