import type { TurnContext } from 'botbuilder';
import type { Renderer } from '../content/renderer';
import type { ResultCatalogue } from '../content/results/resultCatalogue';
import { sayCrisisMessage } from '../dialogs/crisisReply';
import type { Phrases } from '../dialogs/recognisers/phrases';
import { tellsVeryHighPressure, type PressureLines } from '../dialogs/recognisers/veryHighReading';
import type { Logger } from '../plan/logger';
import type { GuardOutcome, MessageGuard } from './careprepBot';
import type { RecordSessions } from './sessions';

/** The catalogue's measure whose very high reading, told in the chat, needs help the same day. */
const pressureMeasure = 'bloodPressure';

/**
 * Looks at every message the crisis guard let pass, in every state: a very high blood pressure told
 * at any question ("my bp was 190/100 this morning"; NHS: 180/120 or higher, the catalogue's
 * `veryHigh`) is told where to turn today — the GP practice or NHS 111, and 999 if a symptom comes —
 * before the conversation reads it, so it is never only noted for an appointment weeks away. With a
 * symptom (a severe headache, chest pain, blurred vision…) the crisis screen has already given the
 * 999 reply. The message still goes on as said: their words are theirs to keep.
 */
export class ReadingGuard implements MessageGuard {
  private readonly lines: PressureLines | undefined;

  constructor(
    private readonly deps: {
      measures: ResultCatalogue;
      sessions: RecordSessions;
      renderer: Renderer;
      phrases: Phrases;
      logger: Logger;
    },
  ) {
    const measure = deps.measures.measure(pressureMeasure);
    this.lines =
      measure?.veryHigh === undefined
        ? undefined
        : {
            from: measure.veryHigh.from,
            fromSecond: measure.veryHigh.fromSecond,
            possible: measure.possible,
            possibleSecond: measure.possibleSecond,
          };
  }

  async handle(context: TurnContext, text: string, whole = text): Promise<GuardOutcome> {
    const { sessions, renderer, phrases, logger } = this.deps;
    if (this.lines === undefined || !tellsVeryHighPressure(whole, phrases, this.lines)) return 'pass';
    logger.info('reading_very_high', { measure: pressureMeasure, channel: context.activity.channelId });
    await sayCrisisMessage(context, { session: sessions.get(context), renderer }, 'reading.veryHighPressure');
    return 'pass';
  }
}
