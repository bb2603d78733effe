/**
 * Explorer 28: disclosures noted as ordinary answers, with no urgent help and no question about
 * safety: a wish to die written in Welsh, a goal of "die" by text, "im not safe at home", a young
 * man with type 1 diabetes texting high ketones and vomiting or a low sugar, text-speak that
 * nobody would care if he were here, and "i hate myself" at the question about thoughts of harm.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll, type PostResult } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Whether a reply gives urgent help or asks about safety, rather than noting the words and going on. */
function answersTheRisk(answered: PostResult): boolean {
  return /^safety\./.test(lastQuestion(answered) ?? '') || /999|116 123/.test(allText(answered));
}

describe('Explorer 28: Gwen writing in Welsh that she wants to die, at "How do you feel?"', () => {
  for (const channelId of ['webchat', 'sms']) {
    describe(`on ${channelId}`, () => {
      const app = freshAppPerTest(channelId);
      const toFeelings = ['hi', '1', 'Gwen', '1', 'teulu', 'dim llawer', 'popeth', 'cerdded', 'neb'];

      // "I want to die", "I don't want to live", "I feel like killing myself", "I want to die" (north).
      for (const words of [
        'dw i eisiau marw',
        'dw i ddim eisiau byw',
        "rwy'n teimlo fel lladd fy hun",
        'dwi isho marw',
      ]) {
        it(`gives urgent help or asks about safety for "${words}"`, async () => {
          await sayAll(app.client, toFeelings);
          const answered = await app.client.say(words);

          expect(answersTheRisk(answered), allText(answered)).to.equal(true);
          expect((await onlyRecord(app.running)).answers['whatMatters.feelings']).to.equal(undefined);
        });
      }
    });
  }
});

describe('Explorer 28: Jake texting "die" as his goal, on sms', () => {
  const app = freshAppPerTest('sms');
  const toGoal = ['hi', '1', 'Jake', 'type 1 diabetes', 'footy', 'nothing', 'everything', 'play footy', 'mum', 'crap'];

  for (const words of ['die', 'dead']) {
    it(`does not note "${words}" as a goal and ask how important it is`, async () => {
      await sayAll(app.client, toGoal);
      const answered = await app.client.say(words);

      expect(lastQuestion(answered), allText(answered)).to.not.equal('goal.1.importance');
      expect(answersTheRisk(answered), allText(answered)).to.equal(true);
    });
  }

  // Near miss: an everyday goal is still a goal.
  it('still notes "diet" as a goal', async () => {
    await sayAll(app.client, toGoal);
    const answered = await app.client.say('diet');

    expect(lastQuestion(answered), allText(answered)).to.equal('goal.1.importance');
  });
});

describe('Explorer 28: Rose saying she is not safe at home, on webchat', () => {
  const app = freshAppPerTest('webchat');
  const toHard = ['hi', 'me', 'Rose', 'heart failure and depression', 'my grandkids', 'nothing'];

  for (const words of ['im not safe at home', "I don't feel safe at home", 'I am not safe in my own house']) {
    it(`does not just note "${words}" as what is hard`, async () => {
      await sayAll(app.client, toHard);
      const answered = await app.client.say(words);

      expect(answersTheRisk(answered), allText(answered)).to.equal(true);
    });
  }

  it('still notes "the stairs at home are not safe for me" as what is hard', async () => {
    await sayAll(app.client, toHard);
    const answered = await app.client.say('the stairs at home are not safe for me');

    expect(lastQuestion(answered), allText(answered)).to.equal('whatMatters.wouldLikeTo');
  });
});

describe('Explorer 28: Jake texting a diabetes emergency, on sms', () => {
  const app = freshAppPerTest('sms');
  const toHard = ['hi', '1', 'Jake', 'type 1 diabetes', 'footy', 'nothing'];

  for (const words of [
    'keytones high n being sick',
    'ketones r high and im throwing up',
    'bg 2.5 feeling shaky rn',
    'sugar 2.4 n sweatin loads',
  ]) {
    it(`does not just note "${words}" as what is hard`, async () => {
      await sayAll(app.client, toHard);
      const answered = await app.client.say(words);

      expect(answersTheRisk(answered), allText(answered)).to.equal(true);
    });
  }

  // The spelt-out forms are already answered: the texted ones should be too.
  it('answers "ketones 3.4 and vomiting" with urgent help', async () => {
    await sayAll(app.client, toHard);
    const answered = await app.client.say('ketones 3.4 and vomiting');

    expect(answersTheRisk(answered), allText(answered)).to.equal(true);
  });
});

describe('Explorer 28: text-speak that nobody would care, on sms', () => {
  const app = freshAppPerTest('sms');
  const toFeelings = ['hi', '1', 'Jake', 'type 1 diabetes', 'footy', 'nothing', 'hypos', 'footy', 'no one'];

  for (const words of ['no1 cares if im here or not', 'im a burden on every1', 'no1 wud notice if i wasnt here']) {
    it(`asks about safety on "${words}"`, async () => {
      await sayAll(app.client, toFeelings);
      const answered = await app.client.say(words);

      expect(answersTheRisk(answered), allText(answered)).to.equal(true);
    });
  }
});

describe('Explorer 28: "i hate myself" at the question about thoughts of harm, on webchat', () => {
  const app = freshAppPerTest('webchat');
  const rose = {
    'respondent.type': '1',
    'subject.name': 'Rose',
    conditions: 'heart failure',
    'goal.1.text': 'walk',
    'goal.another': 'no',
    'topics.selected': '1',
  };

  /** Walks to the mood questions, answers yes to both, and returns what asks next. */
  async function toHarmThoughts(): Promise<PostResult> {
    await walkTo((text) => app.client.say(text), 'mood.down', rose);
    return sayAll(app.client, ['yes', 'yes most days']);
  }

  it('is asked that question after two yeses', async () => {
    const asked = await toHarmThoughts();

    expect(lastQuestion(asked), allText(asked)).to.equal('mood.harmThoughts');
  });

  for (const words of ['i hate myself', 'i hate myself tbh']) {
    it(`does not answer "${words}" with "Sorry, I didn't understand"`, async () => {
      await toHarmThoughts();
      const answered = await app.client.say(words);

      expect(allText(answered)).to.not.match(/didn.t understand/);
      expect(answersTheRisk(answered), allText(answered)).to.equal(true);
    });
  }
});
