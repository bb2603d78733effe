import { expect } from 'chai';
import { startApp, type RunningApp } from '../support/startApp';
import { clearOfWindowEdge } from '../support/windowEdge';

/**
 * H518: a flood of new Direct Line conversations from many addresses must not spend everyone's
 * minute, so a person opening Web Chat in it still gets in. Behind one proxy hop on loopback, the
 * client address read from `X-Forwarded-For` as the limits read it.
 */
const env = {
  CAREPREP_TRUSTED_PROXY_HOPS: '1',
  CAREPREP_DIRECTLINE_NEW_PER_MINUTE: '20',
  CAREPREP_DIRECTLINE_NEW_PER_MINUTE_PER_ADDRESS: '5',
  CAREPREP_DIRECTLINE_NEW_PER_MINUTE_PER_NETWORK: '5',
};

function generate(running: RunningApp, from: string): Promise<Response> {
  return fetch(`${running.baseUrl}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: '{}',
  });
}

/** Each address asks `times` times; the number of conversations the flood was given. */
async function flood(running: RunningApp, addresses: string[], times: number): Promise<number> {
  let taken = 0;
  for (const address of addresses)
    for (let i = 0; i < times; i++) {
      const response = await generate(running, address);
      await response.arrayBuffer();
      if (response.status === 200) taken += 1;
      else expect(response.status).to.equal(429);
    }
  return taken;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

describe('Abuse: a flood of new conversations shares the minute fairly (H518)', function () {
  this.timeout(60_000);
  let running: RunningApp;

  beforeEach(async () => {
    running = await startApp({ env });
    await clearOfWindowEdge(20_000);
  });
  afterEach(() => running.stop());

  it('lets one IPv4 /24 take no more than its share, so a person from elsewhere opens the chat', async () => {
    const taken = await flood(
      running,
      range(40).map((n) => `203.0.113.${n}`),
      5,
    );
    expect(taken).to.be.at.most(5);
    expect((await generate(running, '192.0.2.10')).status).to.equal(200);
  });

  it('counts the /64s of one IPv6 /48 together', async () => {
    const taken = await flood(
      running,
      range(40).map((n) => `2001:db8:7:${n.toString(16)}::1`),
      5,
    );
    expect(taken).to.be.at.most(5);
    expect((await generate(running, '2001:db8:99::5')).status).to.equal(200);
  });

  it('keeps places for networks not yet seen this minute once the flood has spent everyone’s', async () => {
    const addresses = (nets: number[]): string[] => nets.flatMap((net) => range(5).map((n) => `10.${net}.0.${n}`));
    expect(await flood(running, addresses([1, 2, 3, 4]), 5)).to.equal(20);
    // A flooding network gets nothing more, from a new address in it either.
    expect((await generate(running, '10.1.0.200')).status).to.equal(429);
    expect((await generate(running, '192.0.2.10')).status).to.equal(200);
    // Networks that join the flood late get one each from the places kept, never more.
    expect(await flood(running, addresses([5, 6]), 5)).to.equal(2);
    expect((await generate(running, '198.51.100.7')).status).to.equal(200);
  });
});
