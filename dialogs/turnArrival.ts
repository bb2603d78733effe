import type { TurnContext } from 'botbuilder';

const arrivedKey = Symbol('careprep.arrivedAt');
const unseenKey = Symbol('careprep.sentUnseen');

/**
 * Notes when a turn's message reached the service, by the service's clock, before it waited for any
 * turn of the same conversation still being answered: the bot's first stage calls it.
 */
export function markArrival(context: TurnContext, at: Date): void {
  context.turnState.set(arrivedKey, at.getTime());
}

/** When this turn's message reached the service (`markArrival`), in milliseconds; undefined when not noted. */
export function arrivalOf(context: TurnContext): number | undefined {
  return context.turnState.get<number | undefined>(arrivedKey);
}

/** Notes for the turn whether its message was sent before the question waiting could be seen (see `SentUnseen`). */
export function noteUnseen(context: TurnContext, unseen: boolean): void {
  context.turnState.set(unseenKey, unseen);
}

/**
 * Whether this turn's message was sent before the question waiting could be seen: sent while the
 * turn that newly asked that question was still being answered (two texts typed quickly and sent
 * at once). Such a message was meant for the question before, never for this one.
 */
export function sentUnseen(context: TurnContext): boolean {
  return context.turnState.get<boolean | undefined>(unseenKey) === true;
}
