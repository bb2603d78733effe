import { familyLooks, type ChannelFamily } from '../channels';
import { dayWords, shortDayWords } from '../dates';
import type { Renderer, TemplateData } from '../renderer';
import type { ResultSummary } from '../../plan/results/resultSummary';
import type { ResultValue, TargetBand } from '../../plan/results/resultSchema';
import type { Measure } from './measureSchema';
import { oldAge, type OldAge, type ResultAgeRule } from './resultAge';
import type { ResultCatalogue } from './resultCatalogue';

/**
 * How a result is told: in full, with when it was taken and how long ago against `now`, or
 * `brief` (for the plan, where the trend beside the name says now and last time).
 */
export type LinesFor = { now: Date } | { brief: true };

/** Results in words, for one channel family. Everything said comes from content keys. */
export interface ResultWords {
  /** The measure's name ("HbA1c", "Blood pressure"). */
  name(measure: string): string;
  /** Its name inside a sentence ("HbA1c", "blood pressure"). */
  inSentence(measure: string): string;
  /** A value with its unit: "52 mmol/mol", "138/84 mmHg", "stopped smoking", "more than 90 mL/min". */
  value(measure: string, value: ResultValue, family: ChannelFamily): string;
  /**
   * The compact trend: "58 → 52 mmol/mol, down, target 48 to 53" (SMS: "58 -> 52 ..., target 48-53");
   * without the target where a sentence saying it follows (`withTarget` false).
   */
  trend(summary: ResultSummary, family: ChannelFamily, withTarget?: boolean): string;
  /**
   * What a summary says, line by line: name (on SMS with the day it was taken and the trend),
   * what it measures, now, last time, target, position. A result older than the content's rule
   * is told as from then, with how long ago, never as now.
   */
  lines(summary: ResultSummary, family: ChannelFamily, data: TemplateData, told: LinesFor): string[];
  /** The target in words, with its unit ("48 to 53 mmol/mol"), if any. */
  target(summary: ResultSummary, family: ChannelFamily): string | undefined;
}

