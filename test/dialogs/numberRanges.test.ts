/**
 * Picking from a numbered list by text, as new users do: a range of numbers ("1-3", "1 to 4"), and
 * numbers in words that pick nothing ("24-7", "my 2 grandchildren"). Found trying the bot as new users.
 */
import { expect } from 'chai';
import type { Option } from '../../content/packs/packSchema';
import { recogniseChoices } from '../../dialogs/recognisers/choices';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { oneGoal, personToFirstGoal, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

describe('A range of numbers picked by SMS', () => {
  const fresh = freshAppPerTest('sms');

  // "1-3" to the numbered conditions noted 1 and 3 only ("Diabetes, Heart or blood pressure"),
  // leaving out 2 (COPD); "1 to 4" for the topics likewise kept only the two ends.
  for (const range of ['1-3', '1 to 3', '1 - 3', 'one to three']) {
    it(`notes every condition from 1 to 3 on "${range}", not only the two ends`, async () => {
      const asked = await sayAll(fresh.client, ['hi', '1', 'Jean']);
      expect(lastQuestion(asked), allText(asked)).to.equal('conditions');
      const reply = await fresh.client.say(range);

      const noted = (await onlyRecord(fresh.running)).answers.conditions?.value;
      expect(noted, allText(reply)).to.have.members(['diabetes', 'copd', 'heart']);
    });
  }

  it('notes four topics on "1 to 4"', async () => {
    const asked = await walkTo((text) => fresh.client.say(text), 'topics.selected', { 'subject.name': 'Jean' });
    expect(allText(asked)).to.match(/^4 /m);
    const reply = await fresh.client.say('1 to 4');

    const noted = (await onlyRecord(fresh.running)).answers['topics.selected']?.value;
    expect(noted, allText(reply)).to.be.an('array').with.lengthOf(4);
  });

  for (const range of ['3-1', '1-40']) {
    it(`asks again on "${range}", backwards or past the end of the list, noting nothing`, async () => {
      await sayAll(fresh.client, ['hi', '1', 'Jean']);
      const reply = await fresh.client.say(range);

      expect((await onlyRecord(fresh.running)).answers.conditions, allText(reply)).to.equal(undefined);
      expect(lastQuestion(reply), allText(reply)).to.equal('conditions');
    });
  }
});

describe('Reading a range of numbers from a list', () => {
  const phrases = createPhrases();
  const options: Option[] = ['pain', 'sleep', 'mood', 'falls', 'work'].map((id) => ({ id, label: id, synonyms: [] }));
  const many = { multiple: true };

  const ranges: Array<[string, string[]]> = [
    ['1-3', ['pain', 'sleep', 'mood']],
    ['2 - 4', ['sleep', 'mood', 'falls']],
    ['2–4', ['sleep', 'mood', 'falls']],
    ['1 to 3', ['pain', 'sleep', 'mood']],
    ['two to four', ['sleep', 'mood', 'falls']],
    ['1-2 and 5', ['pain', 'sleep', 'work']],
    ['1 and 3 to 5', ['pain', 'mood', 'falls', 'work']],
    ['3-3', ['mood']],
    ['falls and 1-2', ['falls', 'pain', 'sleep']],
  ];
  for (const [text, ids] of ranges) {
    it(`reads "${text}" as ${ids.join(', ')}`, () => {
      expect(recogniseChoices(text, options, phrases, many)).to.deep.equal({ ok: true, value: { ids, unmatched: [] } });
    });
  }

  for (const text of ['3-1', '4 to 2', '0-2', '4-9']) {
    it(`says "${text}" is out of range, backwards or past the list`, () => {
      expect(recogniseChoices(text, options, phrases, many)).to.deep.equal({ ok: false, code: 'out_of_range' });
    });
  }

  it('counts a range against the most that may be picked', () => {
    expect(recogniseChoices('1-4', options, phrases, { multiple: true, max: 3 })).to.deep.equal({
      ok: false,
      code: 'too_many',
    });
  });
});

describe('Numbers in words that are no range', () => {
  const phrases = createPhrases();
  const topics: Option[] = ['pain', 'sleep', 'falls', 'mood', 'tiredness'].map((id) => ({
    id,
    label: id,
    synonyms: [],
  }));
  const many = { multiple: true };

  // "24-7" and "9-5" are how long or when, never options 24 to 7: they failed as out of range.
  const said: Array<[string, string]> = [
    ['tired 24-7', 'tiredness'],
    ['sleep 9-5 shifts', 'sleep'],
    ['tiredness, 24-7', 'tiredness'],
  ];
  for (const [text, id] of said) {
    it(`reads "${text}" as ${id}, never out of range`, () => {
      const read = recogniseChoices(text, topics, phrases, many);
      expect(read.ok && read.value.ids).to.include(id);
    });
  }

  // "2 to 4 weeks" is how long: the option between the two numbers (falls) was picked too.
  it('never picks what lies between the numbers of "mood from 2 to 4 weeks"', () => {
    const read = recogniseChoices('mood from 2 to 4 weeks', topics, phrases, many);
    expect(read.ok && read.value.ids)
      .to.include('mood')
      .and.not.include('falls');
  });

  // A count in a sentence, or a goal's number, was read as a list number (explore 21): "my 2
  // grandchildren" picked option 2, "change goal 1" option 1.
  const notPicks: Array<[string, string[]]> = [
    ['my falls, and looking after my 2 grandchildren', ['falls']],
    ['change goal 1', []],
    ['pain for 3 weeks', ['pain']],
    ['yes my 2 grandchildren', []],
    ['I think 3 weeks', []],
  ];
  for (const [text, ids] of notPicks) {
    it(`reads "${text}" as ${ids.join(', ') || 'no pick'}, never a number in its words`, () => {
      const read = recogniseChoices(text, topics, phrases, many);
      expect(read.ok ? read.value.ids : []).to.deep.equal(ids);
    });
  }

  // A number said on its own, or with only words around picks ("number 2"), still picks.
  const picks: Array<[string, string[]]> = [
    ['number 2', ['sleep']],
    ['option 2 and pain', ['sleep', 'pain']],
    ['2 3 and mood', ['sleep', 'falls', 'mood']],
    ['falls, 1', ['falls', 'pain']],
    // A word of doubt or a yes before a lone number (review 21: each was asked again).
    ['I think 3', ['falls']],
    ['yes 3', ['falls']],
    ['id say 2', ['sleep']],
    ['can I have 2', ['sleep']],
    ["I'd say 2 and 4", ['sleep', 'mood']],
  ];
  for (const [text, ids] of picks) {
    it(`reads "${text}" as ${ids.join(', ')}`, () => {
      const read = recogniseChoices(text, topics, phrases, many);
      expect(read.ok && read.value.ids).to.deep.equal(ids);
    });
  }
});

describe('A number in words at the topic list, in web chat', () => {
  const fresh = freshAppPerTest('webchat');
  /** Jean at the topics (the diabetes list: 1 is check-ups, 2 medicines). */
  const toTopics = [...personToFirstGoal(), ...oneGoal];

  for (const [words, never] of [
    ['my feet, and looking after my 2 grandchildren', 'takingMedication'],
    ['change goal 1', 'checkUps'],
  ] as const) {
    it(`never picks ${never} on "${words}"`, async () => {
      const asked = await sayAll(fresh.client, toTopics);
      expect(lastQuestion(asked), allText(asked)).to.equal('topics.selected');
      const reply = await fresh.client.say(words);

      const picked = (await onlyRecord(fresh.running)).answers['topics.selected']?.value;
      expect(picked ?? [], allText(reply)).to.not.include(never);
    });
  }
});

describe('A pick with a word of doubt or a yes before it, by SMS', () => {
  const fresh = freshAppPerTest('sms');

  // Review 21: each was "reply with numbers from the list", asked again.
  for (const words of ['I think 3', 'yes 3', 'id say 3', 'can I have 3']) {
    it(`notes topic 3 on "${words}"`, async () => {
      await sayAll(fresh.client, [...personToFirstGoal(), ...oneGoal]);
      const reply = await fresh.client.say(words);

      const picked = (await onlyRecord(fresh.running)).answers['topics.selected']?.value;
      expect(picked, allText(reply)).to.deep.equal(['eatingAmount']);
    });
  }
});
