/**
 * A lead contact many versions behind (H261's residual): while Teams refuses card after card, the
 * person shares eight new versions. "Open full plan" still shows the version the lead contact holds,
 * labelled, and the record keeps it and at most five of the versions after it, on sqlite and PostgreSQL.
 */
import { expect } from 'chai';
import {
  everyRetryDue,
  invitationIdOnCard,
  onEachHeld,
  openFullPlan,
  sharedAgain,
  sharedWithLead,
} from '../../support/heldDelivery';
import { invitingCoordinator } from '../../support/invitations';
import { onlyRecord } from '../../support/onlyRecord';
import { requirePostgres, tempPostgres } from '../../support/tempPostgres';

/** Topics picked at each re-share: each differs from the one before, so each is a new version. */
const picks = ['1, 2, 8 and 13', '1 and 2', '1 and 3', '2 and 3', '1 and 4', '2 and 4', '3 and 4', '1 and 5'];

describe('Teams: "Open full plan" for a lead contact eight versions behind', function () {
  this.timeout(180_000);

  for (const engine of ['sqlite', 'postgres'] as const) {
    it(`${engine}: shows the version they hold, labelled, and keeps no more than it and five after it`, async function () {
      const env: Record<string, string> = { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad };
      if (engine === 'postgres') await requirePostgres(this);
      const database = engine === 'postgres' ? await tempPostgres({ migrated: true }) : undefined;
      if (database) env.CAREPREP_DATABASE_URL = database.url;
      try {
        await onEachHeld(
          ['webchat'],
          async (opened, channelId) => {
            const client = await sharedWithLead(opened, channelId, false);
            const invitationId = invitationIdOnCard(opened);
            const first = await openFullPlan(opened, invitationId);
            opened.connector.script(Array.from({ length: 60 }, () => ({ status: 500 })));
            for (const topics of picks) await sharedAgain(client, topics);
            await opened.running.app.deliveries.idle();

            const record = await onlyRecord(opened.running);
            expect(record.shared?.planVersion, 'eight versions after theirs').to.equal(9);
            const kept = record.sharedEarlier?.map((snapshot) => snapshot.planVersion);
            expect(kept, 'theirs and the last five after it').to.deep.equal([1, 4, 5, 6, 7, 8]);

            const held = await openFullPlan(opened, invitationId);
            expect(held).to.match(/version of the plan for Sam that reached you \(version 1\)/);
            expect(held, 'version 1, as it reached them').to.include(first);
            expect(held).not.to.include('Taking medicines');

            opened.connector.script([]);
            await everyRetryDue(opened);
            const delivered = await openFullPlan(opened, invitationId);
            expect(delivered, 'the newest once it has arrived').not.to.match(/on its way|reached you/);
          },
          { env },
        );
      } finally {
        await database?.drop();
      }
    });
  }
});
