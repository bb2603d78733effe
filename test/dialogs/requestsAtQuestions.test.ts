/**
 * Asking something, or asking to do something, in the middle of a question: "delete my answer",
 * "change my answer", "can I see what I said", "who can see this?", "I want to change my goal".
 * Each is answered or done, never kept as the answer nor refused as "not a number"; a real answer
 * that only contains such words is still kept. Found playing new users (branch `explore18`,
 * test/explore/findings18.test.ts).
 */
import { expect } from 'chai';
import { allText, lastQuestion, type ChatClient, type PostResult } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest, type RunningApp } from '../support/startApp';

/** Walks `client` to `linkId` with plain answers, then says `text`; the replies to it. */
async function atQuestion(client: ChatClient, linkId: string, text: string): Promise<PostResult> {
  await walkTo((words) => client.say(words), linkId, plainPersonAnswers);
  return client.say(text);
}

/** The stored value of one answer, or undefined when nothing is stored for it. */
async function stored(running: RunningApp, linkId: string): Promise<unknown> {
  const record = await onlyRecord(running);
  return (record.answers as Record<string, { value?: unknown } | undefined>)[linkId]?.value;
}

describe('Requests in the middle of a question', () => {
  const app = freshAppPerTest('webchat');

  for (const words of ['delete my answer', 'Can I delete my answer?', 'remove my last answer']) {
    it(`takes "${words}" back to the last answer, never noting it nor saying it was deleted`, async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

      expect(allText(reply)).to.not.match(/noted|deleted/i);
      expect(await stored(app.running, 'whatMatters.goingWell')).to.equal(undefined);
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
    expect(await stored(app.running, 'whatMatters.hard'), 'taken out before they said so').to.equal('sleeping is hard');

    const after = await app.client.say('skip');
    const record = await onlyRecord(app.running);
    expect(record.answers['whatMatters.hard']?.status).to.equal('skipped');
    expect(lastQuestion(after)).to.equal('whatMatters.wouldLikeTo');
  });

  for (const words of ['change my answer', 'I want to change my answer', 'can I change my last answer?']) {
    it(`takes "${words}" back to the last answer to change it, never noting it`, async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

      expect(allText(reply)).to.not.match(/noted/);
      expect(await stored(app.running, 'whatMatters.goingWell')).to.equal(undefined);
      expect(lastQuestion(reply)).to.equal('whatMatters.most');
    });
  }

  it('shows what they said so far when asked "can I see what I said"', async () => {
    const reply = await atQuestion(app.client, 'whatMatters.goingWell', 'can I see what I said');

    expect(allText(reply)).to.not.match(/noted/);
    expect(allText(reply)).to.match(/What matters to me/);
    expect(await stored(app.running, 'whatMatters.goingWell')).to.equal(undefined);
    expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
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

    expect(await stored(app.running, 'goal.1.text'), allText(reply)).to.equal('I want to change my diet');
  });

  for (const words of [
    'delete old photos so my phone works',
    'I can change my answers to the nurse without fear',
    'who can see this is the doctor',
  ]) {
    it(`keeps "${words}" as the answer it is`, async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

      expect(await stored(app.running, 'whatMatters.goingWell'), allText(reply)).to.equal(words);
    });
  }
});

describe('Requests in the middle of a question, by SMS', () => {
  const app = freshAppPerTest('sms');

  it('says to reply SKIP to take out a last answer that may be left out', async () => {
    await atQuestion(app.client, 'whatMatters.hard', 'sleeping is hard');
    const reply = await app.client.say('delete my answer');

    expect(allText(reply)).to.match(/To take it out, reply SKIP/);
    expect(lastQuestion(reply)).to.equal('whatMatters.hard');
  });
});
