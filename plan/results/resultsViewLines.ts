import { lineOf, typed, type PlanLine, type PlanWords } from '../planViewModel';
import type { ResultsSection } from './resultsSection';

/**
 * The results section's lines in the plan's view: each result by name with its trend (and its
 * chart, for the printable page), what it measures and the target beneath, and the person's
 * question as their own words, with the value it was asked about when that is no longer the
 * result shown, after those asked about its earlier results. A result kept for the appointment is
 * named only. A choice not to go through the
 * results before the visit is said first.
 */
export function resultsViewLines(section: ResultsSection, words: PlanWords): PlanLine[] {
  const choice = section.declined ? [lineOf(words, 'plan.line.resultsDeclined')] : [];
  return [...choice, ...section.items.map((item) => resultLine(item, words))];
}

/** One result by name, with what it measures and the person's question beneath. */
function resultLine(item: ResultsSection['items'][number], words: PlanWords): PlanLine {
  if (item.inPerson) return lineOf(words, 'plan.line.resultInPerson', { name: item.name });
  return {
    ...lineOf(words, 'plan.line.result', { name: item.name, trend: item.trend }),
    ...(item.chart ? { chart: item.chart } : {}),
    items: [
      ...item.lines.map((text): PlanLine => ({ key: 'plan.line.resultDetail', runs: [{ text }] })),
      ...item.earlier.map((asked) =>
        lineOf(words, 'plan.line.resultQuestionAbout', { question: typed(asked.question), value: asked.about }),
      ),
      ...(item.question ? [questionLine(item, words)] : []),
    ],
  };
}

/** The person's question, said with the value it was about when that is not the one shown. */
function questionLine(item: ResultsSection['items'][number], words: PlanWords): PlanLine {
  const question = typed(item.question);
  return item.askedAbout
    ? lineOf(words, 'plan.line.resultQuestionAbout', { question, value: item.askedAbout })
    : lineOf(words, 'plan.line.resultQuestion', { question });
}
