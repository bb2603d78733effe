/**
 * Explorer 27 (fix 27c): Jean taking one part of her shared plan back, a long paste on the
 * built-in Direct Line, and a first visit that opens with a code or a greeting.
 */
import { expect } from 'chai';
import { sharedRecord } from '../../plan/consentScope';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { DirectLine } from '../support/directLineClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { jeanToShare, walkTo } from '../support/scripts';
import { freshAppPerTest, startApp, type RunningApp } from '../support/startApp';

describe('Explorer 27: Jean with a code from Nurse Kay, on webchat', () => {
  const app = freshAppPerTest('webchat');

  // Having shared everything, "actually I'd rather Nurse Kay didn't see the mood bit" and "can you
  // take my mood answers back please" got "You have finished getting ready"; the mood part stayed shared.
  for (const words of [
    "actually I'd rather Nurse Kay didn't see the mood bit",
    'can you take my mood answers back please',
  ]) {
    it(`asks about taking the mood part back on "${words}"`, async () => {
      const code = await invitationCode(app.running, 'Nurse Kay');
      await walkTo((text) => app.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
      await app.client.say('yes');
      const asked = await app.client.say(words);

      expect(asked.questions, allText(asked)).to.not.have.length(0);
      expect(allText(asked)).to.not.match(/finished getting ready|Done/);
      expect(allText(asked)).to.match(/how you have been feeling/);
      expect(sharedRecord(await onlyRecord(app.running))).to.not.equal(undefined);
    });
  }

  // H321: the part itself, not the whole plan, is taken back after the yes.
  it('takes the mood part back only after a yes, and says so naming Nurse Kay', async () => {
    const code = await invitationCode(app.running, 'Nurse Kay');
    await walkTo((text) => app.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
    await sayAll(app.client, ['yes', 'can you take my mood answers back please']);
    const done = await app.client.say('yes');

    expect(allText(done)).to.match(/taken how you have been feeling out of what Nurse Kay can see/);
    const record = await onlyRecord(app.running);
    expect(record.status).to.equal('shared');
    expect(Object.keys(sharedRecord(record)!.answers).filter((key) => key.startsWith('mood.'))).to.deep.equal([]);
  });

  // Near misses: a part named with no asking it back, and the words before anything is shared.
  it('does not ask about taking a part back on "the mood bit was hard"', async () => {
    const code = await invitationCode(app.running, 'Nurse Kay');
    await walkTo((text) => app.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
    await app.client.say('yes');
    const answered = await app.client.say('the mood bit was hard');

    expect(allText(answered)).to.not.match(/cannot take back one part/);
  });
});

/** Polls `line` until a question comes, or 50 polls have passed; every activity's text seen meanwhile. */
async function untilAsked(line: DirectLine): Promise<string> {
  const texts: string[] = [];
  for (let poll = 0; poll < 50; poll++) {
    const got = await line.poll();
    texts.push(...got.filter((a) => a.from?.role !== 'user').map((a) => a.text ?? ''));
    if (got.some((a) => a.channelData?.careprep)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return texts.join('\n');
}

/** Opens Web Chat on a fresh app, waits for the greeting and runs `body`. */
async function onWebChat(body: (line: DirectLine, running: RunningApp) => Promise<void>): Promise<void> {
  const running = await startApp();
  try {
    const line = await DirectLine.start(running.baseUrl);
    await untilAsked(line);
    await body(line, running);
  } finally {
    await running.stop();
  }
}

const count = (text: string, pattern: RegExp): number => text.split(pattern).length - 1;

describe('Explorer 27: a greeting with more, as the first answer', () => {
  const app = freshAppPerTest('webchat');

  // Near misses: a greeting before an answer is still that answer.
  for (const words of ['hello, 1', 'hi, 2', 'hello. Me', 'good morning, someone else']) {
    it(`reads "${words}" as the answer to "who is answering today?"`, async () => {
      await app.client.say('hi');
      const answered = await app.client.say(words);

      expect(lastQuestion(answered), allText(answered)).to.not.equal('respondent.type');
      expect(allText(answered)).to.not.match(/not noted what you wrote/);
    });
  }

  it('says what more a first greeting said is not noted yet, and asks once', async () => {
    await app.client.say('hi');
    const answered = await app.client.say('Good morning, my nurse gave me this link to fill in');

    expect(allText(answered)).to.match(/not noted what you wrote/);
    expect(lastQuestion(answered)).to.equal('respondent.type');
  });
});

describe('Explorer 27: a long paste in Teams', () => {
  const app = freshAppPerTest('msteams', 'http');

  it('tells the person the message was too long and asks the same question again', async () => {
    await sayAll(app.client, ['hi', 'me', 'Sam', 'diabetes']);
    const told = await app.client.say('I have had diabetes for twenty years. '.repeat(650));

    expect(allText(told)).to.match(/too long|very long/i);
    expect(lastQuestion(told)).to.equal('whatMatters.most');
  });
});

describe('Explorer 27: on the built-in Direct Line, as Web Chat', () => {
  // Jean opened the page, saw the greeting and typed her code: she was told "Welcome back. You were
  // on part 1 of 6: about you" on her first visit, and "who is answering today?" came twice.
  it('does not welcome back someone whose first message is their code', () =>
    onWebChat(async (line, running) => {
      await line.say(await invitationCode(running, 'Nurse Kay'));
      const answered = await untilAsked(line);

      expect(answered).to.not.match(/Welcome back/);
      expect(count(answered, /who is answering today/i), answered).to.be.at.most(1);
    }));

  for (const first of ['hi', 'hello', 'Hello, good morning, I was told to use this']) {
    it(`asks "who is answering today?" once on a first "${first}"`, () =>
      onWebChat(async (line) => {
        await line.say(first);
        const answered = await untilAsked(line);

        expect(answered).to.not.match(/Welcome back|didn.t understand/);
        expect(count(answered, /who is answering today/i), answered).to.equal(1);
      }));
  }

  // 24,600 characters pasted at "What matters most to you?" got 400 "The request is not a valid
  // activity." and nothing from the bot: Web Chat shows "Send failed", the person is never told why.
  it('tells the person when a message is too long rather than refusing it unexplained', () =>
    onWebChat(async (line) => {
      for (const text of ['hi', 'me', 'Sam', 'diabetes']) {
        await line.say(text);
        await untilAsked(line);
      }
      const posted = await line.say('I have had diabetes for twenty years. '.repeat(650));
      const told = await untilAsked(line);

      expect(posted.status).to.equal(200);
      expect(told).to.match(/too long/i);
      expect(told).to.match(/20,000/);
    }));

  // Up to the 64 KB a post may be, the words are neither run nor kept: only the notice is.
  it('keeps none of a 40,000-character paste, and still refuses a large non-text activity with 413', () =>
    onWebChat(async (line) => {
      const posted = await line.say('x'.repeat(40_000));
      const told = await untilAsked(line);
      const blob = await line.post({ type: 'message', text: 'hi', value: { blob: 'x'.repeat(40_000) } });

      expect([posted.status, blob.status]).to.deep.equal([200, 413]);
      expect(told).to.match(/40,000 characters/);
      expect(line.seen.filter((a) => (a.text ?? '').length > 5_000)).to.have.length(0);
    }));
});