/** Builds the words over the catalogue, the renderer and the rule for when a result is old. */
export function createResultWords(catalogue: ResultCatalogue, renderer: Renderer, age: ResultAgeRule): ResultWords {
  const measureOf = (id: string): Measure => {
    const found = catalogue.measure(id);
    if (!found) throw new Error(`No measure ${id} in the results catalogue.`);
    return found;
  };
  const unitOf = (measure: Measure): string =>
    measure.unitLabel === '' ? '' : measure.unitLabel === '%' ? '%' : ` ${measure.unitLabel}`;
  const number = (measure: Measure, n: number): string => n.toFixed(measure.decimals);

  const bare = (measure: Measure, value: ResultValue, family: ChannelFamily): string => {
    if (value.kind === 'coded') return measure.values?.find((v) => v.id === value.code)?.label ?? value.code;
    if (value.kind === 'pair') return `${number(measure, value.first)}/${number(measure, value.second)}`;
    const shown = number(measure, value.value);
    if (!value.comparator) return shown;
    const key = { '>': 'gt', '>=': 'ge', '<': 'lt', '<=': 'le' }[value.comparator];
    return renderer.text(`results.comparator.${key}`, { value: shown }, family);
  };
  const withUnit = (measure: Measure, value: ResultValue, family: ChannelFamily): string =>
    value.kind === 'coded' ? bare(measure, value, family) : `${bare(measure, value, family)}${unitOf(measure)}`;

  const band = (b: TargetBand, family: ChannelFamily, unit: string): string => {
    const pairOf = (one?: number, two?: number): string | undefined =>
      one === undefined ? undefined : two === undefined ? String(one) : `${one}/${two}`;
    const low = pairOf(b.low, b.lowSecond);
    const high = pairOf(b.high, b.highSecond);
    const data = { low, high, unit };
    if (low !== undefined && high !== undefined) return renderer.text('results.band.between', data, family);
    if (high !== undefined)
      return renderer.text(b.highOpen ? 'results.band.below' : 'results.band.atMost', data, family);
    return renderer.text(b.lowOpen ? 'results.band.above' : 'results.band.atLeast', data, family);
  };
  const targetWords = (summary: ResultSummary, family: ChannelFamily, withUnits: boolean): string | undefined => {
    const measure = measureOf(summary.measure);
    if (measure.kind === 'coded') return summary.target ? undefined : measure.targetWords;
    if (!summary.target) return undefined;
    const unit = withUnits ? unitOf(measure) : '';
    const { fromAge } = summary.target;
    const under = band(summary.target.band, family, unit);
    if (!fromAge) return under;
    return renderer.text(
      'results.band.byAge',
      { under, older: band(fromAge.band, family, unit), age: fromAge.age },
      family,
    );
  };

  const ageWords = (old: OldAge, family: ChannelFamily): string =>
    old.years === 0
      ? renderer.text('results.age.months', { months: old.months }, family)
      : renderer.text(old.years === 1 ? 'results.age.year' : 'results.age.years', { years: old.years }, family);

  return {
    name: (id) => measureOf(id).name,
    inSentence: (id) => measureOf(id).inSentence ?? measureOf(id).name,
    value: (id, value, family) => withUnit(measureOf(id), value, family),
    target: (summary, family) => targetWords(summary, family, true),
    trend(summary, family, withTarget = true) {
      const measure = measureOf(summary.measure);
      return renderer.text(
        'results.trend',
        {
          previous: summary.previous ? bare(measure, summary.previous.value, family) : undefined,
          now: withUnit(measure, summary.latest.value, family),
          direction: renderer.text(`results.direction.${summary.direction}`, {}, family),
          target: withTarget ? targetWords(summary, family, false) : undefined,
          range: measure.targetIsRange,
        },
        family,
      );
    },
    lines(summary, family, data, told) {
      const measure = measureOf(summary.measure);
      const say = (key: string, extra: TemplateData = {}): string =>
        renderer.text(key, { ...data, measure: measure.name, range: measure.targetIsRange, ...extra }, family);
      const now = 'now' in told ? told.now : undefined;
      const old = now ? oldAge(summary.latest.at, now, age) : undefined;
      const ago = old ? ageWords(old, family) : undefined;
      const plain = familyLooks[family].plain;
      const target = targetWords(summary, family, true);
      // The target is said once: in its own sentence, with its source, when there is one (H385).
      const targetSaid =
        (summary.target !== undefined && target !== undefined) ||
        (measure.kind === 'coded' && measure.targetWords !== undefined && measure.targetSource !== undefined);
      const lines = [
        say('results.title', {
          trend: plain ? this.trend(summary, family, !targetSaid) : undefined,
          // SMS has no "Now:" line: the day the test was done goes with the name, in short.
          date: plain && now ? shortDayWords(summary.latest.at) : undefined,
          ago,
        }),
        measure.what,
      ];
      if (!plain && now) {
        const latest = { value: withUnit(measure, summary.latest.value, family), date: dayWords(summary.latest.at) };
        lines.push(ago ? say('results.nowOld', { ...latest, ago }) : say('results.now', latest));
        if (summary.previous)
          lines.push(
            say(`results.last.${summary.direction}`, {
              value: withUnit(measure, summary.previous.value, family),
              date: dayWords(summary.previous.at),
            }),
          );
      }
      const byAge = summary.positionByAge;
      if (summary.target && target) {
        const sources = [summary.target.source, summary.target.fromAge?.source].filter((s) => s !== undefined);
        const source = [...new Set(sources)].join(' ');
        const { forAge, forResult } = summary.target;
        if (forResult) {
          const other = measureOf(forResult.measure);
          const atLeast = `${forResult.atLeast}${unitOf(other)}`;
          lines.push(
            say('results.target.usualForResult', { target, source, other: other.inSentence ?? other.name, atLeast }),
          );
        } else if (forAge) lines.push(say('results.target.usualForAge', { target, source, ...forAge }));
        else
          lines.push(
            say(`results.target.${summary.target.from}`, {
              target,
              source,
              byAge: summary.target.fromAge !== undefined,
            }),
          );
        if (summary.position) lines.push(say(`results.position.${summary.position}`));
        else if (byAge) {
          const where = (p: string): string => say(`results.positionWord.${p}`);
          lines.push(
            say('results.position.byAge', { age: byAge.age, under: where(byAge.under), from: where(byAge.from) }),
          );
        }
      } else if (measure.kind === 'coded' && measure.targetWords && measure.targetSource)
        lines.push(say('results.target.usual', { target: measure.targetWords, source: measure.targetSource }));
      return lines;
    },
  };
}
