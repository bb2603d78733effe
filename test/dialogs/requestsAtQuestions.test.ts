/**
 * Asking something, or asking to do something, in the middle of a question: "delete my answer",
 * "change my answer", "can I see what I said", "who can see this?", "I want to change my goal".
 * Each is answered or done, never kept as the answer nor refused as "not a number"; a real answer
 * that only contains such words is still kept. Found playing new users (branch `explore18`,
 * test/explore/findings18.test.ts).
 */
import { expect } from 'chai';
import { appointmentWords } from '../../content/dates';
import { gsm7Length, isGsm7 } from '../../content/gsm7';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { lead, onEachHeld, sharedWithLead } from '../support/heldDelivery';
import { invitationCode } from '../support/invitations';
import { invite } from '../support/results';
import { atResult, onEach } from '../support/resultsChat';
import { atQuestion, jeanToConsent, plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest, withClockedApp } from '../support/startApp';

describe('Requests in the middle of a question', () => {
  const app = freshAppPerTest('webchat');

  for (const words of ['delete my answer', 'Can I delete my answer?', 'remove my last answer']) {
    it(`takes "${words}" back to the last answer, never noting it nor saying it was deleted`, async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

      expect(allText(reply)).to.not.match(/noted|deleted/i);
      expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
      expect(lastQuestion(reply)).to.equal('whatMatters.most');
      // "What matters most?" needs an answer: it can only be replaced.
      expect(allText(reply)).to.match(/type a new one to replace it/);
    });
  }

  it('takes a last answer that may be left out away once they say "skip" to it', async () => {
    await atQuestion(app.client, 'whatMatters.hard', 'sleeping is hard');
    const reply = await app.client.say('delete my answer');

    expect(lastQuestion(reply)).to.equal('whatMatters.hard');
    expect(allText(reply)).to.match(/To take it out, say 'skip'/);
    expect(await storedValue(app.running, 'whatMatters.hard'), 'taken out before they said so').to.equal(
      'sleeping is hard',
    );

    const after = await app.client.say('skip');
    const record = await onlyRecord(app.running);
    expect(record.answers['whatMatters.hard']?.status).to.equal('skipped');
    expect(lastQuestion(after)).to.equal('whatMatters.wouldLikeTo');
  });

  it('says how to take out the last answer when it was given in the part before', async () => {
    const reply = await atQuestion(app.client, 'whatMatters.most', 'delete my answer');

    expect(lastQuestion(reply)).to.not.equal('whatMatters.most');
    expect(lastQuestion(reply)).to.equal('conditions');
    expect(allText(reply)).to.match(/let's go back to your last answer/);
    expect(allText(reply)).to.not.match(/noted|deleted/i);
  });

  for (const words of ['change my answer', 'I want to change my answer', 'can I change my last answer?']) {
    it(`takes "${words}" back to the last answer to change it, never noting it`, async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

      expect(allText(reply)).to.not.match(/noted/);
      expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
      expect(lastQuestion(reply)).to.equal('whatMatters.most');
    });
  }

  it('shows what they said so far when asked "can I see what I said"', async () => {
    const reply = await atQuestion(app.client, 'whatMatters.goingWell', 'can I see what I said');

    expect(allText(reply)).to.not.match(/noted/);
    expect(allText(reply)).to.match(/What matters to me/);
    expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
    expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
  });

  // The crisis screen reads every message first: until crisis18c it asked about thoughts of ending
  // their life, or of hurting someone, for the phrasings below, so they never reached the request.
  for (const words of ['let me see what I said', 'let me see my answers', 'what have I told you']) {
    it(`shows what they said so far for "${words}", never asking about a crisis`, async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

      expect(allText(reply)).to.not.match(/ending your life|in danger|noted/i);
      expect(allText(reply)).to.match(/What matters to me/);
      expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
      expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
    });
  }

  for (const words of ['who will read this', 'who will see this', 'will anyone read this']) {
    it(`answers "${words}" with who sees the answers, never asking about ending their life`, async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

      expect(allText(reply)).to.not.match(/ending your life|in danger/i);
      expect(allText(reply)).to.match(/Nobody else sees your answers/);
      expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
    });
  }

  for (const words of ['who can see my answers?', 'who reads this', 'Who can see this?']) {
    it(`answers "${words}" with who sees the answers, then asks the question again`, async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

      expect(allText(reply)).to.not.match(/noted/);
      expect(allText(reply)).to.match(/share/i);
      expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
      expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
    });
  }

  // "What happens to my data?" was noted as what is going well for them (shown to the lead contact
  // if shared), with no answer (test/explore/requests.test.ts).
  for (const words of ['what happens to my data?', 'what do you do with my information?', 'who has my plan?']) {
    it(`answers "${words}" with who sees the answers, then asks the question again, noting nothing`, async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

      expect(allText(reply)).to.match(/Nobody else sees your answers/);
      expect(allText(reply)).to.not.match(/noted|ending your life|in danger/i);
      expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
      expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
    });
  }

  it('says nobody sees the answers until they share, when nothing is shared', async () => {
    const reply = await atQuestion(app.client, 'whatMatters.goingWell', 'who can see my answers?');

    expect(allText(reply)).to.match(/Nobody else sees your answers/);
  });

  it('names the lead contact who will be asked about, when their care team invited them', async () => {
    const code = await invitationCode(app.running);
    await walkTo((words) => app.client.say(words), 'whatMatters.goingWell', plainPersonAnswers, code);
    const reply = await app.client.say('who can see this?');

    expect(allText(reply)).to.match(/Nobody else sees your answers unless you choose to share them/);
    expect(allText(reply)).to.include('Dr Sam Patel');
  });

  it('says the plan was shared with the lead contact by name, once it was', async () => {
    const code = await invitationCode(app.running);
    await walkTo((words) => app.client.say(words), 'share.consent', jeanToConsent, code);
    await app.client.say('yes');
    const reply = await app.client.say('who can see my answers?');

    expect(allText(reply)).to.match(/You chose to share your plan with Dr Sam Patel/);
    // Nothing can reach Dr Patel in this app (no Teams chat is known), so it is never said they see it.
    expect(allText(reply)).to.match(/It has not reached them yet/);
    expect(allText(reply)).to.not.match(/Nobody else sees your answers/);
  });

  it('says the plan was taken back, never that the lead contact sees it, once it was withdrawn', async () => {
    const code = await invitationCode(app.running);
    await walkTo((words) => app.client.say(words), 'share.consent', jeanToConsent, code);
    await app.client.say('yes');
    await app.client.say('withdraw consent');
    await app.client.say('yes');
    const reply = await app.client.say('who can see this?');

    expect(allText(reply)).to.match(/You took your plan back from Dr Sam Patel/);
    expect(allText(reply)).to.not.match(/You chose to share/);
  });

  it('answers "who can see this?" asked at a 0 to 10 question', async () => {
    const reply = await atQuestion(app.client, 'goal.1.importance', 'who can see this?');

    expect(allText(reply)).to.not.match(/I need a number/);
    expect(allText(reply)).to.match(/share/i);
    expect(lastQuestion(reply)).to.equal('goal.1.importance');
  });

  for (const words of ['I want to change my goal', 'change my goal', 'can I change the goal?']) {
    it(`lets "${words}" change the goal just typed`, async () => {
      const reply = await atQuestion(app.client, 'goal.1.importance', words);

      expect(allText(reply)).to.not.match(/I need a number/);
      expect(lastQuestion(reply)).to.equal('goal.1.text');
      expect(allText(reply)).to.include('walk more');
    });
  }

  it('keeps "I want to change my diet" as a goal, not a request', async () => {
    const reply = await atQuestion(app.client, 'goal.1.text', 'I want to change my diet');

    expect(await storedValue(app.running, 'goal.1.text'), allText(reply)).to.equal('I want to change my diet');
  });

  for (const words of [
    'delete old photos so my phone works',
    'I can change my answers to the nurse without fear',
    'who can see this is the doctor',
  ]) {
    it(`keeps "${words}" as the answer it is`, async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

      expect(await storedValue(app.running, 'whatMatters.goingWell'), allText(reply)).to.equal(words);
    });
  }
});

