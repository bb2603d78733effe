import { recogniseScale } from '../dialogs/recognisers/scale';
import { recogniseYesNo } from '../dialogs/recognisers/yesNo';
import type { Phrases } from '../dialogs/recognisers/phrases';
import type { CrisisScreen } from '../safety/screen';

/** Messages that match no crisis pattern, so every pattern and the model run on them. */
const SAMPLES = ['warming up', 'seven out of ten, I think. Years ago, not now.'];

/**
 * Runs the parts whose first use is slow once before the server takes traffic. V8 compiles a
 * regular expression when it first runs and again to machine code when it runs again, and the
 * recognizers build their models on first use: without this, the first message after a start
 * took about 330 ms (300 of it in the crisis patterns) and the second about 70 ms, and everyone
 * who wrote in the first second after a restart queued behind them.
 */
export function warmUp(parts: { screen: CrisisScreen; phrases: Phrases }): void {
  for (let round = 0; round < 2; round++) {
    for (const sample of SAMPLES) {
      parts.screen.screen(sample);
      recogniseScale(sample);
      recogniseYesNo(sample, parts.phrases);
    }
  }
}
