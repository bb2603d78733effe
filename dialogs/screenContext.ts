import type { PackLibrary } from '../content/packs/packLibrary';
import type { PreparationRecord } from '../plan/record';
import { textAnswer } from '../plan/recordView';
import type { AnswerContext } from '../safety/answerContext';
import type { CrisisScreen } from '../safety/screen';
import { packLinkIdForKey } from './questionKeys';

/** A record key in a repeated group (`goal.2.action`): the group's name and the number. */
const numbered = /^([a-z][A-Za-z]*)\.(\d+)\./;

/**
 * What the crisis screen reads a message as, by the question waiting for it (the packs'
 * `screenAs`, H120): a goal as wished, a goal's own steps with "do it" as the goal. A goal's steps
 * are read so only while the goal itself reads as nothing even when wished: after a goal that
 * raised a check-in and got a clear "no" ("to finally be at peace"), "I'll do it tomorrow" is read
 * as said. Nothing when no question waits, or it is none of the packs' (the review's own, a result's).
 */
export function screenContext(
  record: PreparationRecord,
  parts: { library: PackLibrary; screen: CrisisScreen },
): AnswerContext | undefined {
  const key = record.progress.current;
  const asked = parts.library.find(key === undefined ? undefined : packLinkIdForKey(key));
  if (key === undefined || asked?.screenAs !== 'goalStep') return asked?.screenAs;
  const goal = goalKey(parts.library, key);
  const said = goal === undefined ? undefined : textAnswer(record, goal);
  return said !== undefined && parts.screen.screen(said, 'wish').tier === 'none' ? 'goalStep' : undefined;
}

/** The record key of the goal a step of it is asked about: the wish question of the same numbered group. */
function goalKey(library: PackLibrary, key: string): string | undefined {
  const [, group, number] = numbered.exec(key) ?? [];
  if (group === undefined || number === undefined) return undefined;
  const template = `${group}.N.`;
  const wish = library.packs
    .flatMap((pack) => pack.questions)
    .find((question) => question.screenAs === 'wish' && question.linkId.startsWith(template));
  return wish?.linkId.replace(template, `${group}.${number}.`);
}
