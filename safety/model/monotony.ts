/**
 * The fewest tokens a run must have before its sameness is judged: a short message that repeats a
 * word ("no no no", "help help help") is still read.
 */
export const monotonyMinTokens = 24;

/** At most one distinct word in this many tokens makes a run monotonous. */
export const monotonyRatio = 6;

/**
 * Whether the learned layer should not read these tokens: a long run of one word or a few words said
 * over and over ("word word word …"; safety 31b, H505). Its windows then repeat one n-gram whose
 * weight is summed as though each were new evidence, and 'word ' fifty times scored 1.000 for a
 * medical emergency. The patterns still read such a message on their own words.
 */
export function monotonous(tokens: readonly string[]): boolean {
  return tokens.length >= monotonyMinTokens && new Set(tokens).size * monotonyRatio <= tokens.length;
}
