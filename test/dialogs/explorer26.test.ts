/**
 * Explorer 26, new people trying Careprep: Pat stopping halfway in a sentence of her own, Jean
 * changing her mind about her doctor seeing the plan she shared, Rita with no goal in mind, and
 * Sam asking whether his blood results are back before any were sent; Sue, caring for her dad,
 * saying she is not coping at a question about him.
 */
import { expect } from 'chai';
import { sharedRecord } from '../../plan/consentScope';
import { createCrisisScreen } from '../../safety/screen';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { carerToOwnPart } from '../support/carerScripts';
import { invitationCode } from '../support/invitations';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { invite } from '../support/results';
import { atQuestion, jeanToShare, plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** To "What is going well for you right now?", on each channel. */
/** Stops with coming back that the screen once checked in on as thoughts of suicide (H290). */
const stopsOnceCheckedIn = [
  'I have to stop here, can I come back tomorrow',
  "I have to stop now, I'll finish later",
  'I need to stop now sorry',
  "I've got to stop here",
  "I'll stop there",
  'I need to stop here and come back another time',
];

const toGoingWell: Readonly<Record<string, readonly string[]>> = {
  sms: ['hi', '1', 'Pat', '1', 'my grandchildren'],
  webchat: ['hi', 'me', 'Pat', 'diabetes', 'my grandchildren'],
};

for (const channelId of ['webchat', 'sms']) {
  describe(`Explorer 26: new people, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    // Pat had to stop: "I need to stop now, can I come back later?" was noted as what is going well
    // for her, and the next question came straight back.
    for (const words of [
      'I need to stop now, can I come back later?',
      'I need to stop now',
      'can we stop now',
      'I have to stop now',
      'can I stop and come back later',
      // Once checked in on as thoughts of suicide, so the pause never came (H290).
      ...stopsOnceCheckedIn,
    ]) {
      it(`pauses on "${words}", noting nothing`, async () => {
        await sayAll(app.client, toGoingWell[channelId]);
        const paused = await app.client.say(words);

        expect(paused.questions, allText(paused)).to.have.length(0);
        expect(allText(paused)).to.match(/Everything is saved/);
        const record = await onlyRecord(app.running);
        expect(record.progress.paused).to.equal(true);
        expect(record.answers['whatMatters.goingWell']).to.equal(undefined);
        expect(record.answers['whatMatters.most']?.value).to.equal('my grandchildren');
      });
    }

    // Jean shared her plan, then said "actually I don't want the doctor to see it": she was told she
    // had finished getting ready, and the plan stayed shared with nothing asked.
    for (const words of ["actually I don't want the doctor to see it", "I don't want my doctor to see my plan"]) {
      it(`asks whether to take the plan back on "${words}"`, async () => {
        const code = await invitationCode(app.running);
        await walkTo((text) => app.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
        await app.client.say(channelId === 'sms' ? 'YES' : 'yes');

        const asked = await app.client.say(words);

        expect(lastQuestion(asked), allText(asked)).to.equal('control.withdraw');
        expect(sharedRecord(await onlyRecord(app.running))).to.not.equal(undefined);
      });
    }

    // Jean, having shared her plan, asked "who has it now?": she was told she had finished, not who.
    for (const words of ['who has it now?', "who's got it?", 'where did it go?']) {
      it(`says whom the plan went to on "${words}"`, async () => {
        const code = await invitationCode(app.running);
        await walkTo((text) => app.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
        await app.client.say(channelId === 'sms' ? 'YES' : 'yes');

        const reply = await app.client.say(words);

        expect(allText(reply)).to.match(/(share|shared) your plan with Dr Sam Patel/);
        expect(allText(reply)).to.not.match(/finished/);
      });
    }

    // Rita had no goal in mind: "no" was noted as her goal, and she was asked how important "no" was.
    // "can't think of any" once got a medical check-in from the crisis screen (H290).
    for (const words of [
      'no',
      'none',
      'nothing',
      'no goals',
      "I don't have any goals",
      "can't think of any",
      'cant think of any goals',
      "I honestly can't think of any right now",
    ]) {
      it(`never keeps "${words}" as a goal`, async () => {
        await walkTo((text) => app.client.say(text), 'goal.1.text', plainPersonAnswers);

        const reply = await app.client.say(words);

        expect(lastQuestion(reply), allText(reply)).to.equal('goal.1.text');
        expect(allText(reply)).to.not.match(/I've noted|Noted:/);
        expect(allText(reply)).to.match(/not sure/i);
        expect(await storedValue(app.running, 'goal.1.text')).to.equal(undefined);
      });
    }

    // Margaret, 84, typing slowly, answered "nop" to "anything else to ask or talk about?": it was
    // noted as a topic for her care team, "nop".
    it('takes a mistyped "nop" to "anything else to talk about?" as nothing more, not as a topic', async () => {
      const reply = await atQuestion(app.client, 'topics.own', 'nop');

      expect(allText(reply)).to.not.match(/I've noted|Noted:/);
      expect((await onlyRecord(app.running)).answers['topics.own']).to.include({ status: 'skipped' });
    });

    // Sam, invited before his results were sent, asked "have my blood results come back yet?": it was
    // noted as what is going well for him, and never answered.
    for (const words of ['have my blood results come back yet?', 'are my results back yet?', 'any results yet?']) {
      it(`says no results are here yet on "${words}", noting nothing`, async () => {
        const { code } = await invite(app.running);
        await walkTo((text) => app.client.say(text), 'whatMatters.goingWell', plainPersonAnswers, code);

        const reply = await app.client.say(words);

        expect(allText(reply)).to.match(/no test results/i);
        expect(lastQuestion(reply), allText(reply)).to.equal('whatMatters.goingWell');
        expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
      });
    }
  });
}

/** Sam for Ron, who has diabetes: to "What is going well for Ron right now?". */
const carerToGoingWell = carerToOwnPart.slice(0, 8);

for (const channelId of ['webchat', 'sms']) {
  describe(`Explorer 26: a carer not coping, said at a question about the person, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    // Sue at "What is hard for her dad?": "he gets confused at night and I'm not coping" was noted
    // whole as his answer, and her own state never reached the part about her.
    for (const [said, person, own] of [
      ["he gets confused at night and I'm not coping", 'he gets confused at night', "I'm not coping"],
      ["Ron gets confused at night, I can't cope", 'Ron gets confused at night', "I can't cope"],
      ["he won't eat, and I'm overwhelmed", "he won't eat", "I'm overwhelmed"],
    ]) {
      it(`keeps "${own}" for the carer's own part, not as Ron's answer, on "${said}"`, async () => {
        await sayAll(app.client, carerToGoingWell);

        const reply = await app.client.say(said);
        // Strain is kept for her part only with her yes, and his part noted then (H441).
        if (/sorry things are so hard/.test(allText(reply))) await app.client.say('yes');

        const record = await onlyRecord(app.running);
        expect(record.answers['whatMatters.goingWell']?.value).to.equal(person);
        expect(record.carerViews.carer?.text).to.equal(own);
      });
    }

    // A carer's "honestly I feel like I'm drowning" got "Call 999 now", and then "he gets
    // frustrated" and every later message got it again (H289).
    it('keeps "honestly I feel like I\'m drowning" for the carer\'s own part, with no 999, and carries on', async () => {
      await sayAll(app.client, carerToGoingWell);

      const reply = await app.client.say("honestly I feel like I'm drowning");
      const next = await app.client.say('he gets frustrated');

      expect(allText(reply) + allText(next)).to.not.match(/999/);
      const record = await onlyRecord(app.running);
      expect(record.carerViews.carer?.text).to.equal("honestly I feel like I'm drowning");
      expect(record.answers['whatMatters.goingWell']?.value).to.equal('he gets frustrated');
    });

    it('never notes "to be honest I\'m not coping" as Ron\'s answer', async () => {
      await sayAll(app.client, carerToGoingWell);

      await app.client.say("to be honest I'm not coping");
      // Strain is kept for her part only with her yes (H441).
      const reply = await app.client.say('yes');

      expect(lastQuestion(reply), allText(reply)).to.equal('whatMatters.goingWell');
      const record = await onlyRecord(app.running);
      expect(record.answers['whatMatters.goingWell']).to.equal(undefined);
      expect(record.carerViews.carer?.text).to.equal("to be honest I'm not coping");
    });
  });
}

