import { expect } from 'chai';
import { DirectLine } from '../support/directLineClient';
import { appBehindProxy, sayFrom, slowUpload } from '../support/largeBodies';
import { paste, untilAsked, untilQuiet } from '../support/longPaste';

const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

/**
 * Hardening 30 (H18, H371): four addresses, or one site's many IPv6 /64s, or one address seen with a
 * new port on each connection (as Azure's proxy writes it), could hold all 8 large bodies read at
 * once, so every person's long paste got 429. Two places are now kept for conversations already
 * answered, a /48 holds at most 4, and an address is one key however it is written.
 */
describe('Abuse (hardening 30): large bodies kept for people', function () {
  this.timeout(120_000);
  const world = appBehindProxy();

  /** Slow large posts to a stranger's new conversation, two from each of `from`. */
  const flood = async (from: readonly string[], each = 2): Promise<void> => {
    const stranger = await DirectLine.start(world.running.baseUrl);
    const posts = from.flatMap((address) =>
      Array.from({ length: each }, () => slowUpload(world.running, stranger, address)),
    );
    world.held = await Promise.all(posts);
    await settle();
  };

  it('reads the long paste of a person already answered while strangers from four addresses hold all they may', async () => {
    const person = await DirectLine.start(world.running.baseUrl);
    await untilAsked(person);
    expect(await sayFrom(world.running, person, '198.51.100.7', 'hello')).to.equal(200);
    await untilQuiet(person, 3);
    await flood(['203.0.113.5', '203.0.113.6', '203.0.113.7', '203.0.113.8']);

    expect(await sayFrom(world.running, person, '198.51.100.7', paste(100_000))).to.equal(200);
    expect(await untilQuiet(person, 5)).to.match(/too long/i);
  });

  it("still refuses a new conversation's paste while strangers hold all they may, with the busy notice", async () => {
    const person = await DirectLine.start(world.running.baseUrl);
    await untilAsked(person);
    await flood(['203.0.113.5', '203.0.113.6', '203.0.113.7', '203.0.113.8']);

    expect(await sayFrom(world.running, person, '198.51.100.7', paste(100_000))).to.equal(429);
    expect(await untilQuiet(person, 5)).to.match(/did not reach me/i);
  });

  it('lets the many /64s of one IPv6 /48 hold 4 at once, so a paste from elsewhere is read', async () => {
    const person = await DirectLine.start(world.running.baseUrl);
    await untilAsked(person);
    await flood(
      Array.from({ length: 8 }, (_, n) => `2001:db8:1:${n + 1}::5`),
      1,
    );

    expect(await sayFrom(world.running, person, '2001:db8:2::7', paste(100_000))).to.equal(200);
  });

  it('counts an address with a new port on each connection as one address', async () => {
    const person = await DirectLine.start(world.running.baseUrl);
    await flood(['203.0.113.5:1001', '203.0.113.5:1002'], 1);

    expect(await sayFrom(world.running, person, '203.0.113.5:1003', paste(100_000))).to.equal(429);
    expect(await sayFrom(world.running, person, '203.0.113.6:1003', paste(100_000))).to.equal(200);
  });

  it('counts IPv4 written as IPv6, in any case or in hex, as the IPv4 address', async () => {
    const person = await DirectLine.start(world.running.baseUrl);
    await flood(['::ffff:203.0.113.5', '::FFFF:cb00:7105'], 1);

    expect(await sayFrom(world.running, person, '203.0.113.5', paste(100_000))).to.equal(429);
    expect(await sayFrom(world.running, person, '[::ffff:203.0.113.9]:80', paste(100_000))).to.equal(200);
  });
});
