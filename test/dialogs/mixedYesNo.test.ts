/**
 * Replies that hold a yes-like and a no-like word at once ("ok no", "not now, I'm ok"), and "I'm
 * ok" to an offer, at the two questions where reading them as yes does harm: consent to share the
 * plan, and "would you like help with this?" after a positive mood screen. Found exploring the
 * journey (branch `explore-journey`, test/explore/journeyFindings.test.ts).
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { listeningAppPerTest } from '../support/planListeners';
import { jeanToConsent, walkTo } from '../support/scripts';
import { chatClient } from '../support/startApp';

const channels = ['webchat', 'sms'] as const;

/** What a reply should come to: a yes, a no, or the question asked again with nothing noted. */
type Reading = 'yes' | 'no' | 'askAgain';

/** Jean, down this last month, to "Is this something you would like help with?". */
const toWantsHelp = {
  'respondent.type': '1',
  'subject.name': 'Jean',
  'goal.1.text': 'walk to the park',
  'goal.another': 'no',
  'topics.selected': '1',
  'mood.down': 'yes',
  'mood.interest': 'no',
  'mood.harmThoughts': 'no',
};

const atConsent: ReadonlyArray<[string, Reading]> = [
  ["not now, I'm ok", 'no'],
  ["I'm ok thanks", 'no'],
  ["I'm ok", 'no'],
  ['ok no', 'no'],
  ["that's ok, no", 'no'],
  ["I'm ok, no thanks", 'no'],
  ['na', 'no'],
  ["no, that's fine", 'no'],
  ['yes but not now', 'askAgain'],
  ["yes, I'm ok", 'askAgain'],
  ['ok', 'yes'],
  ['yes ok', 'yes'],
  ["that's fine", 'yes'],
  ['yes please', 'yes'],
  ["I'm ok with that", 'yes'],
];

const atWantsHelp: ReadonlyArray<[string, Reading]> = [
  ["I'm ok thanks", 'no'],
  ["I'm fine", 'no'],
  ["I'm alright thank you", 'no'],
  ["not now, I'm ok", 'no'],
  ['ok no', 'no'],
  ["I'm ok, no thanks", 'no'],
  ['na', 'no'],
  ['yes but not now', 'askAgain'],
  ["I'm not ok", 'askAgain'],
  ['ok', 'yes'],
  ['yes ok', 'yes'],
  ["that's fine", 'yes'],
  ['yes please', 'yes'],
];

