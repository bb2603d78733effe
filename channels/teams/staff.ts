import type { Activity } from 'botbuilder';
import { z } from 'zod';

/** Who counts as a care coordinator (DESIGN.md "staff"). */
export interface StaffPolicy {
  staffAadIds: readonly string[];
  staffTenantIds: readonly string[];
}

const teamsChannelData = z.looseObject({ tenant: z.looseObject({ id: z.string() }).optional() });

/** The Teams tenant an activity came from, if it says. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  return teamsChannelData.safeParse(activity.channelData).data?.tenant?.id ?? activity.conversation?.tenantId;
}

/**
 * A Teams user whose AAD object id is listed, or whose tenant is listed. Only the msteams channel
 * counts: elsewhere these ids are not vouched for by Teams.
 */
export function isStaff(activity: Partial<Activity>, policy: StaffPolicy): boolean {
  if (activity.channelId !== 'msteams') return false;
  const aadId = activity.from?.aadObjectId;
  if (aadId && policy.staffAadIds.includes(aadId)) return true;
  const tenant = tenantOf(activity);
  return tenant !== undefined && policy.staffTenantIds.includes(tenant);
}
