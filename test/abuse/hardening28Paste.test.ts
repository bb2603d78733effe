import { expect } from 'chai';
import { connect, type Socket } from 'node:net';
import { BotClient } from '../support/botClient';
import { DirectLine } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';
import { chatAtFirstQuestion, crisisWords, paste, untilAsked, untilQuiet } from '../support/longPaste';

/**
 * Hardening 28 (H320): a paste over 64 KB was refused with 413 before it was read, so Web Chat
 * showed only "Send failed"; and a too-long message's words were never screened, so a disclosure in
 * a long paste got only the notice. Up to 1 MB is now read and answered kindly, its start and end
 * screened for crisis; a larger body is still refused unread.
 */
describe('Abuse (hardening 28): a long paste in Web Chat', function () {
  this.timeout(120_000);
  const chat = chatAtFirstQuestion();

  for (const characters of [100_000, 900_000]) {
    it(`tells the person a ${characters.toLocaleString('en-GB')}-character paste is too long, with the limit and 999`, async () => {
      const posted = await chat.line.say(paste(characters));
      const told = await untilQuiet(chat.line);

      expect(posted.status).to.equal(200);
      expect(told).to.match(new RegExp(`${characters.toLocaleString('en-GB')} characters`));
      expect(told).to.match(/20,000/);
      expect(told).to.match(/999/);
      expect(told).to.not.match(crisisWords);
      expect(chat.line.seen.filter((a) => (a.text ?? '').length > 5_000)).to.have.length(0);
    });
  }

  const disclosures = [
    [
      'at the end of a 30,000-character paste',
      paste(30_000, ' I have decided to end my life tonight. I have the tablets ready.'),
    ],
    [
      'at the end of a 200,000-character paste',
      paste(200_000, ' I have decided to end my life tonight. I have the tablets ready.'),
    ],
    [
      'at the start of a 200,000-character paste',
      paste(200_000, '', 'I have decided to end my life tonight. I have the tablets ready. '),
    ],
    [
      'by a carer at the end of a 100,000-character paste',
      paste(100_000, ' My husband says he is going to kill himself tonight.'),
    ],
  ] as const;
  for (const [where, text] of disclosures) {
    it(`gives the crisis reply to a disclosure ${where}`, async () => {
      const posted = await chat.line.say(text);
      const told = await untilQuiet(chat.line);

      expect(posted.status).to.equal(200);
      expect(told).to.match(/too long/i);
      expect(told).to.match(crisisWords);
    });
  }

  it('keeps the question waiting after a long paste: the next answer is read as before', async () => {
    const before = chat.line.lastQuestion();
    await chat.line.say(paste(150_000));
    await untilQuiet(chat.line, 5);
    expect(chat.line.lastQuestion()).to.equal(before);
    await chat.line.say('me');
    await untilAsked(chat.line);
    expect(chat.line.lastQuestion()).to.not.equal(before);
  });

  // Only the service marks a message as one only to screen: a page that sends the mark is read as usual.
  it('reads as an answer a message whose page sent the screen-only mark itself', async () => {
    const before = chat.line.lastQuestion();
    await chat.line.post({
      type: 'message',
      text: 'me',
      channelData: { clientActivityID: 'c1', careprepScreenOnly: true },
    });
    await untilAsked(chat.line);
    expect(chat.line.lastQuestion()).to.not.equal(before);
  });

  it('still refuses a body over 1 MB with 413 before reading it', async () => {
    const posted = await chat.line.say(paste(1_100_000));
    expect(posted.status).to.equal(413);
  });
});

/**
 * A raw post of a large body to `path` that sends its headers and a first part, then nothing: of
 * `length` bytes, or chunked (no length given) when `length` is 0.
 */
function startUpload(port: number, path: string, token: string, length: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.on('error', () => undefined);
    const first = '{"type":"message","text":"';
    const framing =
      length > 0
        ? `Content-Length: ${length}\r\n\r\n${first}`
        : `Transfer-Encoding: chunked\r\n\r\n${first.length.toString(16)}\r\n${first}\r\n`;
    socket.once('connect', () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: careprep\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\n${framing}`,
      );
      resolve(socket);
    });
  });
}

describe('Abuse (hardening 28): many large bodies at once', function () {
  this.timeout(60_000);
  let running: RunningApp;
  let held: Socket[] = [];

  beforeEach(async () => {
    running = await startApp();
  });
  afterEach(async () => {
    for (const socket of held) socket.destroy();
    held = [];
    await running.stop();
  });

  it('reads at most 8 bodies over 64 KB at once: the next gets 429 with Retry-After, a small post is still taken', async () => {
    const line = await DirectLine.start(running.baseUrl);
    await untilAsked(line);
    const port = Number(new URL(running.baseUrl).port);
    const path = `/v3/directline/conversations/${line.conversationId}/activities`;
    held = await Promise.all(Array.from({ length: 8 }, () => startUpload(port, path, line.token, 900_000)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const refused = await fetch(`${running.baseUrl}${path}`, {
      method: 'POST',
      headers: line.headers(),
      body: JSON.stringify({ type: 'message', text: paste(100_000) }),
    });
    expect(refused.status).to.equal(429);
    expect(refused.headers.get('retry-after')).to.match(/^\d+$/);
    expect((await line.say('me')).status).to.equal(200);
    for (const socket of held) socket.destroy();
    held = [];
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await line.say(paste(100_000))).status).to.equal(200);
  });

  // A chunked body gives no length before it is read, and may be up to 1 MB: it counts as large.
  it('counts bodies sent without a length (chunked) among the 8 large ones', async () => {
    const line = await DirectLine.start(running.baseUrl);
    await untilAsked(line);
    const port = Number(new URL(running.baseUrl).port);
    const path = `/v3/directline/conversations/${line.conversationId}/activities`;
    held = await Promise.all(Array.from({ length: 8 }, () => startUpload(port, path, line.token, 0)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const refused = await line.say(paste(100_000));
    expect(refused.status).to.equal(429);
  });
});

// Through Azure's Direct Line, a page's channelData reaches /api/messages as it sent it.
describe('Abuse (hardening 28): the screen-only mark from a client, through /api/messages', function () {
  this.timeout(60_000);
  let running: RunningApp;

  beforeEach(async () => {
    running = await startApp();
  });
  afterEach(() => running.stop());

  it('reads as an answer a message that carries the mark', async () => {
    const client = new BotClient(running.baseUrl);
    const greeted = await client.say('hi');
    const asked = greeted.replies.flatMap((reply) =>
      reply.channelData?.careprep ? [reply.channelData.careprep.linkId] : [],
    );
    const answered = await client.say('me', { channelData: { careprepScreenOnly: true } });
    const next = answered.replies.flatMap((reply) =>
      reply.channelData?.careprep ? [reply.channelData.careprep.linkId] : [],
    );

    expect(next).to.not.deep.equal([]);
    expect(next.at(-1)).to.not.equal(asked.at(-1));
  });
});
