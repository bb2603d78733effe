/**
 * Explorer 27's readings by the crisis screen (H312-H314): stopping for the day read as suicide,
 * a question about the service and a carer's "I'll hold his hand" checked in on, and two
 * disclosures in plain or second-language words read as nothing. Each with a family of wordings,
 * and the look-alikes that must keep their reply.
 */
import { expect } from 'chai';
import { requestSaid } from '../../dialogs/recognisers/commandSaid';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { createCrisisScreen } from '../../safety/screen';
import { itAsksAtLeast, itGetsNothing, itGivesCrisisReplies } from '../safety/screenWordings';

const screen = createCrisisScreen();

describe('Explorer 27: going now and coming back, or stopping for the day (H312)', () => {
  const stopping = [
    'I need to go now, carry on tomorrow',
    "I'm going to end it here for today",
    'need to go, will finish tomorrow',
    'I have to go, speak tomorrow',
    "I'll finish this another day",
    'sorry I have to leave now',
    'I have to go now, I will carry on later',
    "I've got to go, I'll come back to this tomorrow",
    'gotta go, speak soon',
    'I need to head off now, will finish later',
    "we'll finish this next time",
    'I have to go, see you tomorrow x',
    'ok I need to go now, can I carry on later?',
    "I'm going to stop here for today, thanks",
    'I have to leave now sorry, will continue another day',
  ];
  itGetsNothing(screen, stopping);
  for (const context of ['coping', 'wish'] as const) {
    for (const text of ['I need to go now, carry on tomorrow', 'need to go, will finish tomorrow']) {
      it(`gets nothing for "${text}" as an answer (${context})`, () => {
        expect(screen.screen(text, context).tier).to.equal('none');
      });
    }
  }

  const phrases = createPhrases();
  for (const text of stopping.slice(0, 8)) {
    it(`reads "${text}" as the pause`, () => {
      const inWords = requestSaid(text, phrases);
      const said = phrases.command(text) ?? (inWords?.kind === 'command' ? inWords.command : null);
      expect(said).to.equal('pause');
    });
  }

  itGivesCrisisReplies(screen, [
    ['suicide', "I won't be here tomorrow"],
    ['suicide', "I'm going to end it tonight"],
    ['suicide', "goodbye, I'm done for good"],
    ['suicide', "I'm done for good, goodbye"],
    ['suicide', "I'll end it here for good"],
    ['suicide', "I have to go, I'll finish it tomorrow"],
    ['suicide', "I need to go now, I won't be here tomorrow"],
    ['suicide', "I have to go now, I can't go on"],
    ['suicide', 'I need to go now, carry on tomorrow if I am still here'],
  ]);
  itAsksAtLeast(screen, 'suicide', ['I have to go now, goodbye', 'I have to go now, goodbye forever']);
});

describe('Explorer 27: questions about the service (H313)', () => {
  itGetsNothing(screen, [
    'what is this for? who will read this?',
    'what is this for?',
    'why do you ask? who sees this',
    "what's this for and who reads my answers",
    'sorry, where does this go? who will see it?',
    'what happens to my answers?',
  ]);
  for (const context of ['coping', 'wish', 'goalStep'] as const) {
    it(`gets nothing for "what is this for? who will read this?" as an answer (${context})`, () => {
      expect(screen.screen('what is this for? who will read this?', context).tier).to.equal('none');
    });
  }
  itAsksAtLeast(screen, 'suicide', ["what is this for, I won't be here", "who will read this when I'm gone"]);
});

describe('Explorer 27: a carer holding his hand (H314)', () => {
  itGetsNothing(screen, [
    "I'll hold his hand",
    'I will hold his hand',
    "I'll hold his arm",
    'I hold his hand',
    "I'll take his arm",
    "I'll give him a hug",
    "I'll hold her hand on the stairs",
    'I can hold his hand all the way',
  ]);
  itGivesCrisisReplies(screen, [
    ['suicide', "I'll hold his hand, then I'll end it all"],
    ['harmOthers', "I'll hold him down and hit him"],
  ]);
});

describe('Explorer 27: being better not here, and fed up with life, in plain words (H314)', () => {
  itGivesCrisisReplies(screen, [
    ['suicide', 'sometimes I think better I am not here'],
    ['suicide', "I'm better off not here"],
    ['suicide', 'maybe better I am gone'],
    ['suicide', 'better me not alive'],
    ['suicide', 'i think is better i am not here any more'],
  ]);
  itAsksAtLeast(screen, 'suicide', [
    'cba with life anymore',
    "can't be arsed with life",
    'cannot be bothered with living any more',
    'honestly cba with life',
  ]);
  itGetsNothing(screen, [
    'better I am not here for the builders',
    "best I'm not here when they come",
    "I can't be bothered with life admin",
  ]);
  it('does not read "cba with life insurance forms" as fed up with life', () => {
    expect(JSON.stringify(screen.screen('cba with life insurance forms'))).to.not.match(/cbaWithLife/);
  });
});
