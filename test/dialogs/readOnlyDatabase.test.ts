/**
 * Words of a thing done ("I've noted", "Done. I have taken your plan back", "I have deleted") only
 * once it is committed (truth 30, item 2). The real sqlite file is made read-only under the running
 * app (`PRAGMA query_only`, so every write is refused as SQLITE_READONLY, as on a file the service
 * may no longer write): none of those words goes out, the apology says it may not be saved, and
 * nothing is changed. Writable again, the same message does it and the words come (near miss).
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { lead, onEachHeld, sharedWithLead, yes, type Opened } from '../support/heldDelivery';
import { onlyRecord } from '../support/onlyRecord';

const readOnly = (opened: Opened, on: boolean): Promise<unknown> =>
  opened.running.app.db.write(`PRAGMA query_only = ${on ? 'ON' : 'OFF'}`);
const mayNotBeSaved = /may not (have saved|be saved)/;

describe('A database that cannot be written', function () {
  this.timeout(120_000);

  it('says nothing is taken back or deleted until it is, and does both once it can write', async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);

      await client.say('withdraw consent');
      await readOnly(opened, true);
      const refused = allText(await client.say(yes(channelId)));
      await readOnly(opened, false);
      expect(refused, channelId).to.match(mayNotBeSaved);
      expect(refused, channelId).not.to.match(/taken back|I will let|Done/);
      expect((await onlyRecord(opened.running)).status, `${channelId}: still shared`).to.equal('shared');
      const done = allText(await client.say(yes(channelId)));
      expect(done, channelId).to.match(/I have taken your plan back|Your plan is taken back/);
      expect(done, channelId).to.include(lead);

      await client.say('delete my data');
      await readOnly(opened, true);
      const notDeleted = allText(await client.say(yes(channelId)));
      await readOnly(opened, false);
      expect(notDeleted, channelId).not.to.match(/I have deleted|Done/);
      expect((await onlyRecord(opened.running)).status, `${channelId}: kept`).to.equal('withdrawn');
    });
  });

  it('never says an answer is noted when it cannot be written, and keeps none of it', async () => {
    await onEachHeld(['webchat'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      await client.say('change');
      await client.say('what matters');
      await readOnly(opened, true);
      const refused = allText(await client.say('Gardening with my grandson'));
      await readOnly(opened, false);
      expect(refused).to.match(mayNotBeSaved);
      expect(refused).not.to.match(/noted|changed|saved(?! your)/i);
      const record = await onlyRecord(opened.running);
      expect(JSON.stringify(record.answers)).not.to.include('Gardening with my grandson');
    });
  });
});
