/**
 * A plan shared while Teams refuses its card, then the server stopped and started again over the
 * same sqlite file before it has gone (H297): after the restart nothing says it is with the lead
 * contact ("where am I", "who can see my plan", the coordinator's list in Teams) until its card has
 * reached them, and then each says so.
 */
import { expect } from 'chai';
import { startFakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';
import { allText } from '../support/botClient';
import { lead, planQueued } from '../support/heldDelivery';
import { invitationCode, invitingCoordinator, leadReachableAt, leadSaysInTeams } from '../support/invitations';
import { personPersona, runPersona } from '../support/personas';
import { chatClient, startApp, type RunningApp } from '../support/startApp';
import { tempDir } from '../support/tempDb';

describe('A shared plan across a restart before it reached the lead contact', function () {
  this.timeout(120_000);

  it('is never said to be with them until its card has gone, before the restart or after it', async () => {
    const connector = await startFakeTeamsConnector();
    const tmp = tempDir();
    let now = new Date();
    const env = { CAREPREP_DB: tmp.file(), CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad };
    const start = (): Promise<RunningApp> => startApp({ env, overrides: { clock: () => now } });
    const conversation = { channelId: 'webchat', conversationId: 'restart-conv', userId: 'restart-user' };
    let running = await start();
    try {
      await leadReachableAt(running, connector.serviceUrl);
      connector.script(Array.from({ length: 10 }, () => ({ status: 500 })));
      const client = chatClient(running, conversation);
      const code = await invitationCode(running, lead);
      await runPersona(async (text) => (await client.say(text)).replies, personPersona, code);
      await running.app.deliveries.idle();
      expect(await planQueued(running), 'waiting to go').to.equal(1);

      await running.stop();
      connector.script([]);
      running = await start();
      const after = chatClient(running, conversation);
      const where = allText(await after.say('where am I'));
      expect(where).to.match(/not reached them yet/);
      expect(where).not.to.match(/has reached them/);
      const who = allText(await after.say('who can see my plan'));
      expect(who).to.match(/not reached them yet/);
      expect(who).not.to.match(/so they see/);
      const list = JSON.stringify(await leadSaysInTeams(running, connector.serviceUrl, 'my patients'));
      expect(list, 'the list in Teams').to.include('shared, on its way to you');
      expect(await planQueued(running), 'still waiting after the restart').to.equal(1);

      now = new Date(now.getTime() + 48 * 3_600_000);
      running.app.deliveries.deliverDue();
      await running.app.deliveries.idle();
      expect(await planQueued(running), 'gone').to.equal(0);
      expect(allText(await after.say('where am I'))).to.match(/has reached them/);
      expect(allText(await after.say('who can see my plan'))).to.match(/so they see/);
    } finally {
      await running.stop();
      await connector.close();
      tmp.cleanup();
    }
  });

  it('is not said to be with them when the card went but its delivery was not recorded before the restart', async () => {
    const connector = await startFakeTeamsConnector();
    const tmp = tempDir();
    let now = new Date();
    const env = { CAREPREP_DB: tmp.file(), CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad };
    const start = (): Promise<RunningApp> => startApp({ env, overrides: { clock: () => now } });
    const conversation = { channelId: 'webchat', conversationId: 'restart-conv-2', userId: 'restart-user-2' };
    let running = await start();
    try {
      await leadReachableAt(running, connector.serviceUrl);
      // Teams takes the card, and the write recording it fails, as a process gone at that moment leaves it.
      await running.app.db.write(
        `CREATE TRIGGER t27_unrecorded BEFORE UPDATE OF delivered_version ON invitations
         BEGIN SELECT RAISE(ABORT, 'gone'); END`,
      );
      const client = chatClient(running, conversation);
      const code = await invitationCode(running, lead);
      await runPersona(async (text) => (await client.say(text)).replies, personPersona, code);
      await running.app.deliveries.idle();
      expect(connector.delivered(invitingCoordinator.conversation), 'the card went').to.have.length(1);
      await running.app.db.write('DROP TRIGGER t27_unrecorded');

      await running.stop();
      running = await start();
      const after = chatClient(running, conversation);
      const where = allText(await after.say('where am I'));
      // Said not to have reached them though the card went: the safe way round, put right once it is sent again.
      expect(where).to.match(/not reached them yet/);
      const who = allText(await after.say('who can see my plan'));
      expect(who).to.match(/not reached them yet/);
      expect(who).not.to.match(/so they see/);
      const list = JSON.stringify(await leadSaysInTeams(running, connector.serviceUrl, 'my patients'));
      expect(list, 'the list in Teams').to.include('shared, on its way to you');

      now = new Date(now.getTime() + 48 * 3_600_000);
      running.app.deliveries.deliverDue();
      await running.app.deliveries.idle();
      expect(allText(await after.say('where am I'))).to.match(/has reached them/);
    } finally {
      await running.stop();
      await connector.close();
      tmp.cleanup();
    }
  });
});
