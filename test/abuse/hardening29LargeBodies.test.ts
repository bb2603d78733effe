import { expect } from 'chai';
import { DirectLine } from '../support/directLineClient';
import { paste, untilAsked, untilQuiet } from '../support/longPaste';
import { appBehindProxy, sayFrom, slowUpload } from '../support/largeBodies';

const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

/**
 * Hardening 29 (H18, H320, H371): at most 8 bodies over 64 KB were read at once in the process, so
 * one client holding 8 slow large posts made everyone else's long paste get 429 and "Send failed"
 * with no word. One client address now has a share of 2 (the 8 for everyone kept), and a Web Chat
 * paste refused at the cap is told kindly in the chat.
 */
describe('Abuse (hardening 29): large bodies shared fairly between clients', function () {
  this.timeout(120_000);
  const world = appBehindProxy();

  it("takes another client's long paste while one client holds 8 slow large posts", async () => {
    const stranger = await DirectLine.start(world.running.baseUrl);
    const person = await DirectLine.start(world.running.baseUrl);
    await untilAsked(person);
    world.held = await Promise.all(Array.from({ length: 8 }, () => slowUpload(world.running, stranger, '203.0.113.5')));
    await settle();

    expect(await sayFrom(world.running, person, '198.51.100.7', paste(100_000))).to.equal(200);
    expect(await untilQuiet(person, 5)).to.match(/too long/i);
  });

  it('refuses a third large body from one client with 429 while its two are read', async () => {
    const stranger = await DirectLine.start(world.running.baseUrl);
    world.held = await Promise.all(Array.from({ length: 2 }, () => slowUpload(world.running, stranger, '203.0.113.5')));
    await settle();

    expect(await sayFrom(world.running, stranger, '203.0.113.5', paste(100_000))).to.equal(429);
    expect(await sayFrom(world.running, stranger, '203.0.113.5', 'me')).to.equal(200);
  });

  it('keeps the limit of 8 for everyone together', async () => {
    const stranger = await DirectLine.start(world.running.baseUrl);
    const person = await DirectLine.start(world.running.baseUrl);
    const from = ['203.0.113.5', '203.0.113.6', '203.0.113.7', '203.0.113.8'];
    world.held = (
      await Promise.all(
        from.map((address) => Promise.all([1, 2].map(() => slowUpload(world.running, stranger, address)))),
      )
    ).flat();
    await settle();

    expect(await sayFrom(world.running, person, '198.51.100.7', paste(100_000))).to.equal(429);
  });

  it('tells the person in the chat, kindly and with 999, when their long paste is refused at the cap', async () => {
    const person = await DirectLine.start(world.running.baseUrl);
    await untilAsked(person);
    const stranger = await DirectLine.start(world.running.baseUrl);
    const from = ['203.0.113.5', '203.0.113.6', '203.0.113.7', '203.0.113.8'];
    world.held = (
      await Promise.all(
        from.map((address) => Promise.all([1, 2].map(() => slowUpload(world.running, stranger, address)))),
      )
    ).flat();
    await settle();

    expect(await sayFrom(world.running, person, '198.51.100.7', paste(100_000))).to.equal(429);
    const told = await untilQuiet(person, 5);
    expect(told).to.match(/did not reach me|not read/i);
    expect(told).to.match(/999/);
    expect(told).to.not.match(/too long/i);
  });

  it('tells a burst of refusals once, so the chat is not filled with notices', async () => {
    const person = await DirectLine.start(world.running.baseUrl);
    await untilAsked(person);
    const stranger = await DirectLine.start(world.running.baseUrl);
    const from = ['203.0.113.5', '203.0.113.6', '203.0.113.7', '203.0.113.8'];
    world.held = (
      await Promise.all(
        from.map((address) => Promise.all([1, 2].map(() => slowUpload(world.running, stranger, address)))),
      )
    ).flat();
    await settle();
    for (let tries = 0; tries < 5; tries += 1)
      expect(await sayFrom(world.running, person, '198.51.100.7', paste(100_000))).to.equal(429);
    const told = await untilQuiet(person, 5);
    expect(told.match(/did not reach me/g) ?? []).to.have.length(1);
  });

  it("tells no one in another's conversation: a refused post with another conversation's token says nothing there", async () => {
    const person = await DirectLine.start(world.running.baseUrl);
    await untilAsked(person);
    const stranger = await DirectLine.start(world.running.baseUrl);
    const from = ['203.0.113.5', '203.0.113.6', '203.0.113.7', '203.0.113.8'];
    world.held = (
      await Promise.all(
        from.map((address) => Promise.all([1, 2].map(() => slowUpload(world.running, stranger, address)))),
      )
    ).flat();
    await settle();
    const response = await fetch(
      `${world.running.baseUrl}/v3/directline/conversations/${person.conversationId}/activities`,
      {
        method: 'POST',
        headers: { ...stranger.headers(), 'x-forwarded-for': '198.51.100.9' },
        body: JSON.stringify({ type: 'message', text: paste(100_000) }),
      },
    );
    await response.arrayBuffer();

    // Since hardening 29b (H375) the token is checked before the cap: refused 403, unread, as before unheard.
    expect(response.status).to.equal(403);
    expect(await untilQuiet(person, 5)).to.equal('');
  });
});
