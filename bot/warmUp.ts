import { recogniseScale } from '../dialogs/recognisers/scale';
import { recogniseYesNo } from '../dialogs/recognisers/yesNo';
import type { Phrases } from '../dialogs/recognisers/phrases';
import type { CrisisScreen } from '../safety/screen';

/** Messages that match no crisis pattern, so every pattern and the model run on them. */
const warmUpSamples = ['warming up', 'seven out of ten, I think. Years ago, not now.'];

/** Screens already warmed in this process: the compiled expressions are the screen's own, and stay compiled. */
const warmed = new WeakSet<CrisisScreen>();

/**
 * Runs the parts whose first use is slow twice before the server takes traffic. V8 compiles a
 * regular expression when it first runs and again to machine code when it runs again, and the
 * recognizers build their models on first use, so a cold first message costs several times a
 * warm one (most of it in the crisis patterns) and everyone writing just after a start would
 * queue behind it. Once per screen: an app started again in the same process (tests) with the
 * same loaded parts finds them warm.
 */
export function warmUp(parts: { screen: CrisisScreen; phrases: Phrases }): void {
  if (warmed.has(parts.screen)) return;
  warmed.add(parts.screen);
  for (let round = 0; round < 2; round++) {
    for (const sample of warmUpSamples) {
      parts.screen.screen(sample);
      recogniseScale(sample);
      recogniseYesNo(sample, parts.phrases);
    }
  }
}
