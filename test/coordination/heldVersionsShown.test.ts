/**
 * Review 26, finding: since 4b8a0e3 (H261) a re-share keeps the version it replaces in the record
 * (`sharedEarlier`, the last five, kept after the lead contact has the new one, and kept while the
 * plan is taken back). "Show my data" says "Here is everything I hold about you" and shows the
 * person's own plan, never those versions: words they changed are still held and not shown. At
 * 8c7ff73 a re-share replaced the version, and nothing of the old words was held.
 */
import { expect } from 'chai';
import { applyConsent, consentFor } from '../../plan/consentScope';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';
import { allText } from '../support/botClient';
import { invitationCode, leadReachableAt } from '../support/invitations';
import { personPersona, runPersona } from '../support/personas';
import { chatClient, startApp, type RunningApp } from '../support/startApp';
import { createSealer } from '../../storage/encryption';
import { SqlRecordStore } from '../../storage/recordStore';

const before = 'Seeing my grandchildren and staying in my own home';
const after = 'Getting back to my bowls club';

describe('Review 26: "show my data" after a re-share', function () {
  this.timeout(60_000);
  let running: RunningApp;
  let teams: FakeTeamsConnector;
  beforeEach(async () => {
    teams = await startFakeTeamsConnector();
    running = await startApp();
  });
  afterEach(async () => {
    await running.stop();
    await teams.close();
  });

  it('shows the words of every shared version it still holds, or holds none it does not show', async () => {
    await leadReachableAt(running, teams.serviceUrl);
    const client = chatClient(running, { channelId: 'webchat' });
    await runPersona(
      async (text) => (await client.say(text)).replies,
      personPersona,
      await invitationCode(running, 'Dr Sam Patel'),
    );
    await running.app.deliveries.idle();
    // Sam changes what matters most and shares again, as the review and consent do.
    const records = new SqlRecordStore(running.app.db, createSealer(null));
    const [summary] = await records.list();
    const stored = summary ? await records.get(summary.id) : null;
    if (!stored) throw new Error('no record');
    const record = structuredClone(stored.value);
    const most = record.answers['whatMatters.most'];
    if (!most) throw new Error('no answer');
    expect(most.value).to.equal(before);
    record.answers['whatMatters.most'] = { ...most, value: after };
    applyConsent(record, consentFor(record, true, 'person', new Date().toISOString()));
    await records.put(record, stored.eTag);

    const shown = allText(await client.say('show my data'));
    const held = JSON.stringify((await records.get(record.id))?.value);

    expect(shown).to.include(after);
    if (held.includes(before)) expect(shown, 'held, so shown').to.include(before);
  });
});