for (const channelId of channels) {
  describe(`A reply with a yes and a no in it, on ${channelId}`, () => {
    const app = listeningAppPerTest();

    describe('to "Can I share this plan with Dr Sam Patel?"', () => {
      it('does not send the plan after "not now, I\'m ok" to "Can I share this plan?"', async () => {
        const client = chatClient(app.running, { channelId });
        await walkTo((text) => client.say(text), 'share.consent', jeanToConsent, await invitationCode(app.running));
        const reply = allText(await client.say("not now, I'm ok"));

        expect(reply).to.not.match(/sending your plan/);
        expect(app.told.shared, 'the lead contact was sent the plan').to.have.length(0);
      });

      for (const [text, reading] of atConsent) {
        it(`reads "${text}" as ${reading}`, async () => {
          const client = chatClient(app.running, { channelId });
          await walkTo((t) => client.say(t), 'share.consent', jeanToConsent, await invitationCode(app.running));
          const result = await client.say(text);
          const reply = allText(result);
          const answer = (await onlyRecord(app.running)).answers['share.consent'];

          if (reading === 'yes') {
            expect(app.told.shared, reply).to.have.length(1);
            expect(answer?.value).to.equal(true);
            return;
          }
          expect(reply).to.not.match(/sending your plan|SENDING/i);
          expect(app.told.shared, 'the lead contact was sent the plan').to.have.length(0);
          if (reading === 'no') {
            expect(answer?.value, reply).to.equal(false);
          } else {
            expect(answer, reply).to.equal(undefined);
            expect(lastQuestion(result)).to.equal('share.consent');
          }
        });
      }

      it('never sends the plan after "yes but not now" twice: it keeps the words and shares nothing', async () => {
        const client = chatClient(app.running, { channelId });
        await walkTo((t) => client.say(t), 'share.consent', jeanToConsent, await invitationCode(app.running));
        await client.say('yes but not now');
        const reply = allText(await client.say('yes but not now'));

        expect(reply).to.match(/Nobody else will see your plan/);
        expect(app.told.shared).to.have.length(0);
        expect((await onlyRecord(app.running)).answers['share.consent']?.status).to.equal('unknown');
      });
    });

    describe('to "Is this something you would like help with?"', () => {
      it('notes "I\'m ok thanks" to "would you like help with this?" as no, not yes', async () => {
        const client = chatClient(app.running, { channelId });
        await walkTo((text) => client.say(text), 'mood.wantsHelp', toWantsHelp);
        const result = await client.say("I'm ok thanks");

        expect((await onlyRecord(app.running)).answers['mood.wantsHelp']?.value, allText(result)).to.not.equal(true);
      });

      for (const [text, reading] of atWantsHelp) {
        it(`reads "${text}" as ${reading}`, async () => {
          const client = chatClient(app.running, { channelId });
          await walkTo((t) => client.say(t), 'mood.wantsHelp', toWantsHelp);
          const result = await client.say(text);
          const answer = (await onlyRecord(app.running)).answers['mood.wantsHelp'];

          if (reading === 'askAgain') {
            expect(answer, allText(result)).to.equal(undefined);
            expect(lastQuestion(result)).to.equal('mood.wantsHelp');
          } else {
            expect(answer?.value, allText(result)).to.equal(reading === 'yes');
          }
        });
      }
    });
  });
}

/** Jean, down this last month, to each mood question, answering for herself. */
const toMood = { ...toWantsHelp, 'mood.wantsHelp': 'yes' };

/** Ann answering for her husband Ron, to "Does Ron know you are doing this?". */
const carerToAgrees = {
  ...toMood,
  'respondent.type': '2',
  'subject.name': 'Ron',
  'respondent.name': 'Ann',
  'respondent.relationship': 'wife',
};

/**
 * A yes or no with something more said beside it ("yes, also I want to talk about my feet"): the
 * answer is noted, a wish to talk about something goes to the things to talk about and is said so,
 * and anything else is said not to be kept. Brief fixconv22 item 4: at the mood questions, "does
 * he know you are doing this?", "another goal?" (a no) and consent to share, the more was lost
 * without a word.
 */
