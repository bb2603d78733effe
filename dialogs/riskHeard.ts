import type { TurnContext } from 'botbuilder';

const riskHeardKey = Symbol('careprep.riskHeard');

/**
 * A warning sign or a middle score the crisis screen found in a reply to the direct question after
 * the mood screen ("only passing thoughts, nothing I would act on"), kept on the turn for that
 * question to read as no clear no (H126). The guard asks no check-in there: the question already
 * asked straight, and a check-in about something else ("is anyone else in danger?") asked again.
 */
export interface RiskHeard {
  /** The words it was heard in, as the conversation reads them. */
  words: string;
}

/** Keeps on the turn that the screen heard a risk in `words`, for the direct question to read. */
export function hearRisk(context: TurnContext, words: string): void {
  context.turnState.set(riskHeardKey, { words } satisfies RiskHeard);
}

/** The risk heard in this turn's message, once: read here, it is no longer waiting. */
export function takeRiskHeard(context: TurnContext): RiskHeard | undefined {
  const heard = context.turnState.get<RiskHeard | undefined>(riskHeardKey);
  context.turnState.delete(riskHeardKey);
  return heard;
}
