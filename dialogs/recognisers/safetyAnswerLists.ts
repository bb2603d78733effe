/**
 * The lists of content/phrases.yaml that read a reply to "are you safe right now?", to a check-in or
 * to the medical emergency reply (see `safeSaid.ts`, `bot/safetyAnswer.ts`). Spread into the
 * phrases' schema, so each stays a list of its own, checked at start-up.
 */
import { z } from 'zod';

const list = z.array(z.string().min(1));

export const safetyAnswerListsShape = {
  /** A clear "I'm safe" to "are you safe right now?": only these carry on after a crisis reply. */
  safe: list,
  /** The same of the person a carer answers for ("yes he is"): never an answer about the carer. */
  safeOther: list,
  /** Pleasantries beside a `safe` phrase that leave it a clear yes ("now", "thanks", "carry on"): see `safeSaid.ts`. */
  safeAround: list,
  /** What else may stand beside a `safe` phrase and leave it a clear yes ("was jokin", "I have to go"): see `safeSaid.ts`. */
  safeAside: list,
  /** A hedged yes to "are you safe right now?" anywhere in it ("i think so", "for now"): told as not sure. */
  safeHedged: list,
  /** Openings with "no" that are no "no" to "are you safe right now?" ("no one cares"); `notSafeWithin`: see phrases.yaml. */
  notNoOpening: list,
  notSafeWithin: list,
  /** What a quick second text taking back a safety answer opens with ("well actually", "no wait"). */
  takeBackLead: list,
  /** "Well", before a hedge that admits them (`takeBackOften`: "well sometimes"); fillers, outright: see phrases.yaml (H163). */
  takeBackSoft: list,
  takeBackFiller: list,
  takeBackOften: list,
  takeBackOutright: list,
  /** A clear "no" to a check-in ("are you having thoughts of ending your life?"). */
  clearNo: list,
  /** Words that turn a "no" round where only a clear no is no ("no, but sometimes"): no clear no. */
  noTurn: list,
  /** After the medical emergency reply: there is no emergency ("its not an emergency"). */
  noEmergency: list,
  /** What may stand beside a `noEmergency` or `safe` phrase, saying nothing of safety. */
  noEmergencyAside: list,
};
