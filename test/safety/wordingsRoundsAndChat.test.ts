import { expect } from 'chai';
import { createCrisisScreen, type ScreenResult } from '../../safety/screen';
import { itGivesCrisisReplies } from './screenWordings';

/**
 * H98 and H99: the daily round told plainly, and questions about the chat itself, get no crisis
 * reply. "I take all my tablets at once" (the habit, with no time word) and "took all my morning
 * pills an hour ago" (the day's round named, with when) are routine; "who has seen this?" and "I
 * want to finish this on my laptop" are about the service. A plan, a time set for it, or anything
 * more after the same words is read as ever.
 */
const screen = createCrisisScreen();

function itStaysQuiet(texts: readonly string[]): void {
  for (const text of texts) {
    it(`stays quiet for "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' } satisfies ScreenResult);
    });
  }
}

describe("all of one's tablets at once, told as the habit (H98)", () => {
  itStaysQuiet([
    'I take all my tablets at once',
    'I usually take all my pills at once, is that ok?',
    'I always take all my meds in one go',
    'we take all our tablets together',
    'I just take all my medication at once.',
    "I take all my tablets at once because it's easier",
  ]);
  itGivesCrisisReplies(screen, [
    ['suicide', "I'm going to take all my tablets at once tonight"],
    ['suicide', 'I take all my tablets at once tonight'],
    ['suicide', 'tonight I take all my tablets at once'],
    ['suicide', "I'll take all my tablets at once"],
    ['suicide', 'take all my tablets at once and never wake up'],
    ['suicide', 'I might take all my pills at once'],
  ]);
});

describe("the day's round named, taken with when (H98)", () => {
  itStaysQuiet([
    'took all my morning pills an hour ago',
    'Took all my morning tablets about an hour ago.',
    "I've taken all my evening tablets, about half an hour ago",
    'mum took all her bedtime tablets 20 minutes ago',
    'had all my usual meds an hour ago with breakfast',
    "took all my morning pills an hour ago and I'm fine",
  ]);
  itGivesCrisisReplies(screen, [
    ['medicalEmergency', 'took all my pills an hour ago'],
    ['medicalEmergency', 'took all my sleeping pills an hour ago'],
    ['medicalEmergency', "I took all my morning pills an hour ago and now I can't stay awake"],
    ['medicalEmergency', 'took all my morning pills at once an hour ago'],
  ]);
});

describe('questions about the chat itself (H99)', () => {
  itStaysQuiet([
    'who has seen this?',
    "who's seen this",
    'has anyone seen this',
    'has anybody read this?',
    'has someone looked at this',
    'I want to finish this on my laptop',
    "I'd like to finish this on my computer later",
    'I want to carry on with this on my phone tomorrow',
    'can I do the rest on my tablet',
  ]);
  itGivesCrisisReplies(screen, [
    ['suicide', 'I want to finish this on my laptop and then end it all'],
    ['harmOthers', 'who has seen this before I am dead'],
  ]);
});
