import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import type { Database } from '../../storage/database';
import { keyedIdentityKeys } from '../../storage/identityKeys';
import { PostgresRateLimiter } from '../../storage/postgresRateLimiter';
import { RateLimiter, type AdmissionCounter, type RateLimits } from '../../storage/rateLimiter';
import { engines, type OpenedDatabase } from '../support/engines';

/**
 * H518: one network takes at most its share of everyone's new conversations, and places beyond
 * everyone's are kept for networks that have had none, one each; counted alike in memory and on
 * PostgreSQL, where two instances count together.
 */
const limits: RateLimits = { perAddress: 2, overall: 4, perNetwork: 3, newcomers: 2, windowMs: 60_000 };
const keys = keyedIdentityKeys(randomBytes(32));
const clock = (): Date => new Date(Date.parse('2026-04-01T09:00:10.000Z'));

/** Asks for each address in turn, of its /24, at the two counters alternately; which were admitted. */
async function asked(counters: [AdmissionCounter, AdmissionCounter], addresses: string[]): Promise<boolean[]> {
  const admitted: boolean[] = [];
  for (const [index, address] of addresses.entries()) {
    const network = `${address.split('.').slice(0, 3).join('.')}.0/24`;
    admitted.push((await counters[index % 2].take(address, network)).ok);
  }
  return admitted;
}

const sequence = [
  ['10.0.0.1', true],
  ['10.0.0.1', true],
  ['10.0.0.1', false], // the address's two
  ['10.0.0.2', true],
  ['10.0.0.3', false], // the network's three
  ['10.1.0.1', true], // everyone's four spent
  ['10.1.0.2', false], // its network has had one: no place kept for it
  ['10.2.0.1', true], // a newcomer
  ['10.2.0.2', false], // one each
  ['10.3.0.1', true],
  ['10.4.0.1', false], // both kept places taken
] as const;

describe('New conversations shared out by network (H518)', () => {
  it('in memory', async () => {
    const counter = new RateLimiter(limits, clock);
    expect(
      await asked(
        [counter, counter],
        sequence.map(([address]) => address),
      ),
    ).to.deep.equal(sequence.map(([, ok]) => ok));
  });

  describe('on PostgreSQL, two instances', () => {
    const engine = engines.find((candidate) => candidate.name === 'postgres');
    let opened: OpenedDatabase | undefined;
    let other: Database | undefined;
    before(() => engine?.require());
    after(async () => {
      await other?.close();
      await opened?.close();
    });

    it('counts the same, and keeps no address or network as given', async () => {
      if (!engine) throw new Error('no PostgreSQL engine');
      opened = await engine.open();
      other = await opened.reopen();
      const counters: [AdmissionCounter, AdmissionCounter] = [
        new PostgresRateLimiter(opened.db, limits, clock, keys),
        new PostgresRateLimiter(other, limits, clock, keys),
      ];
      expect(
        await asked(
          counters,
          sequence.map(([address]) => address),
        ),
      ).to.deep.equal(sequence.map(([, ok]) => ok));
      const stored = JSON.stringify(await opened.db.all('SELECT * FROM directline_creations'));
      expect(stored).to.not.contain('10.0.0').and.not.contain('10.1.0');
    });
  });
});
