import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

describe('Answers read as people mean them, in web chat', () => {
  const app = freshAppPerTest('webchat');

  it('does not keep a bare "yes" as a topic to talk about', async () => {
    const reply = await atQuestion(app.client, 'topics.own', 'yes');

    expect(allText(reply)).to.not.match(/noted: "yes"/);
    expect(await storedValue(app.running, 'topics.own')).to.not.equal('yes');
  });

  it('asks what it is after a mistyped "yse" to "anything else to talk about?", keeping nothing', async () => {
    const reply = await atQuestion(app.client, 'topics.own', 'yse');

    expect(allText(reply)).to.not.match(/noted/);
    expect(await storedValue(app.running, 'topics.own')).to.equal(undefined);
  });

  it('does not note an answer with nothing visible in it', async () => {
    const reply = await atQuestion(app.client, 'whatMatters.goingWell', '\u200b\u200b');

    expect(allText(reply)).to.not.match(/noted/);
    expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
  });

  it('reads the typo "yse" as yes', async () => {
    const reply = await atQuestion(app.client, 'goal.another', 'yse');

    expect(lastQuestion(reply)).to.equal('goal.2.text');
  });

  it('takes a mistyped "noo" to "anything else to talk about?" as nothing more, not as a topic', async () => {
    const reply = await atQuestion(app.client, 'topics.own', 'noo');

    expect(allText(reply)).to.not.match(/noted/);
    expect(await storedValue(app.running, 'topics.own')).to.not.equal('noo');
  });

  it('asks for the rest of a goal that looks cut off, and keeps it as it is after "that\'s all"', async () => {
    const asked = await atQuestion(app.client, 'goal.1.text', 'walk to the');
    const kept = await app.client.say("that's all");

    expect(allText(asked)).to.match(/cut off/);
    expect(await storedValue(app.running, 'goal.1.text')).to.equal('walk to the');
    expect(lastQuestion(kept)).to.equal('goal.1.importance');
  });

  it('reads an Arabic-Indic "٧" as 7 out of 10, as it reads a full-width "７"', async () => {
    const reply = await atQuestion(app.client, 'goal.1.importance', '٧');

    expect(allText(reply)).to.match(/7 out of 10/);
    expect(await storedValue(app.running, 'goal.1.importance')).to.equal(7);
  });
});
