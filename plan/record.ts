import { z } from 'zod';
import { crisisKindSchema } from '../safety/kinds';
import { noResults, recordResultsSchema } from './results/resultSchema';

/** Who gave an answer: the person themselves, or a carer answering on their behalf. */
export const answeredBySchema = z.enum(['person', 'carer']);
export type AnsweredBy = z.infer<typeof answeredBySchema>;

/** A recorded answer value: free text, a 0–10 number, yes/no, chosen option ids or a date. */
export const answerValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/**
 * One answer, keyed in the record by its question's linkId. `unknown` is an honest "I don't
 * know" or "not sure", never forced into a value; `skipped` is an optional question passed over.
 */
export const answerSchema = z.object({
  value: answerValueSchema.nullable(),
  status: z.enum(['answered', 'unknown', 'skipped']),
  by: answeredBySchema,
  at: z.iso.datetime(),
});
export type Answer = z.infer<typeof answerSchema>;

/** A carer's own view beside an answer given about the person. */
export const carerViewSchema = z.object({ text: z.string(), at: z.iso.datetime() });

/**
 * Something a lead contact must see first: a crisis disclosure, a positive mood screen, or a
 * carer's strain said in clear words in their own part (`carerStrain`, H346; shown only where the
 * carer's part is shared).
 */
export const flagSchema = z.object({
  kind: z.enum(['crisis', 'moodScreenPositive', 'carerStrain', 'youngCarer']),
  /** For crisis, its kind; for a positive mood screen, `whooley`; for a carer's strain, `carerStrain`. */
  detail: z.union([crisisKindSchema, z.literal('whooley'), z.literal('carerStrain'), z.literal('youngCarer')]),
  /**
   * How a crisis came to light: said in an answer, confirmed at a check-in, or said in answer to
   * the direct question after a positive mood screen (absent on flags recorded before it existed).
   */
  via: z.enum(['disclosure', 'checkIn', 'moodQuestion']).optional(),
  /**
   * What they replied when asked straight (at a check-in, or the question after the mood screen):
   * `yes`, `notSure`, or `unclear` (anything but a clear no, "go back" or "not really" among them),
   * so the lead contact is never told they said yes when they did not. Absent on a disclosure and
   * on flags recorded before it existed.
   */
  reply: z.enum(['yes', 'notSure', 'unclear']).optional(),
  /**
   * What they said to "are you safe right now?" after the crisis reply when it was not "I'm safe":
   * a plain no (`no`) or not sure (`notSure`), or, after the medical emergency reply, that there
   * was no emergency (`noEmergency`). Absent when they said nothing of the kind.
   */
  safeNow: z.enum(['no', 'notSure', 'noEmergency']).optional(),
  /**
   * When they came back, 12 hours or more after "are you safe right now?" was last asked, and have
   * not said since that they are safe (H347): cleared by a clear "I'm safe".
   */
  cameBackAt: z.iso.datetime().optional(),
  at: z.iso.datetime(),
  by: answeredBySchema,
  /**
   * Whose safety a crisis flag is about: absent for the person the plan is for; `carer` for a
   * carer's own crisis ("I want to end it all"), never to be read as the person's.
   */
  about: z.literal('carer').optional(),
  /** The message that raised it, kept on the record for the clinician (never logged). */
  message: z.string().optional(),
  /**
   * The question being answered when a crisis was said (its linkId), so the lead contact reads where
   * (H429): a fear asked at a result and a wish said at a goal are told apart. Absent on flags
   * raised before it existed and where no question was waiting.
   */
  saidAt: z.string().optional(),
});
export type Flag = z.infer<typeof flagSchema>;

/** A consent to share a version of the plan. */
export const consentSchema = z.object({
  at: z.iso.datetime(),
  planVersion: z.number().int().min(1),
  decision: z.enum(['share', 'doNotShare']),
  by: answeredBySchema,
  recipients: z.array(z.string()),
  excludedSections: z.array(z.string()),
  /** The plan sections this consent lets recipients see (absent on consents recorded before it existed). */
  covers: z.array(z.string()).optional(),
});
export type Consent = z.infer<typeof consentSchema>;

/**
 * The plan as it was when the person last consented to share it: what the lead contact holds
 * and what the export sends, untouched by changes made since until they consent again.
 */
export const sharedSnapshotSchema = z.object({
  at: z.iso.datetime(),
  planVersion: z.number().int().min(1),
  answers: z.record(z.string(), answerSchema),
  carerViews: z.record(z.string(), carerViewSchema),
  flags: z.array(flagSchema),
  consent: consentSchema,
  /** The results as they were when shared (absent on snapshots from before results existed). */
  results: recordResultsSchema.optional(),
});
export type SharedSnapshot = z.infer<typeof sharedSnapshotSchema>;

