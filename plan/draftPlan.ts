import { carerNeeds, type CarerNeeds } from './carerNeeds';
import { byFlagOrder } from './flagOrder';
import { excludedSections, sharedRecord, sharedVersionHeld } from './consentScope';
import type { AnsweredBy, Flag, PreparationRecord } from './record';
import type { ResultsSection } from './results/resultsSection';
import {
  answeredBy,
  choiceAnswer,
  conditions,
  goalCount,
  moodLeadsTopics,
  moodScreenPositive,
  moodScreenUnsure,
  scaleAnswer,
  subjectName,
  textAnswer,
  wordsAnswer,
  yesNoAnswer,
} from './recordView';

/** Labels for option ids, supplied by content so the domain stays free of wording. */
export interface PlanLabels {
  condition(id: string): string;
  topic(id: string): string;
  /** The label of an option of the question `linkId` (the carer's own questions); undefined for an id it has not. */
  option(linkId: string, id: string): string | undefined;
  /** The "My results and my questions" section for a record, in words; none without results. */
  results?(record: PreparationRecord, audience: PlanAudience): ResultsSection | undefined;
}

/** The mood questions whose own words, neither yes nor no, the plan tells (`plan.line.moodWords.<question>`). */
const moodWordQuestions = ['down', 'interest', 'wantsHelp'] as const;

/** Words said at a mood question that were neither a yes nor a no, and whether a carer said them. */
export interface MoodWords {
  question: (typeof moodWordQuestions)[number];
  text: string;
  carer: boolean;
}

/**
 * A 0–10 score as the plan shows it: the number, "not sure" when that was their answer, or
 * undefined when it has no answer yet (never shown as "not sure": they were not asked).
 */
export type PlanScore = number | 'notSure' | undefined;

/** A goal with its action plan, as in the Year of Care personal plan. */
export interface PlanGoal {
  number: number;
  text?: string;
  importance?: PlanScore;
  action?: string;
  barriers?: string;
  confidence?: PlanScore;
  /** Below 7, or not sure: a cue to make the step smaller or plan more support. */
  lowConfidence: boolean;
  moreLikely?: string;
}

/** The draft plan, with PRSB-style sections. Flags always come first. */
export interface DraftPlan {
  /** Whose copy this is: the person's own (everything) or a shared one (what they consented to). */
  audience: PlanAudience;
  planVersion: number;
  /** When it was last changed (for a shared copy, when it was shared): the date it was prepared. */
  updatedAt: string;
  flags: Flag[];
  aboutMe: {
    name?: string;
    completedBy: AnsweredBy;
    carerName?: string;
    relationship?: string;
    personAgrees?: boolean;
    /** What the carer said when asked if the person agrees, when it was not a yes or a no. */
    personAgreesWords?: string;
    conditions: string[];
    otherConditions?: string;
    /** The stroke pack's question: whether they see a stroke nurse, therapist or team now (who else helps). */
    seesStrokeTeam?: boolean;
  };
  whatMatters: {
    most?: string;
    goingWell?: string;
    hard?: string;
    wouldLikeTo?: string;
    support?: string;
    feelings?: string;
    carerView?: string;
  };
  goals: PlanGoal[];
  /** A carer's own view of the goals, kept apart from the person's. */
  goalsCarerView?: string;
  /** Top priorities first (mood leads when screened positive and they want help). */
  topics: { top: string[]; others: string[] };
  /**
   * `unsure`: not a yes to either question, but "not sure" (or words that were not a yes or no) to
   * one. `said`: those words, by question, and whether a carer said them (told as the carer's).
   */
  mood: {
    answered: boolean;
    screenPositive: boolean;
    unsure: boolean;
    wantsHelp?: boolean;
    /** "Not sure" (or words neither yes nor no) said to wanting help: told so, not as never asked. */
    helpUnsure?: boolean;
    shared: boolean;
    said: MoodWords[];
  };
  /** The carer's own section, when a carer answered: what they said about themselves. */
  carer?: CarerNeeds;
  /** Sections the person chose not to share; the person's own copy still shows them. */
  withheld: string[];
  /** The lead contact who invited them, the one to call if things change; absent when none is linked. */
  leadContact?: string;
  /** The appointment from the invitation (local wall-clock time), when there is one. */
  appointmentAt?: string;
  /** When this version was shared with the lead contact, if it was. */
  sharedAt?: string;
  /**
   * In the own copy, when an earlier version was shared and is still shared while this one is not
   * (after "start again", or answers changed since): never "not shared".
   */
  earlierSharedAt?: string;
  /**
   * In the own copy, whether the version shared (`sharedAt`, or `earlierSharedAt`) has reached the
   * lead contact: false while it waits to be sent, so the person is never told they hold it.
   * Undefined in a shared copy, and when the caller did not ask the delivery side.
   */
  reachedLead?: boolean;
  /** Results the care team sent, with the person's questions beside them. */
  results?: ResultsSection;
}