for (const channelId of ['webchat', 'msteams', 'sms'] as const) {
  describe(`Something more said beside a yes or no, on ${channelId}`, () => {
    const app = listeningAppPerTest();

    for (const [at, said, answers, value] of [
      ['mood.down', 'yes, also I want to talk about my feet', toMood, true],
      ['mood.interest', 'No. Also can we talk about my feet?', toMood, false],
      ['mood.wantsHelp', 'yes and I would like to discuss my feet please', toMood, true],
      ['mood.share', 'no, also I want to talk about my feet', toMood, false],
      ['goal.1.another', 'no, also I want to talk about my feet', toMood, false],
      ['respondent.personAgrees', 'yes, also I want to talk about my feet', carerToAgrees, true],
    ] as const) {
      it(`notes "${said}" at ${at} as ${String(value)}, and "my feet" as a thing to talk about`, async () => {
        const client = chatClient(app.running, { channelId });
        const linkId = at === 'goal.1.another' ? 'goal.another' : at;
        await walkTo((t) => client.say(t), linkId, answers);
        const reply = await client.say(said);
        const record = await onlyRecord(app.running);

        expect(record.answers[at]?.value, allText(reply)).to.equal(value);
        expect(record.answers['topics.own']?.value).to.equal('my feet');
        expect(allText(reply)).to.match(/added "my feet" to the things/);
      });
    }

    it('adds to what is already there to talk about', async () => {
      const client = chatClient(app.running, { channelId });
      await walkTo((t) => client.say(t), 'mood.down', { ...toMood, 'topics.own': 'my tablets' });
      await client.say('yes, also I want to talk about my feet');

      expect(await storedValue(app.running, 'topics.own')).to.equal('my tablets; my feet');
    });

    it('says what it has not kept when the more is no wish to talk about something', async () => {
      const client = chatClient(app.running, { channelId });
      await walkTo((t) => client.say(t), 'mood.down', toMood);
      const reply = await client.say('yes, also my husband helps me');

      expect(await storedValue(app.running, 'mood.down')).to.equal(true);
      expect(allText(reply)).to.include('"my husband helps me"');
      expect(allText(reply)).to.match(/not kept/);
      expect(lastQuestion(reply)).to.equal('mood.interest');
    });

    it('shares nothing after "yes, also I want to talk about my feet" to sharing, and shows the plan again with it', async () => {
      const client = chatClient(app.running, { channelId });
      await walkTo((t) => client.say(t), 'share.consent', jeanToConsent, await invitationCode(app.running));
      const reply = await client.say('yes, also I want to talk about my feet');
      const record = await onlyRecord(app.running);

      expect(app.told.shared, allText(reply)).to.have.length(0);
      expect(record.answers['share.consent']).to.equal(undefined);
      expect(record.answers['topics.own']?.value).to.equal('my feet');
      expect(allText(reply)).to.match(/not shared/);
      expect(allText(reply)).to.include('my feet');
      expect(lastQuestion(reply)).to.equal('review.change');
    });

    it('never reads more beside the answer to the question about thoughts of being better off dead', async () => {
      const client = chatClient(app.running, { channelId });
      await walkTo((t) => client.say(t), 'mood.harmThoughts', toMood);
      const reply = await client.say('no, also I want to talk about my feet');

      expect(allText(reply)).to.not.match(/added "my feet"/);
      expect(await storedValue(app.running, 'topics.own')).to.not.equal('my feet');
    });
  });
}

/**
 * A yes to a question asking to share, with something more beside it (review22 findings 1, 2;
 * H106): never stored as a plain yes before what is beside it is read, and what is not kept is said.
 */
for (const channelId of channels) {
  describe(`More beside a yes to sharing, on ${channelId}`, () => {
    const app = listeningAppPerTest();
    const carerToShare = { ...carerToAgrees, 'respondent.personAgrees': 'yes', 'mood.down': 'yes' };

    for (const [who, answers, said] of [
      ['Jean', toMood, "yes, also don't let them see the bit about sleep"],
      ['a carer', carerToShare, 'yes, also only the nurse'],
      ['a carer', carerToShare, 'yes, also I want to talk about my feet'],
    ] as const) {
      it(`asks ${who} again at mood.share after "${said}", taking no yes`, async () => {
        const client = chatClient(app.running, { channelId });
        await walkTo((t) => client.say(t), 'mood.share', answers);
        const reply = await client.say(said);

        expect(await storedValue(app.running, 'mood.share'), allText(reply)).to.equal(undefined);
        expect(allText(reply)).to.match(/not kept|added "my feet"/);
        expect(lastQuestion(reply)).to.equal('mood.share');
      });
    }

    // Thanks for the help hold nothing back: a plain yes, as "yes thanks" is (dialogfix23 #3, H135).
    // It was asked again, the thanks said not kept. Thanks for anything else are still read for a
    // condition ("yes, also thanks for sending it to my daughter": consentWithCondition.test.ts).
    it('shares the plan after "yes, also thanks for all the help", as after "yes thanks"', async () => {
      const client = chatClient(app.running, { channelId });
      await walkTo((t) => client.say(t), 'share.consent', jeanToConsent, await invitationCode(app.running));
      const reply = await client.say('yes, also thanks for all the help');

      expect(app.told.shared, allText(reply)).to.have.length(1);
      expect(allText(reply)).to.not.match(/not kept/i);
      expect((await onlyRecord(app.running)).answers['share.consent']?.value).to.equal(true);
    });
  });
}