describe('Asking who has the plan at the consent question', () => {
  const fresh = freshAppPerTest('webchat');

  // At "Can I share this plan with Dr Sam Patel?", "who has my plan?" was not understood, and the
  // second time kept as their answer and taken as a no: the question went unanswered and the
  // decision was made for them.
  it('answers "who has my plan?" and asks the consent question again, never taking it as a no', async () => {
    const code = await invitationCode(fresh.running);
    await walkTo((text) => fresh.client.say(text), 'share.consent', jeanToConsent, code);
    const first = await fresh.client.say('who has my plan?');
    const reply = await fresh.client.say('who has my plan?');

    for (const answered of [first, reply]) {
      expect(allText(answered)).to.match(/Nobody else sees your answers/);
      expect(lastQuestion(answered), allText(answered)).to.equal('share.consent');
    }
    expect((await onlyRecord(fresh.running)).consents).to.deep.equal([]);
  });
});

describe('Requests in the middle of a question, by SMS', () => {
  const app = freshAppPerTest('sms');

  it('answers "who can see this?" in one plain text, then asks the question again', async () => {
    const code = await invitationCode(app.running);
    await walkTo((words) => app.client.say(words), 'whatMatters.goingWell', plainPersonAnswers, code);
    const reply = await app.client.say('who can see this?');
    const answer = reply.replies[0]?.text ?? '';

    expect(answer).to.match(/^Nobody else sees your answers unless you choose to share them/);
    expect(answer).to.include('Dr Sam Patel');
    expect(isGsm7(answer), answer).to.equal(true);
    expect(gsm7Length(answer)).to.be.at.most(320);
    expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
  });

  it('says to reply SKIP to take out a last answer that may be left out', async () => {
    await atQuestion(app.client, 'whatMatters.hard', 'sleeping is hard');
    const reply = await app.client.say('delete my answer');

    expect(allText(reply)).to.match(/To take it out, reply SKIP/);
    expect(lastQuestion(reply)).to.equal('whatMatters.hard');
  });
});

