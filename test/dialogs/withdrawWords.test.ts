/**
 * Hearing "take my plan back" said in a longer message, and not hearing it in an answer that only
 * mentions who sees what.
 */
import { expect } from 'chai';
import { createPhrases } from '../../dialogs/recognisers/phrases';

const phrases = createPhrases();

/** Longer messages that only ask for the plan to be taken back (or, before sharing, kept back). */
const takeBack = [
  "actually I've changed my mind, I don't want my nurse to see this",
  'please stop sharing my plan with the doctor',
  'can you unshare it please',
  'Could you please stop sharing my plan with Dr Patel?',
  "I've changed my mind, take my plan back from the nurse",
  'sorry, I want to withdraw my consent',
  'hi, can you stop sharing it now please',
  "unshare my plan, I've changed my mind",
  "I don't want my nurse to see this anymore",
  'How do I unshare my plan?',
  'stop sharing my plan with nurse Lee thanks',
  'ok please withdraw my consent',
];

/**
 * Answers that say something of their own about who sees or shares what: to "what might stop you?",
 * "what matters to you?" and the like. Never the command.
 */
const answers = [
  "my husband doesn't want the doctor to see my weight",
  "I don't want to share a room in hospital",
  'I stop sharing my worries with people',
  "I get anxious and don't share things with my nurse",
  "I don't want my nurse to see this weight go up",
  "my daughter says don't share it with anyone",
  "I don't want to share my feelings with the doctor",
  'I like to keep it private',
  "she doesn't want to share",
  'please stop my husband worrying',
  "I've changed my mind about the goal, I want to walk more",
  'stop sharing my plan with my neighbour is what I told my son',
];

describe('Hearing a plan taken back inside a longer message', () => {
  for (const said of takeBack) {
    it(`hears "${said}" as taking the plan back`, () => {
      expect(phrases.command(said)).to.equal('withdrawSharing');
    });
  }

  for (const said of answers) {
    it(`takes "${said}" as an answer, not a command`, () => {
      expect(phrases.command(said)).to.equal(null);
    });
  }

  it('still hears every listed wording said alone, and no other command inside a longer message', () => {
    expect(phrases.command("I don't want my nurse to see this")).to.equal('withdrawSharing');
    expect(phrases.command('please delete my data from the doctor')).to.equal(null);
    expect(phrases.command('can you help')).to.equal(null);
  });
});