for (const channelId of ['webchat', 'sms']) {
  describe(`Explorer 26: a first message that says a lot, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    // Dave opened with everything at once ("Hi there my name is Dave … what matters most to me is
    // keeping active …"): the welcome came, then "who is answering?", and all he wrote was dropped
    // without a word. Later he began "as I said …", believing it kept.
    for (const words of [
      "Hi there my name is Dave, I've got type 2 diabetes and what matters most to me is getting back to bowling",
      "I'm doing this for my dad who has dementia",
    ]) {
      it(`says that nothing of "${words.slice(0, 30)}…" is noted yet, then asks the first question`, async () => {
        const reply = await app.client.say(words);

        expect(allText(reply)).to.match(/Hello, I'm Careprep/);
        expect(allText(reply)).to.match(/not noted (what you wrote|your message) yet/);
        expect(lastQuestion(reply), allText(reply)).to.equal('respondent.type');
      });
    }

    for (const words of ['hi', 'Hello there', 'good morning']) {
      it(`says nothing of noting on a greeting alone ("${words}")`, async () => {
        const reply = await app.client.say(words);

        expect(allText(reply)).to.not.match(/noted/);
        expect(lastQuestion(reply), allText(reply)).to.equal('respondent.type');
      });
    }
  });
}

// Found playing new users; the crisis screen's readings are H289 and H290
// (test/safety/explorer26Readings.test.ts holds their variants and look-alikes).
describe('Explorer 26: everyday words the crisis screen reads as a crisis', () => {
  const screen = createCrisisScreen();

  // A carer at "How does her dad feel?": "honestly I feel like I'm drowning" got "This could be an
  // emergency. Call 999 now", then every message "Please call 999 now" until she said she was safe.
  it('never reads a carer\'s "I feel like I\'m drowning" as a medical emergency (model 0.947; safety owner)', () => {
    for (const said of ["I feel like I'm drowning", "honestly I feel like I'm drowning"]) {
      const found = screen.screen(said);
      expect(found.tier === 'none' || found.kind !== 'medicalEmergency', said).to.equal(true);
    }
  });

  // Rita at the goal question: "can't think of any" got "do you need urgent medical help?", and
  // "I don't know" to that got "This could be an emergency. Call 999 now."
  it('reads "can\'t think of any" at the goal question as nothing (medical check-in 0.833; safety owner)', () => {
    expect(screen.screen("can't think of any", 'wish')).to.deep.equal({ tier: 'none' });
    expect(screen.screen('cant think of any goals', 'wish')).to.deep.equal({ tier: 'none' });
  });

  // Stopping for the day with coming back gets a suicide check-in, so it never reaches the pause.
  it('reads stopping now and coming back as nothing (suicide check-in up to 0.908; safety owner)', () => {
    for (const said of stopsOnceCheckedIn) {
      expect(screen.screen(said), said).to.deep.equal({ tier: 'none' });
    }
  });
});
