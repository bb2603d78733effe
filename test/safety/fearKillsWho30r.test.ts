/**
 * Review 30 (H467): safety 30's set-aside for a fear of dying told (`setAside.fearOfDyingSaid`,
 * H425) read "kill me" after any subject, so "I'm terrified he's going to kill me" (a threat from
 * another) and "I'm scared I'll kill her" (a carer's fear of harming) got nothing from the screen,
 * and the fear-of-dying guard then answered them kindly as a fear of the illness. Only the illness
 * or a result kills in a fear of dying; a person who may kill is the screen's to answer.
 */
import { expect } from 'chai';
import { asksFearOfDying } from '../../dialogs/recognisers/fear';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { createCrisisScreen } from '../../safety/screen';
import { allText, lastQuestion } from '../support/botClient';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';
import { itAsksAtLeast, itGetsNothing, itGivesCrisisReplies } from './screenWordings';

const screen = createCrisisScreen();
const phrases = createPhrases();

const threatFromAnother = [
  "I'm terrified he's going to kill me",
  "I'm scared he is going to kill me",
  'im scared shes going to kill me',
];
const fearOfHarming = [
  "I'm scared I'm going to kill him",
  "I'm frightened I'll kill her",
  "I'm worried I might kill him",
];
const fearOfTheIllness = [
  "I'm worried this will kill me",
  "I'm scared it is going to kill me",
  'im scared my kidneys will kill me',
  "I'm so scared I'm going to die from this",
  "I'm scared she is going to die",
];

describe('a fear that names a person who may kill is no fear of dying of the illness (H467)', () => {
  describe('the harm-to-others crisis reply, as before safety 30', () => {
    itGivesCrisisReplies(
      screen,
      [...threatFromAnother, ...fearOfHarming].map((text) => ['harmOthers', text] as const),
    );
    itAsksAtLeast(screen, 'harmOthers', ["I'm so scared he will kill me"]);
  });
  describe('the illness or a result as what kills: nothing, as safety 30 meant', () => {
    itGetsNothing(screen, fearOfTheIllness);
  });
  for (const said of [
    ...threatFromAnother,
    ...fearOfHarming,
    'is he going to kill me?',
    "I'm scared he will kill me",
  ]) {
    it(`is no fear of dying to the guard: "${said}"`, () => {
      expect(asksFearOfDying(said, phrases)).to.equal(false);
    });
  }
  for (const said of [
    ...fearOfTheIllness.slice(0, 2),
    "I'm so scared I'm going to die from this",
    'is this going to kill me',
    "will this kill me? I'm scared",
  ]) {
    it(`is a fear of dying to the guard: "${said}"`, () => {
      expect(asksFearOfDying(said, phrases)).to.equal(true);
    });
  }

  for (const channelId of ['webchat', 'sms'] as const) {
    describe(`at "What is hard?", on ${channelId}`, () => {
      const fresh = freshAppPerTest(channelId);
      it(`gives the harm-to-others crisis reply, not the kind answer, to "I'm terrified he's going to kill me"`, async () => {
        const reply = await atQuestion(fresh.client, 'whatMatters.hard', "I'm terrified he's going to kill me");
        const said = allText(reply);
        expect(lastQuestion(reply), said).to.equal('safety.check');
        expect(said).to.match(/safeguarding/i);
        expect(said).to.not.match(/frightening/);
      });
      it(`answers "I'm worried this will kill me" kindly, with no crisis lines`, async () => {
        const reply = await atQuestion(fresh.client, 'whatMatters.hard', "I'm worried this will kill me");
        const said = allText(reply);
        expect(said).to.match(/frightening/);
        expect(said).to.not.match(/116 123|safeguarding/);
      });
    });
  }
});
