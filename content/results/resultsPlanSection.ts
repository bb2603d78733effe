import { excludedSections } from '../../plan/consentScope';
import type { PlanAudience } from '../../plan/draftPlan';
import type { PreparationRecord } from '../../plan/record';
import { textAnswer } from '../../plan/recordView';
import { askedAboutEarlier, resultsDeclined } from '../../plan/results/resultQuestions';
import { resultThoughtsKey } from '../../plan/results/resultSchema';
import type { ResultsSection } from '../../plan/results/resultsSection';
import type { ResultPresenter } from './resultPresenter';

/**
 * Builds the plan's results section from a record: each result with its trend, its words and
 * chart, and the person's question beside it, with the value it was asked about when that is not
 * the value shown (corrected since, or a newer result come), after any asked about earlier results
 * of it before a newer one was gone through. An in-person result is named only. A shared copy
 * leaves out the questions when the person kept back the things to talk about. When the person
 * chose not to go through the results before the visit, the section says so, and their own copy
 * shows only the results they had already gone through (the care team's copy has them all). None
 * when the record holds no results.
 */
export function resultsPlanSection(
  presenter: ResultPresenter,
): (record: PreparationRecord, audience: PlanAudience) => ResultsSection | undefined {
  return (record, audience) => {
    const declined = resultsDeclined(record);
    const summaries = presenter
      .summaries(record.results)
      .filter(
        (summary) =>
          !declined || audience === 'shared' || record.answers[resultThoughtsKey(summary.measure)] !== undefined,
      );
    if (summaries.length === 0 && !declined) return undefined;
    const questionsHidden = audience === 'shared' && excludedSections(record).includes('topics');
    const words = presenter.words;
    return {
      declined,
      items: summaries.map((summary) => {
        const question = questionsHidden ? undefined : textAnswer(record, resultThoughtsKey(summary.measure));
        const before = question ? askedAboutEarlier(record.results, summary.measure) : undefined;
        const askedAbout = before ? words.value(summary.measure, before, 'webchat') : undefined;
        const earlier = questionsHidden
          ? []
          : (record.results.earlierQuestions ?? [])
              .filter((asked) => asked.measure === summary.measure)
              .map((asked) => ({
                question: asked.question,
                about: words.value(summary.measure, asked.about.value, 'webchat'),
              }));
        if (summary.inPerson)
          return {
            measure: summary.measure,
            name: words.name(summary.measure),
            trend: '',
            lines: [],
            question,
            askedAbout,
            earlier,
            inPerson: true,
          };
        return {
          measure: summary.measure,
          name: words.name(summary.measure),
          trend: words.trend(summary, 'webchat'),
          // Without the title line: the plan shows the name as its own heading.
          lines: words.lines(summary, 'webchat', { carer: false }, { brief: true }).slice(1),
          question,
          askedAbout,
          earlier,
          inPerson: false,
          chart: presenter.chart.picture(summary),
        };
      }),
    };
  };
}
