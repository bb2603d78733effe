/**
 * The kinds of crisis, each with its own signposting. The record's flags name them (plan/ imports
 * this file), the patterns and the model both report one.
 */
import { z } from 'zod';

/** Schema of a crisis kind, for data that names one. */
export const crisisKindSchema = z.enum(['suicide', 'selfHarm', 'harmOthers', 'medicalEmergency']);

/** A kind of crisis. */
export type CrisisKind = z.infer<typeof crisisKindSchema>;
