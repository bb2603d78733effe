import type { CutOff } from './cutOffAnswer';
import type { SectionId } from '../content/packs/packSchema';
import type { PackLibrary } from '../content/packs/packLibrary';
import type { Renderer } from '../content/renderer';
import type { AnswerValue } from '../plan/record';
import type { Clock } from '../plan/session';
import type { CarerStrain } from './recognisers/carerStrain';
import type { GoalToRemove } from './recognisers/goalToRemove';
import type { Phrases } from './recognisers/phrases';
import type { SessionSource } from './sessionSource';

/** What every section dialog is built with. */
export interface SectionDeps {
  sessions: SessionSource;
  library: PackLibrary;
  renderer: Renderer;
  phrases: Phrases;
  /** A carer's words for strain (`content/carerStrain.yaml`, H346, H441). */
  strain: CarerStrain;
  clock: Clock;
}

/** How a section is started: fresh, or to go over answers already given (from review or "back"). */
export interface SectionOptions {
  revisit?: boolean;
  /** Ask this key first (after "back"). */
  startAt?: string;
  /** For the goals, once the plan is finished: ask first whether to take this goal out ("remove my goal"). */
  takeOutGoal?: GoalToRemove;
  /** Words still to say from the section before (its last acknowledgement), said with this one's first question. */
  preface?: string[];
}

/** What a section ends with: which it was, words not yet said, and (from review) a section to change. */
export interface SectionResult {
  section: SectionId;
  preface?: string[];
  change?: string;
}

/** What a section keeps in its dialog state between turns. */
export interface SectionState {
  pending?: string;
  attempts: number;
  revisit: boolean;
  /** Keys already gone over in this revisit. */
  revisited: string[];
  /** Ideas were already offered for the pending question after a "not sure". */
  ideasOffered?: boolean;
  /** What is offered to keep as the answer to the pending question: a yes to the offer keeps it. */
  offered?: AnswerValue;
  /** Words offered with it for a list's "something else" option (`Parsed.other`). */
  offeredOther?: string;
  /** The offer was heard before its question was asked: a no asks the question in its own words. */
  offeredHeard?: boolean;
  /**
   * The offer is the person's own words (a worry at a result): a question they write next is kept
   * after them, never in place of them (explorer 24).
   */
  offeredOwn?: boolean;
  /** A carer's own words of strain, said at a question about the person, offered to keep in their own part (H441). */
  offeredStrain?: string;
  /** Said beside it, of the person ("he gets confused at night"): noted as the answer once the offer is answered. */
  offeredStrainRest?: string;
  /** An answer in words that looked cut off: the next message is the rest of it (see `cutOffAnswer`). */
  cutOff?: CutOff;
  /**
   * Answers heard before their question was asked (a goal's rating said with the goal), by key:
   * offered in `offer`'s words, in place of the question's own, when that question is asked.
   */
  heard?: Record<string, { value: AnswerValue; offer: string; other?: string }>;
  /**
   * Answers to ask again, in order, before the section carries on: given for an answer since
   * changed (a goal's importance, given for the goal before its words changed; see `GoOver`).
   */
  goOver?: string[];
}

/** Answers to go over again once an answer has changed (`keys`), and what says so (`say`, a content key). */
export interface GoOver {
  keys: string[];
  say: string;
}
