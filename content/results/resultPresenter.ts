import type { ChannelFamily } from '../channels';
import { loadYaml } from '../catalogue';
import { questionSchema, type Question } from '../packs/packSchema';
import type { Renderer } from '../renderer';
import type { RecordResults } from '../../plan/results/resultSchema';
import { summariseResults, type ResultSummary } from '../../plan/results/resultSummary';
import type { ServiceTargets } from '../../plan/results/targets';
import type { ResultCatalogue } from './resultCatalogue';
import { loadResultAgeRule } from './resultAge';
import { loadResultUnits, type ResultUnit } from './resultUnits';
import { createResultWords, type ResultWords } from './resultWords';
import { createTrendChart, type TrendChart } from './trendChart';

/** Everything that shows results: the catalogue, this service's targets, the words. */
export interface ResultPresenter {
  readonly catalogue: ResultCatalogue;
  readonly words: ResultWords;
  readonly chart: TrendChart;
  /** The question asked after each result (`result.N.thoughts`). */
  readonly question: Question;
  /** The units results are given in, with what each means, for someone who asks. */
  readonly units: readonly ResultUnit[];
  /** A record's results by measure, with the target that applies to this person. */
  summaries(results: RecordResults): ResultSummary[];
  /** The names of the results the team will talk through in person, as one phrase. */
  inPersonNames(summaries: readonly ResultSummary[], family: ChannelFamily): string | undefined;
  /**
   * The names of `measures` as one phrase inside a sentence ("HbA1c and blood pressure"), or
   * starting one ("Blood pressure and HbA1c"); undefined for none.
   */
  namesOf(measures: readonly string[], startsSentence?: boolean): string | undefined;
}

/** Builds the presenter; `serviceTargets` come from `CAREPREP_RESULT_TARGETS`. */
export function createResultPresenter(
  catalogue: ResultCatalogue,
  renderer: Renderer,
  serviceTargets: ServiceTargets = {},
): ResultPresenter {
  const words = createResultWords(catalogue, renderer, loadResultAgeRule());
  return {
    catalogue,
    words,
    chart: createTrendChart(catalogue, words, renderer),
    question: loadYaml('results/questions.yaml', questionSchema),
    units: loadResultUnits(),
    summaries: (results) => summariseResults(results, catalogue.measures, serviceTargets),
    inPersonNames(summaries, _family) {
      return namesOf(summaries.filter((s) => s.inPerson).map((s) => s.measure));
    },
    namesOf,
  };
  function namesOf(measures: readonly string[], startsSentence = false): string | undefined {
    const names = measures.map((measure, i) =>
      startsSentence && i === 0 ? words.name(measure) : words.inSentence(measure),
    );
    if (names.length === 0) return undefined;
    return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  }
}
