/**
 * What a turn has already made durable that cannot be taken back with its other writes: a shared
 * plan taken back commits at once, before the rest of the turn. If the turn then fails, its
 * apology says what was done (and to whom) rather than "your last answer may not be saved"; or,
 * when the step the person asked for failed whole ("delete my data"), that it was not done.
 */
import type { TurnContext } from 'botbuilder';
import type { TemplateData } from '../content/renderer';

const doneKey = Symbol('careprep.doneInTurn');

/** The words that tell what the turn did, and their data, for a failed turn's apology. */
export interface DoneInTurn {
  key: string;
  data: TemplateData;
}

/** Notes, once it is stored, what this turn did that its failure will not undo. */
export function noteDone(context: TurnContext, done: DoneInTurn): void {
  context.turnState.set(doneKey, done);
}

/** What this turn did that stands whatever happens to the rest of it, if anything. */
export function doneInTurn(context: TurnContext): DoneInTurn | undefined {
  return context.turnState.get<DoneInTurn | undefined>(doneKey);
}