/** Which copy is being compiled: the person's own (everything) or a shared one (what they consented to). */
export type PlanAudience = 'own' | 'shared';

/** What the delivery side knows of the lead contact's copy (`LeadContactCopies.heldVersion`). */
export interface LeadDelivery {
  /** The plan version last sent to the lead contact; undefined when none was. */
  heldVersion: number | undefined;
}

/**
 * Compiles a record into the draft plan the person reviews and may share. The own copy is given
 * `delivery`, so it says whether what was shared has reached the lead contact.
 */
export function compileDraftPlan(
  record: PreparationRecord,
  labels: PlanLabels,
  audience: PlanAudience = 'own',
  delivery?: LeadDelivery,
): DraftPlan {
  const positive = moodScreenPositive(record);
  // Not sure is not no: it is worth a talk, so mood goes on the list to discuss.
  const moodUnsure = !positive && moodScreenUnsure(record);
  const wantsHelp = yesNoAnswer(record, 'mood.wantsHelp');
  // A shared copy holds no answers of the sections kept back (`mood.share` among them), so what was
  // kept back is read from the consent it was shared under.
  const consent =
    audience === 'shared' ? [...record.consents].reverse().find((c) => c.decision === 'share') : undefined;
  const withheld: string[] = consent?.excludedSections ?? excludedSections(record);
  const moodShared = !withheld.includes('mood');
  // The shared copy leaves out what the person kept back; their own copy shows everything.
  const hidden = (section: string): boolean => audience === 'shared' && withheld.includes(section);
  const hideMood = hidden('mood');

  const goals: PlanGoal[] = [];
  for (let n = 1; n <= (hidden('goals') ? 0 : goalCount(record)); n++) {
    const text = textAnswer(record, `goal.${n}.text`);
    // A goal never given ("not sure") is no goal: the plan says "no goals yet", not "(not given)".
    if (text === undefined) continue;
    const confidence = planScore(record, `goal.${n}.confidence`);
    goals.push({
      number: n,
      text,
      importance: planScore(record, `goal.${n}.importance`),
      action: textAnswer(record, `goal.${n}.action`),
      barriers: textAnswer(record, `goal.${n}.barriers`),
      confidence,
      lowConfidence: confidence === 'notSure' || (typeof confidence === 'number' && confidence < 7),
      moreLikely: textAnswer(record, `goal.${n}.moreLikely`),
    });
  }

  const own = textAnswer(record, 'topics.own');
  const label = (id: string): string => (id === 'own' && own ? own : labels.topic(id));
  const selected = hidden('topics') ? [] : [...choiceAnswer(record, 'topics.selected'), ...(own ? ['own'] : [])];
  let top = choiceAnswer(record, 'topics.top').filter((id) => selected.includes(id));
  if (top.length === 0 && selected.length === 1) top = selected;
  const moodFirst = moodLeadsTopics(record) && !hideMood;
  const topIds = moodFirst ? ['mood', ...top.filter((id) => id !== 'mood')] : top;
  const toDiscuss = moodUnsure && !hideMood && !selected.includes('mood') ? [...selected, 'mood'] : selected;
  const others = toDiscuss.filter((id) => !topIds.includes(id) && !(hideMood && id === 'mood'));

  // A carer's strain is theirs to share with their own part: never shown where that part is kept back (H346).
  const flags = [...record.flags]
    .filter((flag) => !(hideMood && flag.kind === 'moodScreenPositive'))
    .filter((flag) => !(flag.kind === 'carerStrain' && (hidden('carer') || answeredBy(record) !== 'carer')))
    .sort(byFlagOrder);

  return {
    audience,
    planVersion: record.planVersion,
    updatedAt: record.updatedAt,
    flags,
    aboutMe: {
      name: subjectName(record),
      completedBy: answeredBy(record),
      carerName: textAnswer(record, 'respondent.name'),
      relationship: textAnswer(record, 'respondent.relationship'),
      personAgrees: yesNoAnswer(record, 'respondent.personAgrees'),
      personAgreesWords: wordsAnswer(record, 'respondent.personAgrees'),
      conditions: conditions(record)
        .filter((id) => id !== 'other')
        .map((id) => labels.condition(id)),
      otherConditions: textAnswer(record, 'conditions.other'),
      seesStrokeTeam: yesNoAnswer(record, 'stroke.seesTeam'),
    },
    whatMatters: hidden('whatMatters')
      ? {}
      : {
          most: textAnswer(record, 'whatMatters.most'),
          goingWell: textAnswer(record, 'whatMatters.goingWell'),
          hard: textAnswer(record, 'whatMatters.hard'),
          wouldLikeTo: textAnswer(record, 'whatMatters.wouldLikeTo'),
          support: textAnswer(record, 'whatMatters.support'),
          feelings: textAnswer(record, 'whatMatters.feelings'),
          carerView: record.carerViews.whatMatters?.text,
        },
    goals,
    goalsCarerView: hidden('goals') ? undefined : record.carerViews.goals?.text,
    topics: { top: topIds.map(label), others: others.map(label) },
    mood: {
      answered: !hideMood && record.answers['mood.down'] !== undefined,
      screenPositive: !hideMood && positive,
      unsure: !hideMood && moodUnsure,
      wantsHelp: hideMood ? undefined : wantsHelp,
      helpUnsure: !hideMood && record.answers['mood.wantsHelp']?.status === 'unknown',
      shared: moodShared,
      said: hideMood ? [] : moodWords(record),
    },
    carer: answeredBy(record) === 'carer' ? carerNeeds(record, (key, id) => labels.option(key, id)) : undefined,
    withheld,
    results: labels.results?.(record, audience),
    leadContact: record.leadContact?.name,
    appointmentAt: record.leadContact?.appointmentAt,
    // A shared copy is the version shared; the own copy says whether the plan has been shared.
    sharedAt: audience === 'shared' ? consent?.at : record.status === 'shared' ? record.shared?.at : undefined,
    earlierSharedAt:
      audience === 'own' && record.status !== 'shared' && sharedRecord(record) ? record.shared?.at : undefined,
    reachedLead:
      audience === 'own' && delivery && record.shared ? sharedVersionHeld(record, delivery.heldVersion) : undefined,
  };
}

/** What was said in words at each mood question, told as whoever said it. */
function moodWords(record: PreparationRecord): MoodWords[] {
  return moodWordQuestions.flatMap((question) => {
    const text = wordsAnswer(record, `mood.${question}`);
    return text === undefined ? [] : [{ question, text, carer: record.answers[`mood.${question}`]?.by === 'carer' }];
  });
}

/** A 0–10 answer as the plan shows it: "not sure" only when that was the answer given. */
function planScore(record: PreparationRecord, key: string): PlanScore {
  return record.answers[key]?.status === 'unknown' ? 'notSure' : scaleAnswer(record, key);
}
