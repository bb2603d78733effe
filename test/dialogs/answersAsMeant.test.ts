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

describe('Answers read as people mean them, in web chat', () => {
  const app = freshAppPerTest('webchat');

  it('does not keep a bare "yes" as a topic to talk about', async () => {
    const reply = await atQuestion(app.client, 'topics.own', 'yes');

    expect(allText(reply)).to.not.match(/noted: "yes"/);
    expect(await stored(app.running, 'topics.own')).to.not.equal('yes');
  });

  it('asks what it is after a mistyped "yse" to "anything else to talk about?", keeping nothing', async () => {
    const reply = await atQuestion(app.client, 'topics.own', 'yse');

    expect(allText(reply)).to.not.match(/noted/);
    expect(await stored(app.running, 'topics.own')).to.equal(undefined);
  });

  it('does not note an answer with nothing visible in it', async () => {
    const reply = await atQuestion(app.client, 'whatMatters.goingWell', '\u200b\u200b');

    expect(allText(reply)).to.not.match(/noted/);
    expect(await stored(app.running, 'whatMatters.goingWell')).to.equal(undefined);
  });

  it('reads the typo "yse" as yes', async () => {
    const reply = await atQuestion(app.client, 'goal.another', 'yse');

    expect(lastQuestion(reply)).to.equal('goal.2.text');
  });

  it('takes a mistyped "noo" to "anything else to talk about?" as nothing more, not as a topic', async () => {
    const reply = await atQuestion(app.client, 'topics.own', 'noo');

    expect(allText(reply)).to.not.match(/noted/);
    expect(await stored(app.running, 'topics.own')).to.not.equal('noo');
  });

  it('asks for the rest of a goal that looks cut off, and keeps it as it is after "that\'s all"', async () => {
    const asked = await atQuestion(app.client, 'goal.1.text', 'walk to the');
    const kept = await app.client.say("that's all");

    expect(allText(asked)).to.match(/cut off/);
    expect(await stored(app.running, 'goal.1.text')).to.equal('walk to the');
    expect(lastQuestion(kept)).to.equal('goal.1.importance');
  });

  it('reads an Arabic-Indic "٧" as 7 out of 10, as it reads a full-width "７"', async () => {
    const reply = await atQuestion(app.client, 'goal.1.importance', '٧');

    expect(allText(reply)).to.match(/7 out of 10/);
    expect(await stored(app.running, 'goal.1.importance')).to.equal(7);
  });
});
