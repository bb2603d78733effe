import { z } from 'zod';

const list = z.array(z.string().min(1));

/** What may stand around a `withdrawSharing` phrase in a longer message, which is then still that command. */
export const withdrawAroundSchema = z.strictObject({
  before: list,
  after: list,
  joiners: list,
  recipients: list,
  titles: list,
  /** Not wanting whom it went to to see it ("i dont want dr patel to see it"): `notToSee.ts`. */
  notWanting: list,
  toSee: list,
  seen: list,
  notSeer: list,
});
export type WithdrawAround = z.infer<typeof withdrawAroundSchema>;
