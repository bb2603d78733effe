/**
 * Explorer 29b: Mo, on Web Chat for her dad Frank, answers "How are you coping at the moment,
 * looking after Frank?" with "I'm exhausted and I can't cope", then shares only her dad's part.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { carerPersona } from '../support/personas';
import { walkTo } from '../support/scripts';
import { chatClient, startApp } from '../support/startApp';
import { createCrisisScreen } from '../../safety/screen';

const screen = createCrisisScreen();
const moAnswers: Record<string, string> = {
  ...(carerPersona.answers as Record<string, string>),
  'subject.name': 'Frank',
  'respondent.name': 'Mo',
  'goal.another': 'no',
};

describe('Explorer 29b: a carer who says she is exhausted and cannot cope (H410)', function () {
  this.timeout(120_000);

  // She was asked "is this happening now, and do you need urgent medical help?"; her "yes i'm safe,
  // just tired" was then told "This could be an emergency. Call 999 now." Her strain was never
  // acknowledged and no carer's assessment was offered. Read as said, with no question, the same
  // words raise nothing: the coping reading set "I'm exhausted" aside and read "and I can't cope"
  // alone, which the learned layer took for a medical emergency (0.79).
  it("answers \"I'm exhausted and I can't cope\" with the carer's words, not a medical check-in", async () => {
    const running = await startApp();
    try {
      const client = chatClient(running, { channelId: 'webchat', over: 'http' });
      await walkTo((text) => client.say(text), 'carer.coping', moAnswers);
      const replied = await client.say("I'm exhausted and I can't cope");
      const text = allText(replied);

      expect(text).to.not.match(/urgent medical help|999/);
      expect(text).to.match(/how hard things are for you/);
      expect(replied.questions.at(-1)?.linkId).to.equal('carer.help');
    } finally {
      await running.stop();
    }
  });

  // The family: tiredness said with "can't cope" at the coping question, in her words or text-speak.
  const strained = [
    "I'm exhausted and I can't cope",
    "I'm so tired and I can't cope",
    "I'm shattered and can't cope",
    'I am exhausted and cannot cope',
    'exhausted and cant cope',
    "I'm knackered and can't cope",
    "tired and can't cope",
    'worn out and cant cope',
    'im drained and not able to cope any more',
    "stressed and i can't cope with it all",
    'knackered n cant cope',
  ];
  for (const text of strained) {
    it(`reads "${text}" at the coping question as how she is, not a crisis`, () => {
      expect(screen.screen(text, 'coping')).to.deep.equal({ tier: 'none' });
    });
  }

  // Near misses: danger beside the strain keeps its reply.
  const danger: readonly [string, 'crisis' | 'checkIn'][] = [
    ["I'm exhausted and I can't breathe", 'checkIn'],
    ["tired and can't cope, I want to end it all", 'crisis'],
    ["I'm exhausted and I can't cope, I've taken all my tablets", 'crisis'],
    ["I can't cope, I'm going to hurt him", 'crisis'],
  ];
  for (const [text, least] of danger) {
    it(`still answers "${text}" at the coping question`, () => {
      const read = screen.screen(text, 'coping');
      expect(read.tier, JSON.stringify(read)).to.not.equal('none');
      if (least === 'crisis') expect(read.tier, JSON.stringify(read)).to.equal('crisis');
    });
  }
});
