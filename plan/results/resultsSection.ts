import type { ChartPicture } from '../chartPicture';

/**
 * The plan's "My results and my questions" section, already in words (from content). The plan's
 * view (`plan/planViewSections.ts`) turns it into lines, so every surface shows the same thing.
 */
export interface PlanResult {
  measure: string;
  name: string;
  /** "58 → 52 mmol/mol, down, target 48 to 53": the short form, and the chart's caption. */
  trend: string;
  /** What it measures, now and last time, the target and its source. Empty for an in-person result. */
  lines: string[];
  /** The person's own question or thoughts about it, as they typed them. */
  question?: string;
  /** The value the question was asked about, in words, when it is not the result shown now. */
  askedAbout?: string;
  /** Questions asked about earlier results of it, oldest first, each with the value it was about in words. */
  earlier: { question: string; about: string }[];
  /** The team will talk it through in person: named only. */
  inPerson: boolean;
  /** The trend chart, for the printable page and the coordinator's card. */
  chart?: ChartPicture;
}

export interface ResultsSection {
  items: PlanResult[];
  /** The person chose not to go through the results before the visit (said first). */
  declined: boolean;
}
