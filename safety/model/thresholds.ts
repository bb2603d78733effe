/**
 * Where the learned layer's two cut-offs sit. The crisis cut-off is the lowest score at which the
 * model adds no more crisis replies to hard negatives (out of fold) than its allowance, on top of
 * what the patterns already call a crisis; the check-in cut-off is the lowest at which check-ins
 * on hard negatives stay within theirs. Lower cut-offs catch more disclosures, so each is pushed
 * down as far as its allowance lets it.
 */

/** One corpus text as the screen would see it out of fold. */
export interface ScoredText {
  positive: boolean;
  risk: number;
  /** The patterns call it a crisis on their own. */
  pattern: boolean;
  /** The patterns see a warning sign (a check-in whatever the model says). */
  warning: boolean;
}

/** Allowances on hard negatives, as fractions: crisis replies the model adds, and check-ins. */
export interface Allowances {
  crisis: number;
  checkIn: number;
}

/** The chosen cut-offs and what they give out of fold. */
export interface Thresholds {
  crisis: number;
  checkIn: number;
}

/** The smallest cut-off in `candidates` whose count of firing negatives stays within `allowed`. */
function lowest(candidates: number[], allowed: number, firing: (cut: number) => number): number {
  let best = 1;
  for (const cut of candidates) if (cut < best && firing(cut) <= allowed) best = cut;
  return best;
}

/** Chooses both cut-offs from out-of-fold scores. */
export function chooseThresholds(scored: readonly ScoredText[], allowances: Allowances): Thresholds {
  const negatives = scored.filter((s) => !s.positive);
  const candidates = Array.from({ length: 199 }, (_, i) => (i + 1) / 200);
  const crisis = lowest(
    candidates,
    allowances.crisis * negatives.length,
    (cut) => negatives.filter((s) => !s.pattern && s.risk >= cut).length,
  );
  const checkIn = lowest(
    candidates.filter((cut) => cut <= crisis),
    allowances.checkIn * negatives.length,
    (cut) => negatives.filter((s) => !s.pattern && s.risk < crisis && (s.warning || s.risk >= cut)).length,
  );
  return { crisis, checkIn };
}
