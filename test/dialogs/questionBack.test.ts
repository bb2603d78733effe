/**
 * A question asked back at a question about who someone is ("how do you know my mum?", "why do
 * you need her name?") was kept as the answer: "From now on my questions are about how do you know
 * my mum?". It is answered, with why the question is asked, and asked again; nothing is noted.
 */
import { expect } from 'chai';
import { asksForHelp } from '../../dialogs/recognisers/helpAsked';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** [who answers ('1' themselves, '2' a carer), what is said before, the question, its linkId, words of its help]. */
const cases: ReadonlyArray<[string, readonly string[], string, string, RegExp]> = [
  ['2', [], 'how do you know my mum?', 'subject.name', /clear they are about them and not you/],
  ['2', [], 'How do you know my mum', 'subject.name', /clear they are about them and not you/],
  ['2', [], 'why do you need her name?', 'subject.name', /clear they are about them and not you/],
  ['2', [], 'what do you want her name for', 'subject.name', /clear they are about them and not you/],
  ['1', [], 'why do you need my name?', 'subject.name', /so it feels like yours/],
  ['2', ['Jean'], 'why do you want my name?', 'respondent.name', /people know who filled it in/],
  ['2', ['Jean', 'Sarah'], 'why do you need to know that?', 'respondent.relationship', /who is speaking for Jean/],
  // Elsewhere "why are you asking?" is told what Careprep is for; here the question says why it asks.
  ['1', [], 'why are you asking?', 'subject.name', /so it feels like yours/],
  ['2', [], 'what is this for?', 'subject.name', /clear they are about them and not you/],
];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A question asked back about who someone is, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const [who, before, asked, linkId, help] of cases) {
      it(`answers "${asked}" at ${linkId} and asks again, noting nothing`, async () => {
        await sayAll(fresh.client, ['hi', who, ...before]);
        const result = await fresh.client.say(asked);
        const reply = allText(result);

        expect((await onlyRecord(fresh.running)).answers[linkId], reply).to.equal(undefined);
        expect(reply).to.match(help);
        expect(reply).to.not.match(/questions are about how|I've noted/i);
        expect(lastQuestion(result)).to.equal(linkId);
      });
    }

    it('notes the name given after the question is answered', async () => {
      await sayAll(fresh.client, ['hi', '2', 'how do you know my mum?']);
      const reply = allText(await fresh.client.say('Jean'));

      expect(reply).to.match(/my questions are about Jean\./);
      expect((await onlyRecord(fresh.running)).answers['subject.name']?.value).to.equal('Jean');
    });

    for (const name of ['Will', 'Will Smith', 'Jean?', 'Who']) {
      it(`still notes "${name}" as a name`, async () => {
        await sayAll(fresh.client, ['hi', '2', name]);

        expect((await onlyRecord(fresh.running)).answers['subject.name']?.value).to.equal(name);
      });
    }
  });
}

/** Sam, whose first goal is to lose some weight (for `walkTo`). */
const loseWeight = { ...plainPersonAnswers, 'goal.1.text': 'lose some weight' };

/** [what is asked back, the question it is asked at, words of that question's help]. */
const helpAsked: ReadonlyArray<[string, string, RegExp]> = [
  ['can you give me an example?', 'goal.1.barriers', /bad weather/],
  ['like what?', 'goal.1.action', /end of the road/],
  ['what do you mean by matters?', 'whatMatters.most', /There is no right answer/],
  ['Give me an example', 'goal.1.action', /end of the road/],
  ['such as?', 'whatMatters.most', /There is no right answer/],
  ['What do you mean by "exactly"?', 'goal.1.action', /end of the road/],
];

/** [a real answer that holds a question mark or "like", the question it answers]. */
const realAnswers: ReadonlyArray<[string, string]> = [
  ["I'd like to walk more", 'goal.1.action'],
  ['what matters is my grandchildren', 'whatMatters.most'],
  ['seeing my grandchildren, what else?', 'whatMatters.most'],
  ['things like the weather?', 'goal.1.barriers'],
];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Help asked for at a question asking for words, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    // Found playing new users (branch `explore20`): "like what?" was kept as what they will do,
    // "Thanks, I've noted: like what?", and their question went into the plan their care team reads.
    for (const [asked, at, help] of helpAsked) {
      it(`answers "${asked}" at ${at} with its help and asks again, never noting it as the answer`, async () => {
        await walkTo((t) => fresh.client.say(t), at, loseWeight);
        const result = await fresh.client.say(asked);

        expect((await onlyRecord(fresh.running)).answers[at], allText(result)).to.equal(undefined);
        expect(allText(result)).to.match(help);
        expect(lastQuestion(result)).to.equal(at);
      });
    }

    // Where only a clear no is no, words after "what do you mean by" may say it happened: read as
    // an answer, so said again they are kept and get the crisis reply, never help again and again (H71).
    it('reads "what do you mean by that, I do sometimes" at thoughts of being better off dead as no clear no', async () => {
      await walkTo((t) => fresh.client.say(t), 'mood.harmThoughts', { ...plainPersonAnswers, 'mood.down': 'yes' });
      await fresh.client.say('what do you mean by that, I do sometimes');
      const result = await fresh.client.say('what do you mean by that, I do sometimes');

      expect(lastQuestion(result), allText(result)).to.be.oneOf(['safety.check', 'safety.checkIn']);
      expect((await onlyRecord(fresh.running)).answers['mood.harmThoughts']?.value).to.not.equal(false);
    });

    it('answers "like what?" at thoughts of being better off dead with its help, noting nothing', async () => {
      await walkTo((t) => fresh.client.say(t), 'mood.harmThoughts', { ...plainPersonAnswers, 'mood.down': 'yes' });
      const result = await fresh.client.say('like what?');

      expect(allText(result)).to.match(/Asking straight is the safe thing/);
      expect(lastQuestion(result)).to.equal('mood.harmThoughts');
      expect((await onlyRecord(fresh.running)).answers['mood.harmThoughts']).to.equal(undefined);
    });

    for (const [said, at] of realAnswers) {
      it(`still notes "${said}" at ${at} as the answer`, async () => {
        await walkTo((t) => fresh.client.say(t), at, loseWeight);
        await fresh.client.say(said);

        expect((await onlyRecord(fresh.running)).answers[at]?.value).to.equal(said);
      });
    }
  });
}

describe('Reading a question about what the question means', () => {
  const phrases = createPhrases();
  for (const text of [
    'what do you mean by matters?',
    'What do you mean by "exactly"',
    'what does exactly mean?',
    "what's barriers mean",
    'what counts as exercise?',
    'what do you mean by',
  ]) {
    it(`reads "${text}" as asking what it means`, () => expect(asksForHelp(text, phrases)).to.equal(true));
  }
  for (const text of [
    'what matters is my grandchildren',
    'what does matter is my family',
    'what do you mean by asking me what I will do when my knees are so bad',
    'I want to know what the results mean',
    'seeing my family',
  ]) {
    it(`reads "${text}" as no such question`, () => expect(asksForHelp(text, phrases)).to.equal(false));
  }
});
