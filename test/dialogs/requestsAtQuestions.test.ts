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

  it('shows what they said so far when asked "can I see what I said"', async () => {
    const reply = await atQuestion(app.client, 'whatMatters.goingWell', 'can I see what I said');

    expect(allText(reply)).to.not.match(/noted/);
    expect(allText(reply)).to.match(/What matters to me/);
    expect(await stored(app.running, 'whatMatters.goingWell')).to.equal(undefined);
    expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
  });
});
