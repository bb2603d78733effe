/**
 * The lists of content/phrases.yaml that read a reply in a question's own terms ("I haven't been
 * down", "never felt so low"): see `ownTerms.ts`. Spread into the phrases' schema, so each stays a
 * list of its own, checked at start-up.
 */
import { z } from 'zod';

const list = z.array(z.string().min(1));

export const ownTermsListsShape = {
  /** A word denying a key word after it, in a reply in a question's own terms ("I haven't been down"): see `ownTerms.ts`. */
  ownTermsDenial: list,
  /** The only words that may stand between a denial and the key word it turns round ("I haven't been down"). */
  ownTermsBetween: list,
  /** After a key word, a denial that leaves the reply too uncertain to read ("enjoys nothing"). */
  ownTermsDenialAfter: list,
  /** Doubt in a reply in a question's own terms ("I don't think he's been low"): a hedge, as "I don't think so" is. */
  ownTermsDoubt: list,
  /** A turn ("he was down but he's fine now"): a reply with one is never read in a question's own terms. */
  ownTermsTurn: list,
  /** A word after a key word that makes it no key word ("down the road", "low on energy"). */
  ownTermsNotBefore: list,
  /** With no one named before a key word, a word that says it is said of something ("his sugar is low"). */
  ownTermsThing: list,
  /** A denial that a word of degree after it turns into "more than ever" ("never so low"), see `ownTermsDegree`. */
  ownTermsEver: list,
  /** Straight before a key word, after an `ownTermsEver` word, a word that says more, not less ("never felt so low"). */
  ownTermsDegree: list,
  /** Straight after a key word said "more than ever", a word that makes it a measure, not a yes ("never so low that…"). */
  ownTermsDegreeAfter: list,
  /** A turn that only sets a yes to one key word beside a plain no to another ("down but not hopeless"). */
  ownTermsContrast: list,
  /** A key word that holds its own degree ("lower"): read only said more than ever or than in a span of time. */
  ownTermsComparative: list,
  /** A span of time that, after a denied key word of degree, says it more than in that long ("in years"). */
  ownTermsSince: list,
};
