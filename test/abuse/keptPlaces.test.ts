import { expect } from 'chai';
import type { Socket } from 'node:net';
import { serverTimes } from '../../bot/server';
import { DirectLine } from '../support/directLineClient';
import { appBehindProxy, sayFrom, slowUpload } from '../support/largeBodies';
import { paste, untilAsked, untilQuiet } from '../support/longPaste';

const settle = (ms = 500) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * H484 (after H454): two of the 8 large bodies read at once are kept for Web Chat conversations
 * already answered, but a stranger looked like one by sending "hello" first: four addresses, each
 * with an answered conversation, held all 8 with slow posts, and a person's long paste got 429. Now
 * a kept place goes only to an address holding no large body, and a conversation that left a large
 * post half-sent (cut for its pace, or dropped) is never favoured again.
 */
describe("Abuse: the large bodies kept for people are not strangers'", function () {
  this.timeout(120_000);
  // A long grace, so the slow posts hold their places for the test; the pace itself is bodyPace.test.ts's.
  const world = appBehindProxy({ ...serverTimes, bodyGraceMs: 20_000 });

  /** A stranger's conversation from `address`, with one message answered. */
  const answeredFrom = async (address: string): Promise<DirectLine> => {
    const stranger = await DirectLine.start(world.running.baseUrl);
    await untilAsked(stranger);
    expect(await sayFrom(world.running, stranger, address, 'hello')).to.equal(200);
    return stranger;
  };

  /** Slow large posts, `each` from each of `from`, to a new conversation of each address (answered first when `answered`). */
  const flood = async (from: readonly string[], each: number, answered: boolean): Promise<Socket[]> => {
    const posts = await Promise.all(
      from.map(async (address) => {
        const line = answered ? await answeredFrom(address) : await DirectLine.start(world.running.baseUrl);
        return Promise.all(Array.from({ length: each }, () => slowUpload(world.running, line, address)));
      }),
    );
    world.held.push(...posts.flat());
    await settle();
    return posts.flat();
  };

  it('reads the paste of a person already answered while four answered strangers hold all they may', async () => {
    const person = await answeredFrom('198.51.100.7');
    await untilQuiet(person, 3);
    await flood(['203.0.113.5', '203.0.113.6', '203.0.113.7', '203.0.113.8'], 2, true);

    expect(await sayFrom(world.running, person, '198.51.100.7', paste(100_000))).to.equal(200);
    expect(await untilQuiet(person, 5)).to.match(/too long/i);
  });

  it('no longer favours a conversation that left a large post half-sent, though it answered a message', async () => {
    const stranger = await answeredFrom('198.51.100.9');
    const dropped = await slowUpload(world.running, stranger, '198.51.100.9');
    await settle();
    dropped.destroy();
    await settle();
    await flood(['203.0.113.5', '203.0.113.6', '203.0.113.7'], 2, false);

    expect(await sayFrom(world.running, stranger, '198.51.100.10', paste(100_000))).to.equal(429);
    const person = await answeredFrom('198.51.100.7');
    expect(await sayFrom(world.running, person, '198.51.100.7', paste(100_000))).to.equal(200);
  });

  it('gives a kept place only to an address holding no large body', async () => {
    await flood(['203.0.113.5', '203.0.113.6', '203.0.113.7'], 2, false);
    const stranger = await answeredFrom('198.51.100.9');
    world.held.push(await slowUpload(world.running, stranger, '198.51.100.9'));
    await settle();

    expect(await sayFrom(world.running, stranger, '198.51.100.9', paste(100_000))).to.equal(429);
  });
});
