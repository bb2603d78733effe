import { screenOnlyTurn } from './screenOnlyTurn';
import type { OneAtATime } from './oneAtATime';
import type { ScreeningBudget } from './screeningBudget';
import { gravestFound, pasteWindows } from './screenWindows';
import type { TurnsWaiting, UrgentReading } from './turnsWaiting';

/** What screening a message too long to read needs from the Direct Line. */
export interface TooLongScreening {
  conversationId: string;
  userId: string;
  bot: { id: string; role: string };
  /** The whole text, up to the route's 1 MB. */
  text: string;
  /** Where every conversation's pastes are screened, one at a time (H377). */
  lane: OneAtATime;
  /** The sender's client address, and the screening time it and everyone have left for pastes' middles (H377). */
  address: string;
  budget: ScreeningBudget;
  waiting: TurnsWaiting;
  /** The sender's record read for the screen, with the question waiting (`screensUrgent`); absent, none. */
  read: Promise<UrgentReading> | undefined;
  runTurn: (activity: Record<string, unknown>) => Promise<boolean>;
  at: Date;
}

/** A record that could not be read: the first window goes to the guards, which read the record themselves. */
const anyWindow: UrgentReading = () => true;

/**
 * Screens a message too long to read (H320, H370), window by window as the screen reads it with the
 * question waiting: all of it up to 200,000 characters, of a longer one its start and end and as
 * much of its middle as the sender's screening budget allows (H377), one paste at a time in the process, and takes the gravest window it finds something in (the first
 * of those as grave: an overdose told after a worry that asks the direct question, review 29) to the safety
 * guards as a screen-only turn: the crisis reply or the direct question, never an answer. Nothing
 * found, no turn runs. Counted among the conversation's messages at once (`TurnsWaiting`) while it
 * is screened, so one conversation's pastes are screened a few at a time.
 */
export async function screenTooLong(screening: TooLongScreening): Promise<void> {
  const { conversationId, waiting, read } = screening;
  read?.catch(() => undefined);
  const { always, ifBudget } = pasteWindows(screening.text);
  if ((await waiting.take(conversationId, always[0] ?? '', () => read)) !== 'admitted') return;
  try {
    const reading = read ? await read.catch(() => anyWindow) : anyWindow;
    const { address, budget } = screening;
    const charged = (window: string) => budget.charged(address, () => reading(window));
    const more = (index: number) => index < always.length || budget.has(address);
    const found = await screening.lane.run(() => gravestFound([...always, ...ifBudget], charged, more));
    if (found !== undefined)
      await screening.runTurn(screenOnlyTurn(conversationId, screening.userId, screening.bot, found, screening.at));
  } finally {
    waiting.leave(conversationId);
  }
}
