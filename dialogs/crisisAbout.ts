import type { PackLibrary } from '../content/packs/packLibrary';
import type { Flag, PreparationRecord } from '../plan/record';
import type { RelationWords } from '../content/packs/packSchema';
import { answeredBy, subjectName, subjectRelation, textAnswer } from '../plan/recordView';
import { personByRelation } from './recognisers/relationInName';
import type { CrisisKind } from '../safety/kinds';
import type { CrisisScreen } from '../safety/screen';
import { whoseCrisis } from '../safety/whose';

/**
 * Whose crisis a message tells of, for the reply and the flag: `carer` when a carer's words speak
 * of themselves ("I want to end it all"), wherever asked, or name no one at the carer's own
 * questions ("How are you coping?"); otherwise (absent) the person's, as when a carer tells of
 * them ("she said she wants to die", "mum wants to end it all" from a daughter) or the person
 * answers for themselves. An emergency of the
 * body that names no one ("collapsed and not breathing") is the person's wherever it is said.
 */
export function crisisAbout(
  record: PreparationRecord,
  text: string,
  parts: { screen: CrisisScreen; library: PackLibrary; kind: CrisisKind },
): Flag['about'] {
  if (answeredBy(record) !== 'carer') return undefined;
  // The words content gives for who the carer said they are (their relation) name the person too,
  // not only the person's name (H63).
  const whose = whoseCrisis(text, parts.screen, personWords(record, relationWords(parts.library)));
  if (whose === 'writer') return 'carer';
  if (whose === 'someoneElse') return undefined;
  // Unclear whose body it is, the person's is the safer guess: whoever can type is seldom the one
  // collapsed or not breathing, the carer is usually with the person, and the reply leads with 999
  // either way. Guessing the carer would ask them about themselves and leave the person unflagged.
  if (parts.kind === 'medicalEmergency') return undefined;
  return asksAboutCarer(parts.library, record.progress.current) ? 'carer' : undefined;
}

/**
 * The words a carer names the person by (their name, "mum"), read as someone else by `safety/whose`;
 * with `relations`, also those who the carer said they are gives ("Daughter": "mum", "mother"…).
 */
export function personWords(record: PreparationRecord, relations: readonly RelationWords[] = []): string[] {
  const relationship = textAnswer(record, 'respondent.relationship');
  const byRelation = relationship === undefined ? [] : personByRelation(relationship, relations);
  return [subjectName(record), subjectRelation(record), ...byRelation].filter((word) => word !== undefined);
}

/** Who the person is to a carer, by who the carer said they are: the packs' `fromName` words (content). */
export function relationWords(library: PackLibrary): RelationWords[] {
  return library.packs.flatMap((pack) => pack.questions.flatMap((question) => question.fromName ?? []));
}

/** Whether a question is one of the carer's own, about them and not the person. */
function asksAboutCarer(library: PackLibrary, linkId: string | undefined): boolean {
  return library.find(linkId)?.section === 'carer';
}