describe('"Who can see this?" once the plan is shared', () => {
  it('says the lead contact sees it only once it has reached them', () =>
    onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      const reply = await client.say('who can see this?');

      expect(allText(reply)).to.include(lead);
      expect(allText(reply)).to.not.match(/not reached/);
    }));

  it('says the plan has not reached the lead contact while it waits to go', () =>
    onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, true);
      const reply = await client.say('who can see this?');

      expect(allText(reply)).to.include(lead);
      expect(allText(reply)).to.match(/It has not reached them yet/);
    }));
});

// Found playing people asking dates in free text (branch `explore19`, test/explore/findings19.test.ts):
// "when is my appointment?" at "What exactly will you do?" was noted as what they would do.
describe('"When is my appointment?" at any question', () => {
  /** An appointment as a coordinator gives one: local wall-clock time, nine days on. */
  const appointmentAt = new Date(Date.now() + 9 * 24 * 3_600_000).toISOString().slice(0, 16);

  for (const channelId of ['webchat', 'sms'] as const) {
    describe(`on ${channelId}`, () => {
      const app = freshAppPerTest(channelId);

      for (const words of ['when is my appointment?', 'What day is my appointment', "when's my appointment"]) {
        it(`answers "${words}" with the appointment it knows, never noting it as what they will do`, async () => {
          const { code } = await invite(app.running, { appointmentAt });
          await walkTo((text) => app.client.say(text), 'goal.1.action', plainPersonAnswers, code);
          const reply = await app.client.say(words);

          expect(await storedValue(app.running, 'goal.1.action'), allText(reply)).to.equal(undefined);
          expect(allText(reply)).to.include(appointmentWords(appointmentAt));
          expect(lastQuestion(reply)).to.equal('goal.1.action');
        });
      }

      it('says it has no date for the appointment when none is known, and asks a yes/no question again', async () => {
        await walkTo((text) => app.client.say(text), 'mood.down', plainPersonAnswers);
        const reply = await app.client.say('when is my appointment?');

        expect(allText(reply)).to.match(/I don't have a date for your appointment/);
        expect(allText(reply)).to.match(/practice can tell you/);
        expect(allText(reply)).to.not.match(/Sorry/);
        expect(await storedValue(app.running, 'mood.down')).to.equal(undefined);
        expect(lastQuestion(reply)).to.equal('mood.down');
      });

      it('still notes an answer that only mentions the appointment', async () => {
        await walkTo((text) => app.client.say(text), 'goal.1.action', plainPersonAnswers);
        await app.client.say('ask when is my appointment');

        expect(await storedValue(app.running, 'goal.1.action')).to.equal('ask when is my appointment');
      });
    });
  }
});

// An appointment whose day has gone by was still told as to come ("is on Thursday 5 February").
describe('The appointment, once it has passed', () => {
  /** Thursday 5 February 2026, 2 pm: three days after the clocked app's start. */
  const appointmentAt = '2026-02-05T14:00';
  const day = 24 * 60;

  for (const channelId of ['webchat', 'sms'] as const) {
    it(`says it is on the day while it is to come, and that it was on the day once it has passed, on ${channelId}`, () =>
      withClockedApp(channelId, async ({ running, client, later }) => {
        const { code } = await invite(running, { appointmentAt });
        await walkTo((text) => client.say(text), 'goal.1.action', plainPersonAnswers, code);
        const before = await client.say('when is my appointment?');
        expect(allText(before)).to.include(`appointment is on ${appointmentWords(appointmentAt)}`);

        later(4 * day);
        const after = await client.say('when is my appointment?');
        expect(allText(after)).to.include(`appointment was on ${appointmentWords(appointmentAt)}`);
        expect(allText(after)).to.not.match(/ is on /);
        expect(allText(after)).to.match(/new date/);
        expect(lastQuestion(after)).to.equal('goal.1.action');
        expect(await storedValue(running, 'goal.1.action')).to.equal(undefined);
      }));
  }

  it('a code used in the week after the appointment says its date has passed, never "your visit on" it', () =>
    withClockedApp('webchat', async ({ running, client, later }) => {
      const { code } = await invite(running, { appointmentAt });
      later(4 * day);
      const joined = await client.say(code);
      expect(allText(joined)).to.include(`${appointmentWords(appointmentAt)}, has passed`);
      expect(allText(joined)).to.not.include('your visit on');
    }));

  it('a code used before the appointment names the visit to come', () =>
    withClockedApp('webchat', async ({ running, client }) => {
      const { code } = await invite(running, { appointmentAt });
      const joined = await client.say(code);
      expect(allText(joined)).to.include(`your visit on ${appointmentWords(appointmentAt)}`);
    }));

  it('still says "is on" later the same day, before the time', () =>
    withClockedApp('webchat', async ({ running, client, later }) => {
      const { code } = await invite(running, { appointmentAt });
      await walkTo((text) => client.say(text), 'goal.1.action', plainPersonAnswers, code);
      later(3 * day + 3 * 60);
      const reply = await client.say('when is my appointment?');
      expect(allText(reply)).to.include(`appointment is on ${appointmentWords(appointmentAt)}`);
    }));
});

// Found trying a new user at "What is going well for you right now?" (brief fixQ): asking what the
// service is, for a person, what it is for or how long it takes was noted as the answer, "I'm busy
// right now" too, and "how long will this take?" got a check-in about ending their life.
describe('Questions about the service at any question', () => {
  const app = freshAppPerTest('webchat');

  /** Asked at an open question, where anything said could be kept as the answer. */
  async function askedAtGoingWell(words: string) {
    const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);
    expect(allText(reply)).to.not.match(/noted|ending your life|in danger/i);
    expect(await storedValue(app.running, 'whatMatters.goingWell'), allText(reply)).to.equal(undefined);
    return reply;
  }

  for (const words of ['are you a robot?', 'am I talking to a computer', 'who are you?', 'Are you a real person?']) {
    it(`says plainly that "${words}" is answered by an automated helper, then asks the question again`, async () => {
      const reply = await askedAtGoingWell(words);

      expect(allText(reply)).to.match(/I'm Careprep, an automated helper\. I'm not a person/);
      expect(allText(reply)).to.match(/not watched by a person/);
      expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
    });
  }

  for (const words of ['can I talk to a real person', 'can I talk to someone', 'can I speak to a nurse']) {
    it(`answers "${words}" with whom to contact and the urgent help, then asks the question again`, async () => {
      const reply = await askedAtGoingWell(words);

      expect(allText(reply)).to.match(/not watched by a person/);
      expect(allText(reply)).to.match(/To talk to someone, contact your GP practice/);
      expect(allText(reply)).to.match(/999/);
      expect(allText(reply)).to.match(/NHS 111/);
      expect(allText(reply), 'said in distress, someone to talk to now').to.match(/Samaritans .*116 123/);
      expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
    });
  }

  it('names the lead contact to talk to, when their care team invited them', async () => {
    const code = await invitationCode(app.running);
    await walkTo((words) => app.client.say(words), 'whatMatters.goingWell', plainPersonAnswers, code);
    const reply = await app.client.say('can I talk to a real person');

    expect(allText(reply)).to.match(/To talk to someone, contact Dr Sam Patel/);
    expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
  });

  for (const words of ['what is this for?', 'why are you asking', "what's the point of these questions"]) {
    it(`explains what the preparation is for when asked "${words}", then asks the question again`, async () => {
      const reply = await askedAtGoingWell(words);

      expect(allText(reply)).to.match(/get ready for your care planning appointment/);
      expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
    });
  }

  for (const words of ['how long will this take?', 'how many questions are left', 'how much longer will this take']) {
    it(`answers "${words}" with how far along they are and that they can stop, never a check-in`, async () => {
      const reply = await askedAtGoingWell(words);

      expect(allText(reply)).to.match(/part 2 of 6/);
      expect(allText(reply)).to.match(/stop and come back any time/);
      expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
    });
  }

  for (const words of ["I'm busy right now", 'not now', 'later']) {
    it(`pauses on "${words}", saying what was said is kept, and notes nothing`, async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

      expect(reply.questions, allText(reply)).to.have.length(0);
      expect(allText(reply)).to.match(/That's fine\. Everything is saved/);
      const record = await onlyRecord(app.running);
      expect(record.progress.paused).to.equal(true);
      expect(record.answers['whatMatters.goingWell']).to.equal(undefined);
      // What was said before is kept: "Everything is saved" is true.
      expect(record.answers['whatMatters.most'], 'the answer before').to.not.equal(undefined);
    });
  }

  for (const words of [
    'my robot hoover does the floors for me',
    'talking to a real person helps me',
    'knowing what this is for helps me plan',
    'walking, however long it takes',
    "I'm busy with my grandchildren and I love it",
  ]) {
    it(`keeps "${words}" as the answer it is`, async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

      expect(await storedValue(app.running, 'whatMatters.goingWell'), allText(reply)).to.equal(words);
    });
  }
});

describe('"What is this for?" at a test result', () => {
  it('is a question about the result, kept for the appointment as before, not told what Careprep is', () =>
    onEach(['webchat'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      const reply = await client.say('what is this for?');

      expect(allText(reply)).to.not.match(/Careprep helps you get ready/);
      expect(await storedValue(running, 'result.hba1c.thoughts'), allText(reply)).to.equal('what is this for?');
    }));
});

describe('Questions about the service, by SMS', () => {
  const app = freshAppPerTest('sms');

  for (const words of [
    'are you a robot?',
    'can I talk to a real person',
    'what is this for?',
    'how long will this take?',
  ]) {
    it(`answers "${words}" in one plain text, then asks the question again`, async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);
      const answer = reply.replies[0]?.text ?? '';

      expect(isGsm7(answer), answer).to.equal(true);
      expect(gsm7Length(answer), answer).to.be.at.most(320);
      expect(answer).to.not.match(/noted|ending your life/i);
      expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
      expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
    });
  }
});
