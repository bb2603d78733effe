/**
 * "Show my data" when the plan changed after it was shared (H298): the person is shown what the
 * lead contact actually received, in its own words and labelled as such, beside their plan now;
 * a copy taken back or still on its way is labelled so, and nothing is shown twice.
 */
import { expect } from 'chai';
import { applyConsent, consentFor } from '../../plan/consentScope';
import type { PreparationRecord } from '../../plan/record';
import { createSealer } from '../../storage/encryption';
import { SqlRecordStore } from '../../storage/recordStore';
import { allText } from '../support/botClient';
import { onEachHeld, sharedWithLead, type Opened } from '../support/heldDelivery';

const before = 'Seeing my grandchildren and staying in my own home';
const after = 'Getting back to my bowls club';
const received = /This is the version Dr Sam Patel received: version 1 of your plan, as it was shared with them on/;

/** Changes what matters most in the stored record, as the review does (and shares it, with `share`). */
async function changed(opened: Opened, share: boolean, change?: (record: PreparationRecord) => void): Promise<void> {
  const records = new SqlRecordStore(opened.running.app.db, createSealer(null));
  const [summary] = await records.list();
  const stored = summary ? await records.get(summary.id) : null;
  const most = stored?.value.answers['whatMatters.most'];
  if (!stored || !most) throw new Error('no record');
  const record = structuredClone(stored.value);
  expect(most.value).to.equal(before);
  record.answers['whatMatters.most'] = { ...most, value: after };
  if (share) applyConsent(record, consentFor(record, true, 'person', new Date().toISOString()), 1);
  change?.(record);
  await records.put(record, stored.eTag);
}

const times = (text: string, words: string): number => text.split(words).length - 1;

describe('"Show my data" beside a plan changed since it was shared', function () {
  this.timeout(60_000);

  it('shows the words the lead contact received, labelled, beside the plan now', async () => {
    await onEachHeld(['webchat'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      const unchanged = allText(await client.say('show my data'));
      expect(unchanged, 'nothing twice while the plan is as shared').not.to.match(received);
      expect(times(unchanged, before)).to.equal(1);

      await changed(opened, false);
      const shown = allText(await client.say('show my data'));
      expect(shown).to.include(after);
      expect(shown).to.match(received);
      expect(shown.slice(shown.search(received)), 'their words, under the label').to.include(before);
    });
  });

  it('labels the version received while a newer one waits, and a copy taken back as such', async () => {
    await onEachHeld(['webchat'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      await changed(opened, true);
      const waiting = allText(await client.say('show my data'));
      expect(waiting).to.match(received);
      expect(times(waiting, after), 'the newer version is the plan shown, once').to.equal(1);
    });
    await onEachHeld(['webchat'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      await changed(opened, false, (record) => void (record.status = 'withdrawn'));
      const taken = allText(await client.say('show my data'));
      expect(taken).to.match(
        /I also hold version 1 of your plan, as it was shared with Dr Sam Patel on \S+, before it was taken back/,
      );
      expect(taken).to.include(before);
      expect(taken).not.to.match(received);
    });
  });
});
