import type { PreparationRecord } from './record';
import { answered, choiceAnswer, textAnswer, yesNoAnswer } from './recordView';

/** What a carer said about their own needs, kept apart from what they said about the person. */
export interface CarerNeeds {
  /** How they are coping, in their words. */
  coping?: string;
  /** What they said of themselves at questions about the person ("I never get a break"), in their words. */
  ownWords?: string;
  /** What would help them, as the labels of what they picked, and in their own words. */
  help: string[];
  helpWords?: string;
  /** They said nothing would help at the moment. */
  helpNone: boolean;
  /** Whether the person agrees with what was said ("not able to say" among the answers), or the carer's words. */
  agrees?: string;
  agreesWords?: string;
  /** They said "not sure" whether the person agrees: not a no, and worth asking about. */
  agreesUnsure: boolean;
  /** A yes or no to support for themselves, asked before the carer had questions of their own. */
  support?: boolean;
}

/** The label of an option of the question `linkId` (`PlanLabels.option`); undefined for an id it has not. */
export type OptionLabel = (linkId: string, id: string) => string | undefined;

/** The carer's own answers; option ids not among the question's options (their own words) are left to the words. */
export function carerNeeds(record: PreparationRecord, option: OptionLabel): CarerNeeds {
  // "Something else" is said in their own words, so it is not listed as a pick.
  const picked = (key: string): string[] =>
    choiceAnswer(record, key)
      .filter((id) => id !== 'other')
      .map((id) => option(key, id))
      .filter((label): label is string => label !== undefined);
  return {
    coping: textAnswer(record, 'carer.coping'),
    ownWords: record.carerViews.carer?.text,
    help: picked('carer.help'),
    helpWords: textAnswer(record, 'carer.help.other'),
    helpNone: answered(record, 'carer.help') !== undefined && choiceAnswer(record, 'carer.help').length === 0,
    agrees: picked('carer.personAgrees')[0],
    agreesWords: textAnswer(record, 'carer.personAgrees.other'),
    agreesUnsure: record.answers['carer.personAgrees']?.status === 'unknown',
    support: yesNoAnswer(record, 'carer.support'),
  };
}
