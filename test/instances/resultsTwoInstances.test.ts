/**
 * Explorer 25b: two values for one test and time posted at once, one to each of two instances on
 * one PostgreSQL database. Each instance checked what was held before the other added, so both
 * were answered as kept and one was dropped; intake now holds the invitation's lock across instances.
 */
import { expect } from 'chai';
import { createInvitation } from '../../coordination/invitations';
import { openDatabase } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlInvitationStore } from '../../storage/invitationStore';
import { apiKey, hba1c } from '../support/results';
import { realProcessTestTimeoutMs } from '../support/serverProcess';
import { twoInstancesOnPostgres } from '../support/twoInstances';

describe('Explorer 25b: results posted to two instances at once (real processes)', function () {
  this.timeout(realProcessTestTimeoutMs);

  const servers = twoInstancesOnPostgres({ CAREPREP_API_KEYS: apiKey });

  it('refuses one of two different values for the same test and time, one sent to each', async () => {
    const db = await openDatabase({ url: servers.databaseUrl, path: '' });
    let id: string;
    try {
      const store = new SqlInvitationStore(db, createSealer(null));
      const details = { coordinatorId: 'aad-1', leadName: 'Dr Lee', personName: 'Sam', conditions: ['diabetes'] };
      id = (await createInvitation(store, details, new Date())).id;
    } finally {
      await db.close();
    }
    const post = async (baseUrl: string, value: number): Promise<number> =>
      (
        await fetch(`${baseUrl}/api/invitations/${id}/observations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/fhir+json' },
          body: JSON.stringify(hba1c(value, '2026-08-01T09:00:00Z')),
        })
      ).status;

    for (let round = 0; round < 3; round++) {
      const statuses = await Promise.all([post(servers.a.baseUrl, 60 + round), post(servers.b.baseUrl, 70 + round)]);
      expect(statuses.sort(), `round ${round}`).to.deep.equal(round === 0 ? [201, 400] : [400, 400]);
    }
  });
});
