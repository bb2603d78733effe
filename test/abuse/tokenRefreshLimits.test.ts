import { expect } from 'chai';
import { DirectLine } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';
import { clearOfWindowEdge } from '../support/windowEdge';

/**
 * H519: token refreshes were never limited (2,000 of one conversation's, 200 each). A page refreshes
 * its token every 15 minutes; a conversation may refresh 10 times a minute, an address 60 times
 * (its /64 for IPv6), behind one proxy hop on loopback as the other limits read the address.
 */
function refresh(dl: DirectLine, from: string, token = dl.token): Promise<Response> {
  return fetch(`${dl.base}/tokens/refresh`, {
    method: 'POST',
    headers: { ...dl.headers(token), 'x-forwarded-for': from },
  });
}

/** Refreshes `times` times from `from`; the statuses in order. */
async function refreshes(dl: DirectLine, from: string, times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) {
    const response = await refresh(dl, from);
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  return statuses;
}

describe('Abuse: token refreshes are limited (H519)', function () {
  this.timeout(60_000);
  let running: RunningApp;

  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_TRUSTED_PROXY_HOPS: '1' } });
    await clearOfWindowEdge(15_000);
  });
  afterEach(() => running.stop());

  it('refuses a conversation its eleventh refresh in a minute with 429 and Retry-After, from any address', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    expect(await refreshes(dl, '203.0.113.5', 10)).to.deep.equal(Array<number>(10).fill(200));
    const refused = await refresh(dl, '203.0.113.5');
    expect(refused.status).to.equal(429);
    expect(Number(refused.headers.get('retry-after'))).to.be.within(1, 60);
    expect(await refused.json()).to.have.nested.property('error.code', 'TooManyRequests');
    expect((await refresh(dl, '198.51.100.9')).status).to.equal(429);
    // The token it holds still works: the conversation carries on.
    expect((await dl.say('Me, for myself')).status).to.equal(200);
  });

  it('refuses an address its refreshes past 60 a minute, and never another address', async () => {
    const conversations = await Promise.all(Array.from({ length: 7 }, () => DirectLine.start(running.baseUrl)));
    const statuses = (await Promise.all(conversations.map((dl) => refreshes(dl, '2001:db8:5:6::1', 9)))).flat();
    expect(statuses.filter((status) => status === 200)).to.have.length(60);
    expect(statuses.filter((status) => status === 429)).to.have.length(3);
    const person = await DirectLine.start(running.baseUrl);
    expect((await refresh(person, '2001:db8:5:6::99')).status).to.equal(429);
    expect((await refresh(person, '192.0.2.10')).status).to.equal(200);
  });
});