/** Where the person is, so a returning person resumes at the same question. */
export const progressSchema = z.object({
  /** The question last asked and not yet answered. */
  current: z.string().optional(),
  /** Questions asked so far, most recent last, for "back". */
  trail: z.array(z.string()),
  paused: z.boolean(),
  lastActiveAt: z.iso.datetime(),
  /** Set after a crisis reply that asked "are you safe right now?", until they say they are. */
  safetyCheckPending: z.boolean().optional(),
  /** The kind of that crisis, so a repeat of the urgent help fits it (999 for a medical emergency). */
  safetyCheckKind: crisisKindSchema.optional(),
  /** Set when that crisis is a carer's own, so the help that follows speaks to them, not of the person. */
  safetyCheckAbout: z.literal('carer').optional(),
  /**
   * Set when that crisis may be a false alarm a plain word that there is no emergency can put right
   * (H67): a medical emergency only the learned layer found, with no pattern (an overdose) in it.
   */
  safetyCheckMayBeFalseAlarm: z.literal(true).optional(),
  /** Set when they asked to delete everything while "are you safe right now?" waited: the next message may answer "delete it all?" (H311). */
  heldRequest: z.literal('deleteData').optional(),
  /**
   * A check-in asked and not yet answered: the kind it asked about and the answer that raised it,
   * kept so that a clear "no" records that answer as if nothing had interrupted; `about` as on a flag.
   */
  checkIn: z
    .object({
      kind: crisisKindSchema,
      text: z.string(),
      /** The words that raised it when more than `text`: two quick texts read together (H127). */
      said: z.string().optional(),
      at: z.iso.datetime(),
      about: z.literal('carer').optional(),
    })
    .optional(),
  /**
   * A clear "I'm safe", or a clear no to a check-in, just given: the next text, sent quickly, may
   * take it back ("no wait, i am not safe", "well sometimes") and is then read as that answer.
   * `checkIn` keeps the check-in's words and the no, for the flag; absent after "I'm safe".
   */
  safetyAnswered: z
    .object({
      kind: crisisKindSchema,
      about: z.literal('carer').optional(),
      at: z.iso.datetime(),
      checkIn: z.object({ text: z.string(), no: z.string() }).optional(),
    })
    .optional(),
  /**
   * The last clear "I'm safe" given after a crisis reply, kept for the rest of the conversation: a
   * plain taking back of it ("actually I'm not safe"), however much later, is read as not safe (H176).
   */
  safeSaid: z.object({ kind: crisisKindSchema, about: z.literal('carer').optional(), at: z.iso.datetime() }).optional(),
  /**
   * Set by a clear "I'm safe" (or no emergency) after a crisis reply, until the next message the
   * conversation reads: an answer to the question waiting is kept then, not only asked again (H433).
   */
  afterSafe: z.literal(true).optional(),
  /** The carer has been told once that their lead contact will see their strain if they share their part (H346). */
  carerStrainTold: z.literal(true).optional(),
  /** The plan version the person was told reached their lead contact, and when (H490): told once. */
  sentTold: z.number().int().optional(),
  /** The writer said they are under 18 (H489): no age kept, only that; a carer's raises `youngCarer`. */
  under18Said: z.literal(true).optional(),
  /** A young carer has been told what the lead contact will see and where to get help (H489). */
  youngCarerTold: z.literal(true).optional(),
});

/** The lead contact who invited the person, and the appointment they are getting ready for. */
export const leadContactSchema = z.object({
  name: z.string().min(1),
  coordinatorId: z.string().min(1),
  invitationId: z.string().min(1),
  /** Local wall-clock time of the appointment, `YYYY-MM-DDTHH:mm`. */
  appointmentAt: z.string().optional(),
  /** The person said the invitation's mobile is not theirs: it is never tied to the record again. */
  mobileDisowned: z.literal(true).optional(),
});
export type LeadContact = z.infer<typeof leadContactSchema>;

/**
 * The stored preparation: everything one person (or their carer) has said. Versioned: version 2
 * added `results`; `plan/recordMigration.ts` reads version 1 records as version 2.
 */
export const preparationRecordSchema = z.object({
  version: z.literal(2),
  id: z.string().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  status: z.enum(['inProgress', 'complete', 'shared', 'withdrawn']),
  answers: z.record(z.string(), answerSchema),
  carerViews: z.record(z.string(), carerViewSchema),
  flags: z.array(flagSchema),
  consents: z.array(consentSchema),
  progress: progressSchema,
  /** Increases each time the person changes a completed plan. */
  planVersion: z.number().int().min(1),
  /** The version last shared, if any (absent until the first consent to share). */
  shared: sharedSnapshotSchema.optional(),
  /**
   * Versions shared before `shared` since it was last taken back, oldest first: the one last
   * delivered to the lead contact, however far behind, and the last few after it (`earlierKept`),
   * so "Open full plan" shows what they hold while a newer one waits to reach them.
   */
  sharedEarlier: z.array(sharedSnapshotSchema).optional(),
  /** Who invited the person (a care coordinator in Teams), set when they used an invitation code. */
  leadContact: leadContactSchema.optional(),
  /** Test results the care team sent before the visit, with any targets of the person's own. */
  results: recordResultsSchema,
  /**
   * Plan sections (`optionalSections`) the person asked, while answering, to keep from the lead
   * contact: never offered to send, and left out of every share. Cleared with the answers.
   */
  keptBack: z.array(z.string()).optional(),
});
export type PreparationRecord = z.infer<typeof preparationRecordSchema>;
export type RecordStatus = PreparationRecord['status'];

/**
 * True when the record holds nothing anyone said or decided: no answer, carer view, flag or
 * consent, nothing shared and no invitation used. Opening the chat and leaving makes one.
 */
export function isEmptyRecord(record: PreparationRecord): boolean {
  return (
    Object.keys(record.answers).length === 0 &&
    Object.keys(record.carerViews).length === 0 &&
    record.flags.length === 0 &&
    record.consents.length === 0 &&
    record.shared === undefined &&
    record.leadContact === undefined
  );
}

/** A new, empty record. */
export function newRecord(id: string, now: Date): PreparationRecord {
  const at = now.toISOString();
  return {
    version: 2,
    id,
    createdAt: at,
    updatedAt: at,
    status: 'inProgress',
    answers: {},
    carerViews: {},
    flags: [],
    consents: [],
    progress: { trail: [], paused: false, lastActiveAt: at },
    planVersion: 1,
    results: noResults(),
  };
}
