/**
 * Telling the person that the care team corrected a result they were shown: on their next
 * message, before anything else is said, what the result is now and what it was, and that a
 * question they asked about the old value stays with that value. A result they were never shown
 * needs no telling: they only ever see the right one.
 */
import type { TurnContext } from 'botbuilder';
import { channelFamily } from '../content/channels';
import type { Renderer } from '../content/renderer';
import type { ResultPresenter } from '../content/results/resultPresenter';
import { dayWords } from '../content/dates';
import type { PreparationRecord } from '../plan/record';
import { correctionsToTell, correctionsUnsettled, settleCorrections } from '../plan/results/resultQuestions';
import { resultThoughtsKey, type ResultCorrection } from '../plan/results/resultSchema';
import type { Clock } from '../plan/session';
import { questionData } from './sectionPrompt';
import type { SessionSource } from './sessionSource';

const toldThisTurn = Symbol('careprep.correctionsTold');

/**
 * The corrections told in this turn. A message answering a result's question in the same turn was
 * typed before the person read of the correction, so it is about the value they had been shown.
 */
export function correctionsTold(context: TurnContext): readonly ResultCorrection[] {
  return context.turnState.get<readonly ResultCorrection[] | undefined>(toldThisTurn) ?? [];
}

/** Tells the person of results corrected since they were shown them. */
export class ResultCorrections {
  constructor(
    private readonly deps: { sessions: SessionSource; renderer: Renderer; results: ResultPresenter; clock: Clock },
  ) {}

  /** Says what was corrected, once, and settles every correction waiting (told or not needing it). */
  async tell(context: TurnContext): Promise<void> {
    const session = this.deps.sessions.get(context);
    if (!correctionsUnsettled(session.record)) return;
    const due = correctionsToTell(session.record);
    const record = session.record;
    await session.update((draft) => settleCorrections(draft, this.deps.clock().toISOString()));
    if (due.length === 0) return;
    context.turnState.set(toldThisTurn, due);
    const channelId = context.activity.channelId;
    await context.sendActivity(
      this.deps.renderer.lines(
        due.map((correction) => this.words(correction, record, channelId)),
        channelId,
      ),
    );
  }

  private words(correction: ResultCorrection, record: PreparationRecord, channelId: string): string {
    const { renderer, results } = this.deps;
    const family = channelFamily(channelId);
    const { measure } = correction;
    const asked =
      (record.answers[resultThoughtsKey(measure)]?.status === 'answered' &&
        record.results.askedAbout?.[measure]?.resultId === correction.wasId) ||
      (record.results.earlierQuestions ?? []).some((earlier) => earlier.about.resultId === correction.wasId);
    return renderer.text(
      'results.corrected',
      {
        ...questionData(record, renderer, family),
        measure: results.words.inSentence(measure),
        date: dayWords(correction.at),
        was: results.words.value(measure, correction.was, family),
        now: results.words.value(measure, correction.now, family),
        asked,
      },
      family,
    );
  }
}
