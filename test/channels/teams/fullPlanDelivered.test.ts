/**
 * "Open full plan" in Teams shows the lead contact only a version that has reached them. A plan
 * shared again while Teams refuses its card waits in the queue: until it arrives, the button shows
 * the version they received, labelled as such, and says a newer one is on its way, never showing
 * what has not been delivered (the person is told "it has not reached them yet", and that must
 * stay true) (H216, H261).
 */
import { expect } from 'chai';
import {
  everyRetryDue,
  invitationIdOnCard,
  onEachHeld,
  openFullPlan,
  planQueued,
  sharedAgain,
  sharedWithLead,
} from '../../support/heldDelivery';
import { invitingCoordinator } from '../../support/invitations';

describe('Teams: "Open full plan" shows the version delivered', function () {
  this.timeout(60_000);

  it('shows the version they received, labelled, and never the newer one until its card has reached them', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        const invitationId = invitationIdOnCard(opened);
        const first = await openFullPlan(opened, invitationId);
        expect(first).to.include('Walk to the park');

        opened.connector.script([{ status: 500 }]);
        await sharedAgain(client);
        await opened.running.app.deliveries.idle();
        expect(await planQueued(opened.running), 'version 2 waits to go').to.equal(1);

        const held = await openFullPlan(opened, invitationId);
        expect(held).to.match(/newer version of the plan for Sam is on its way/);
        expect(held, 'version 1, as it reached them').to.include(first);
        expect(held).to.match(/version of the plan for Sam that reached you/);

        await everyRetryDue(opened);
        const delivered = await openFullPlan(opened, invitationId);
        expect(delivered, 'version 2 once it has arrived').to.include('Walk to the park');
        expect(delivered).not.to.equal(first);
        expect(delivered, 'no longer labelled as an older version').not.to.match(/on its way|reached you/);
        expect(delivered, 'the topic version 2 added').to.include('- Taking medicines');
        expect(held, 'nothing of version 2 before it arrived').not.to.include('Taking medicines');
      },
      { env: { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad } },
    );
  });
});
