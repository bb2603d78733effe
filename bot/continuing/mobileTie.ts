import { isEmptyRecord } from '../../plan/record';
import type { IdentityStore } from '../../storage/identityStore';
import type { RecordStore } from '../../storage/recordStore';
import { smsChannelId } from '../../channels/sms/smsRoutes';

/**
 * Points the invitation's mobile at the person's record, so a reply to a reminder carries on
 * that record. A number that already leads to answers of its own keeps them: it is never moved
 * away from a preparation someone made by text. True when the number now leads to the record.
 */
export async function tieMobile(
  deps: { identities: IdentityStore; records: RecordStore },
  mobile: string,
  recordId: string,
): Promise<boolean> {
  const current = await deps.records.getByIdentity(deps.identities.keyOf(smsChannelId, mobile));
  if (current?.value.id === recordId) return true;
  if (current && !isEmptyRecord(current.value)) return false;
  await deps.identities.link(smsChannelId, mobile, recordId);
  return true;
}
