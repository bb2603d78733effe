/**
 * Leftovers new users found (brief dialog27), each tried over SMS and on web chat:
 * 1. "she is frank" at the person's name was kept as the name Frank and said back (H266).
 * 2. Stops worded otherwise ("gotta go, back later", "I'm tired, can we finish another day") were
 *    noted as the answer (H278).
 * 3. "I don't want Dr Patel to see it" or "them" after sharing was not heard; "can you send it to my
 *    daughter instead?" was met with "You have finished getting ready" (H279).
 * 4. "fiv", "sevn" at a 0–10 question were not read; first messages of other shapes (H280, H278).
 */
import { expect } from 'chai';
import { sharedRecord } from '../../plan/consentScope';
import { allText, lastQuestion } from '../support/botClient';
import { samForRon } from '../support/carerScripts';
import { invitationCode } from '../support/invitations';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { atQuestion, jeanToShare, plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** A carer's description of the person at the name question, in words on no list (H266). */
const descriptions = ['she is frank', 'She is frank', 'he is fine', 'he is grumpy', 'she is lovely', "she's stubborn"];

/** Names said after "she is" that stay names: capitals, a known first name, or "called". */
const namesKept = [
  ['she is Frank', 'Frank'],
  ['she is jean', 'Jean'],
  ['he is bob', 'Bob'],
  ['she is mary smith', 'Mary Smith'],
  ["she's called siobhan", 'Siobhan'],
  ['frank', 'Frank'],
  // Who the person is, in place of a name, as ever.
  ['she is my mum', 'my mum'],
];

/** Stops with coming back, in words the pause did not know (H278). */
const stops = [
  'gotta go, back later',
  "I'm tired, can we finish another day",
  "I'm exhausted, can we carry on another day",
  'have to go, be back later',
  "I'm tired, can I stop now",
  "I have to stop now, I'll finish later",
  'I have to stop here, can I carry on tomorrow',
  "I'm tired, can I finish tomorrow",
  'gotta go, can we finish tomorrow',
  'I need to stop now, can we finish next week',
];

/** Answers that only mention stopping, going or being tired: noted as said. */
const notStops = ['stop smoking', 'I want to stop eating sweets', "I'm tired all the time", 'gotta go to the gym more'];

for (const channelId of ['webchat', 'sms'] as const) {
  const yes = channelId === 'sms' ? 'YES' : 'yes';

  describe(`Dialog 27: a description of the person where a name is asked, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const said of descriptions) {
      it(`keeps no name from "${said}", and asks again`, async () => {
        const reply = await atQuestion(app.client, 'subject.name', said, samForRon);

        expect(lastQuestion(reply), allText(reply)).to.equal('subject.name');
        // "he is fine" is read as no answer at all, as before; the rest as something said about the person.
        expect(allText(reply)).to.match(/rather than a name|not a name|not noted that as your answer/);
        expect(await storedValue(app.running, 'subject.name')).to.equal(undefined);
      });
    }

    for (const [said, name] of namesKept) {
      it(`still keeps the name in "${said}"`, async () => {
        await atQuestion(app.client, 'subject.name', said, samForRon);

        expect(await storedValue(app.running, 'subject.name')).to.equal(name);
      });
    }
  });

  describe(`Dialog 27: stopping in other words, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const said of stops) {
      it(`pauses on "${said}", noting nothing and keeping what was said`, async () => {
        await walkTo((text) => app.client.say(text), 'whatMatters.goingWell', plainPersonAnswers);

        const paused = await app.client.say(said);

        expect(paused.questions, allText(paused)).to.have.length(0);
        expect(allText(paused)).to.match(/Everything is saved/);
        const record = await onlyRecord(app.running);
        expect(record.progress.paused).to.equal(true);
        expect(record.answers['whatMatters.goingWell']).to.equal(undefined);
        expect(record.answers['subject.name']?.value).to.equal('Sam');
      });
    }

    for (const said of notStops) {
      it(`notes "${said}" as the answer it is`, async () => {
        await walkTo((text) => app.client.say(text), 'whatMatters.goingWell', plainPersonAnswers);

        await app.client.say(said);

        expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(said);
      });
    }
  });

  describe(`Dialog 27: after sharing, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    const shared = async (): Promise<void> => {
      const code = await invitationCode(app.running);
      await walkTo((text) => app.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
      await app.client.say(yes);
    };

    for (const said of [
      "I don't want Dr Patel to see it",
      'i dont want dr sam patel to see my plan',
      "I don't want them to see this",
      "actually I don't want them to see it",
      // The lead contact by name without a title (Dr Sam Patel).
      "I don't want Sam Patel to see it",
    ]) {
      it(`asks whether to take the plan back on "${said}", taking nothing back yet`, async () => {
        await shared();

        const asked = await app.client.say(said);

        expect(lastQuestion(asked), allText(asked)).to.equal('control.withdraw');
        expect(sharedRecord(await onlyRecord(app.running))).to.not.equal(undefined);
      });
    }

    for (const said of [
      'can you send it to my daughter instead?',
      'could you send my plan to my son as well',
      'please send it to my husband',
    ]) {
      it(`says truthfully that only Dr Sam Patel can be sent the plan, on "${said}"`, async () => {
        await shared();

        const reply = await app.client.say(said);

        expect(allText(reply)).to.match(/only send your plan to Dr Sam Patel/);
        expect(allText(reply)).to.match(/show my plan/i);
        expect(allText(reply)).to.not.match(/finished getting ready|I have sent|I've sent/);
      });
    }
  });

  describe(`Dialog 27: asking to send the plan to family before sharing, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);
    const said = 'can you send it to my daughter instead?';

    it('says only Dr Sam Patel can be sent it at "Can I share this plan?", sends nothing, and asks again', async () => {
      const code = await invitationCode(app.running);
      await walkTo((text) => app.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);

      const reply = await app.client.say(said);

      expect(allText(reply)).to.match(/only send your plan to Dr Sam Patel/);
      expect(lastQuestion(reply), allText(reply)).to.equal('share.consent');
      expect(sharedRecord(await onlyRecord(app.running))).to.equal(undefined);
    });

    it('says it cannot be sent to anyone when no care team is linked, and asks the question again', async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', said);

      expect(allText(reply)).to.match(/No care team is linked/);
      expect(lastQuestion(reply), allText(reply)).to.equal('whatMatters.goingWell');
      expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
    });
  });

  describe(`Dialog 27: a number mistyped at a 0–10 question, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const [said, score] of [
      ['fiv', 5],
      ['sevn', 7],
      ['Sevn.', 7],
      ['eigth', 8],
      ['ten!', 10],
    ] as const) {
      it(`notes "${said}" as ${score}`, async () => {
        await atQuestion(app.client, 'goal.1.importance', said);

        expect(await storedValue(app.running, 'goal.1.importance')).to.equal(score);
      });
    }

    for (const said of ['fine', 'for']) {
      it(`never notes "${said}" as a number`, async () => {
        const reply = await atQuestion(app.client, 'goal.1.importance', said);

        expect(lastQuestion(reply), allText(reply)).to.equal('goal.1.importance');
        expect(await storedValue(app.running, 'goal.1.importance')).to.equal(undefined);
      });
    }
  });

  describe(`Dialog 27: first messages that say a lot, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const said of [
      "Hi my name is Dave, I've got type 2 diabetes and what matters most to me is seeing my grandkids",
      "Hello, I'm Sue, I look after my mum who has dementia",
      'I have COPD and I want to be able to walk to the shops',
      "my husband has parkinsons and I'm his carer",
    ]) {
      it(`says that nothing of "${said.slice(0, 30)}…" is noted yet, then asks the first question`, async () => {
        const reply = await app.client.say(said);

        expect(allText(reply)).to.match(/not noted (what you wrote|your message) yet/);
        expect(lastQuestion(reply), allText(reply)).to.equal('respondent.type');
      });
    }
  });
}
