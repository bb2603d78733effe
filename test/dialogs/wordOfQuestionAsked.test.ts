/**
 * Explorer 31: Peggy, 78, asked "what's a goal?" at "What is something you would like to achieve?"
 * and read "Thanks, I've noted: "what's a goal?"" with the importance question after it: her goal
 * on the plan was her question, and she was never told what a goal is. Asking what a word of the
 * question or its help is ("what is a goal", "whats a step") is asking what it means; a question of
 * her own about other words ("what's a normal blood sugar?") is still her answer.
 */
import { expect } from 'chai';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { asksForHelp } from '../../dialogs/recognisers/helpAsked';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { storedValue } from '../support/onlyRecord';
import { amiraToImportance, appPerTest29, patToConfidence, Texter, WebChatter } from '../support/explorerPeople';

const phrases = createPhrases();
const packs = loadPackLibrary();

describe('Asking what a word of the question is', () => {
  const goal = packs.question('goal.N.text');
  const feelings = packs.question('whatMatters.feelings');

  for (const text of [
    "what's a goal?",
    'whats a goal',
    'What is a goal?',
    'what are goals?',
    'what is a goal exactly?',
  ]) {
    it(`reads "${text}" at the goal question as asking what it means`, () => {
      expect(asksForHelp(text, phrases, goal)).to.equal(true);
    });
  }

  for (const [text, question] of [
    ["what's a normal blood sugar before bed?", goal],
    ['what is a good day for me, seeing my family', goal],
    ["what's the point", feelings],
    ['what is a goal', feelings],
    ['whats a goal', undefined],
  ] as const) {
    it(`reads "${text}" at ${question?.linkId ?? 'no question'} as no such question`, () => {
      expect(asksForHelp(text, phrases, question)).to.equal(false);
    });
  }
});

describe('Explorer 31: "what\'s a goal?" at the goal question, in Web Chat and by text', () => {
  const app = appPerTest29();

  it('tells Amira what a goal is in Web Chat and asks for one again, noting nothing', async () => {
    const amira = await WebChatter.open(app.running);
    await amira.sayAll(amiraToImportance.slice(0, -1));
    const heard = await amira.say("what's a goal?");

    expect(heard.text).to.match(/A goal can be small/);
    expect(heard.linkId, heard.text).to.equal('goal.1.text');
    expect(await storedValue(app.running, 'goal.1.text')).to.equal(undefined);
  });

  it('tells Pat what a goal is by text, noting nothing', async () => {
    const pat = new Texter(app.running);
    await pat.texts(patToConfidence.slice(0, 10));
    const heard = await pat.text('whats a goal');

    expect(heard.text).to.match(/A goal can be small/);
    expect(await storedValue(app.running, 'goal.1.text')).to.equal(undefined);
  });
});
