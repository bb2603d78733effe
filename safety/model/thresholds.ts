/**
 * Where the learned layer's two cut-offs sit. The crisis cut-off is the lowest score at which the
 * model adds no more crisis replies to hard negatives (out of fold) than its allowance, on top of
 * what the patterns already call a crisis, and gives everyday answers almost none; the check-in
 * cut-off is the lowest at which check-ins on hard negatives, and on everyday answers, stay within
 * theirs. Lower cut-offs catch more disclosures, so each is pushed down as far as its allowances
 * let it.
 */

/** One corpus text as the screen would see it out of fold. */
export interface ScoredText {
  positive: boolean;
  /** An everyday answer rather than a hard case. */
  routine: boolean;
  risk: number;
  /** The patterns call it a crisis on their own. */
  pattern: boolean;
  /** The patterns see a warning sign (a check-in whatever the model says). */
  warning: boolean;
}

/**
 * Allowances, as fractions: on hard negatives, crisis replies the model adds and check-ins; on
 * everyday answers, crisis replies and check-ins.
 */
export interface Allowances {
  crisis: number;
  checkIn: number;
  routineCrisis: number;
  routineCheckIn: number;
}

/** The chosen cut-offs and what they give out of fold. */
export interface Thresholds {
  crisis: number;
  checkIn: number;
}

/** The smallest cut-off in `candidates` that stays within its allowances. */
function lowest(candidates: number[], allowed: (cut: number) => boolean): number {
  let best = 1;
  for (const cut of candidates) if (cut < best && allowed(cut)) best = cut;
  return best;
}

/** Chooses both cut-offs from out-of-fold scores. */
export function chooseThresholds(scored: readonly ScoredText[], allowances: Allowances): Thresholds {
  const negatives = scored.filter((s) => !s.positive && !s.routine);
  const everyday = scored.filter((s) => !s.positive && s.routine);
  const candidates = Array.from({ length: 199 }, (_, i) => (i + 1) / 200);
  const within = (cut: number, fires: (s: ScoredText, cut: number) => boolean, hard: number, routine: number) =>
    negatives.filter((s) => fires(s, cut)).length <= hard * negatives.length &&
    everyday.filter((s) => fires(s, cut)).length <= routine * everyday.length;
  const crisis = lowest(candidates, (cut) =>
    within(cut, (s, c) => !s.pattern && s.risk >= c, allowances.crisis, allowances.routineCrisis),
  );
  const checkIn = lowest(
    candidates.filter((cut) => cut <= crisis),
    (cut) =>
      within(
        cut,
        (s, c) => !s.pattern && s.risk < crisis && (s.warning || s.risk >= c),
        allowances.checkIn,
        allowances.routineCheckIn,
      ),
  );
  return { crisis, checkIn };
}
