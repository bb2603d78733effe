/**
 * Explorer 30: Grace began on Web Chat, left for three days, and came back by text. The phone was
 * new to Careprep, so it began afresh, and "where was I" told her "We are on part 1 of 6: about
 * you", with no word that her answers were on the computer or how to reach them (H462). Asked with
 * nothing noted, it now says so and how to carry on from where she started; and that works.
 */
import { expect } from 'chai';
import { appPerTest29, Texter, WebChatter } from '../support/explorerPeople';
import { DirectLine } from '../support/directLineClient';

/** Grace on Web Chat to her first goal. */
const graceToGoal = ['me', 'Grace', 'copd and heart failre', 'my grandchildern', 'church on sundys'];

describe('Explorer 30 Grace by text after starting on Web Chat', () => {
  const app = appPerTest29();

  it('tells her nothing is noted on this phone yet, and how to carry on from where she started', async () => {
    const web = await WebChatter.open(app.running);
    await web.sayAll(graceToGoal);
    app.later(3 * 24 * 60);
    const grace = new Texter(app.running);
    await grace.text('hello');
    const heard = await grace.text('where was I');

    expect(heard.text).to.match(/Nothing is noted on this phone yet/);
    expect(heard.text).to.match(/CONTINUE ON MY PHONE/);
  });

  it('carries on from her answers once she texts the code the chat gives her', async () => {
    const page = await DirectLine.start(app.running.baseUrl);
    for (const words of graceToGoal) await page.say(words);
    app.later(3 * 24 * 60);
    const grace = new Texter(app.running);
    await grace.texts(['hello', 'where was I']);
    // Back at the computer, the page opened again as the same browser.
    const again = await DirectLine.start(app.running.baseUrl, page.credential);
    await again.say('continue on my phone');
    const said = (await again.poll()).map((activity) => activity.text ?? '').join('\n');
    const code = /code is \**([A-Z0-9]{3} ?[A-Z0-9]{3})/.exec(said)?.[1];
    await grace.text(code ?? 'no code');
    const heard = await grace.text('where was I');

    expect(heard.text).to.match(/part 2 of 6/);
    expect(heard.text).to.not.match(/Nothing is noted/);
  });

  // Near miss: with answers on this phone, where she is, as before.
  it('says only where she is when she has answered on this phone', async () => {
    const grace = new Texter(app.running);
    await grace.texts(['hello', '1', 'Grace']);
    const heard = await grace.text('where was I');

    expect(heard.text).to.match(/part 1 of 6/);
    expect(heard.text).to.not.match(/Nothing is noted/);
  });
});
