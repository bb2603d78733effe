/**
 * A carer's own state or needs, said at a question about what matters to the person: never noted
 * as the person's answer (H6). Their words are kept as the carer's own note for their part
 * (`carerViews.carer`, shown in the plan's part on support for the carer), they are told so, and
 * the question is asked again.
 */
import type { PackLibrary } from '../content/packs/packLibrary';
import type { Question, SectionId } from '../content/packs/packSchema';
import type { PreparationRecord } from '../plan/record';
import { answeredBy } from '../plan/recordView';
import { personWords, relationWords } from './crisisAbout';
import { carersOwn } from './recognisers/carersOwn';
import { carersOwnPart, type CarersPart } from './recognisers/carersOwnPart';
import type { CarerStrain } from './recognisers/carerStrain';
import { carersStrainWords } from './recognisers/carersStrainSaid';
import type { Phrases } from './recognisers/phrases';
import { cleanText, maxTextLength } from './typedText';

/**
 * The part whose questions ask how the person is and what matters to them, in their words. Not the
 * goals (a carer's own state is a true answer to what might stop the person), the topics (their
 * own needs are a fair thing to raise at the appointment), or the mood questions, whose yes or no
 * must be read as such, the crisis reply included.
 */
const aboutPerson: SectionId = 'whatMatters';

/** Where the carer's own words sit in `carerViews`: beside the carer's own part. */
export const carersOwnView = 'carer';

/** Between two things a carer said of themselves, kept in one note. */
const between = ' / ';

/** True when a carer, at a question about the person, tells of themselves (see `recognisers/carersOwn`). */
export function carersOwnAt(
  question: Question,
  record: PreparationRecord,
  text: string,
  phrases: Phrases,
  library: PackLibrary,
): boolean {
  return asksCarerAboutPerson(question, record) && carersOwn(text, phrases, namedBy(record, library));
}

/**
 * True when a carer's words tell only of themselves ("im exhausted") at `question`: said on coming
 * back after a pause, they are kept as the carer's own, whatever the question waiting, except at
 * the carer's own questions in words ("How are you coping at the moment?"), where they are its
 * answer (review 23 finding 5).
 */
export function carersOwnSaid(
  question: Question,
  record: PreparationRecord,
  text: string,
  phrases: Phrases,
  library: PackLibrary,
): boolean {
  if (question.audience === 'carer' && question.type === 'text') return false;
  return answeredBy(record) === 'carer' && carersOwn(text, phrases, namedBy(record, library));
}

/**
 * A carer's reply at a question about the person that tells of themselves and of the person (see
 * `recognisers/carersOwnPart`): their own part, and what is noted as the person's answer.
 */
export function carersPartAt(
  question: Question,
  record: PreparationRecord,
  text: string,
  phrases: Phrases,
  library: PackLibrary,
): CarersPart | undefined {
  return asksCarerAboutPerson(question, record) ? carersOwnPart(text, phrases, namedBy(record, library)) : undefined;
}

/**
 * A carer's own strain said at any question in words about the person (`carersStrainWords`): their
 * words, to offer to keep in their own part (H441). Not at the carer's own questions, whose answer it
 * is (their coping, what would help them, their own view).
 */
export function carersStrainAt(
  question: Question,
  record: PreparationRecord,
  text: string,
  strain: CarerStrain,
  library: PackLibrary,
): string | undefined {
  if (answeredBy(record) !== 'carer' || question.audience === 'carer' || question.type !== 'text') return undefined;
  return carersStrainWords(text, strain, namedBy(record, library));
}

/** The words naming the person, "mum" among them for a carer who said they are her daughter. */
function namedBy(record: PreparationRecord, library: PackLibrary): string[] {
  return personWords(record, relationWords(library));
}

/**
 * Whether a carer is answering a question, in words, about how the person is and what matters to
 * them, or one that keeps a carer's own words elsewhere (`keepsCarersOwn`: the person's goal).
 */
function asksCarerAboutPerson(question: Question, record: PreparationRecord): boolean {
  return (
    answeredBy(record) === 'carer' &&
    question.audience !== 'carer' &&
    question.type === 'text' &&
    (question.section === aboutPerson || question.keepsCarersOwn)
  );
}

/** Adds `text` to the carer's own note, after what they said of themselves before (never twice). */
export function keepCarersOwn(draft: PreparationRecord, text: string, at: string): void {
  const words = cleanText(text);
  const kept = draft.carerViews[carersOwnView]?.text;
  if (kept?.split(between).includes(words)) return;
  const note = kept === undefined ? words : `${kept}${between}${words}`;
  draft.carerViews[carersOwnView] = { text: note.slice(0, maxTextLength), at };
}

/**
 * What the carer is told: their own part is still to come (it asks what would help them), or
 * they have been through it and the words are added there. `also`: their words were kept there
 * beside an answer noted for the person, not in place of one. `back`: sent on coming back, with no
 * question in mind, so the words are said back (`words` in the data).
 */
export function carersOwnReply(record: PreparationRecord, also = false, back = false): string {
  // `carer.coping` opens the carer's own part: answered or passed over, they have been there.
  const when = record.answers['carer.coping'] === undefined ? 'later' : 'added';
  if (back) return `carer.ownWords.back.${when}`;
  return also ? `carer.ownWords.also.${when}` : `carer.ownWords.${when}`;
}
