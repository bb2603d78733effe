/**
 * The lists of content/phrases.yaml that tell a carer's own words from the person's ("I'm worn out",
 * "not him, me"): see `carersOwn.ts`, `carersOwnToo.ts`, `carersOwnPart.ts`. Spread into the phrases'
 * schema, so each stays a list of its own, checked at start-up.
 */
import { z } from 'zod';

const list = z.array(z.string().min(1));

export const carerListsShape = {
  /** A carer's own state or needs ("I never get a break", "I'm worn out"), anywhere: theirs, not the person's (`carersOwn.ts`). */
  carerOwn: list,
  /** A state ("exhausted", "not well") that is the writer's own said straight before a `carerSelf` word ("myself"). */
  carerState: list,
  carerSelf: list,
  /** A carer's own yes, in the first person, to a mood question asked about the person ("I have", "me too"): see `carersOwnToo.ts`. */
  carerToo: list,
  /** Words that may stand beside `carerToo` words, or after them as a clause ("some days"). */
  /** Words for someone other than the writer (`carersOwn.ts`). */
  otherPerson: list,
  carerTooAround: list,
  /** A carer's own "I'm not" to "Is Ron safe right now?", beside their answer for Ron (`carersOwnToo.ts`). */
  carerNotSafe: list,
  /** A carer's plain no for the person beside their own yes at a check-in ("not him, me"): see `bot/carersOwnRisk.ts`. */
  notThePerson: list,
  /** Words that join a carer's own clause and one about the person side by side ("but"): split there (`carersOwnPart.ts`). */
  carerPartJoin: list,
};
