import type { ChartPicture } from './chartPicture';
import type { DraftPlan } from './draftPlan';

/**
 * The plan as every surface shows it (see `planView`): its sections in order, each a heading and
 * lines of words. Words come from content (`PlanWords`); the view only decides what is said and
 * in which order.
 */

/**
 * A piece of a line. `own` marks words someone typed (or may have: a label of their own topic),
 * which each surface makes safe in its own way (escaped for markdown or HTML, plain text on a
 * card) and may shorten; everything else is the service's own words.
 */
export interface PlanRun {
  text: string;
  own?: true;
}

/**
 * One line of a section. `key` names what it says (the content key of its words, where there is
 * one), so a surface can pick lines out: the coordinator's summary.
 */
export interface PlanLine {
  key: string;
  runs: PlanRun[];
  /** A top priority, shown in bold. */
  strong?: true;
  /** Details under the line: a goal's scores, action and what might stop it. */
  items?: PlanLine[];
  /** A chart drawn by the service (a result's trend), for the printable page and the coordinator's card; `runs` are its words. */
  chart?: ChartPicture;
}

/** The sections, in the order a reader meets them: flags first, then the PRSB headings. */
export const planViewSectionIds = [
  'flags',
  'aboutMe',
  'whatMatters',
  'results',
  'goals',
  'topics',
  'mood',
  'carer',
  'contacts',
  'review',
  'sharing',
] as const;
export type PlanViewSectionId = (typeof planViewSectionIds)[number];

export interface PlanViewSection {
  id: PlanViewSectionId;
  heading: string;
  lines: PlanLine[];
}

export interface PlanView {
  audience: DraftPlan['audience'];
  planVersion: number;
  sections: PlanViewSection[];
}

/** Template data for words: numbers and flags as they are; strings stand for runs (see `runsOf`). */
export type WordData = Record<string, string | number | boolean | undefined>;

/** Words for the view, from content. */
export interface PlanWords {
  /** The words for `key`, filled with `data`. */
  text(key: string, data?: WordData): string;
  /** Whether content has words for `key` (a flag's specific wording). */
  has(key: string): boolean;
  /** A day in words ("3 March 2025") from an ISO timestamp. */
  day(iso: string): string;
  /** An appointment's wall-clock time (`YYYY-MM-DDTHH:mm` or a date) in words. */
  appointment(wallClock: string): string | undefined;
}

/** The plain text of a line's runs, each typed run passed through `own` (to escape or shorten it). */
export function lineText(line: PlanLine, own: (text: string) => string = (text) => text): string {
  return line.runs.map((run) => (run.own ? own(run.text) : run.text)).join('');
}

/** A value to put into words: the service's own words, or words someone typed. */
export type Slot = string | number | boolean | undefined | { typed: string };

/** Text someone typed, as a slot; undefined stays undefined so `{{#if}}` reads it as absent. */
export function typed(text: string | undefined): Slot {
  return text === undefined || text === '' ? undefined : { typed: text };
}

const mark = (n: number): string => `\uE000${n}\uE001`;
const marks = /\uE000(\d+)\uE001/;

/**
 * The words for `key` as runs. Each string slot is put in as a private-use mark and the words
 * split at the marks, so content holds every word and every stop, while a typed value stays its
 * own run for each surface to make safe.
 */
export function runsOf(words: Pick<PlanWords, 'text'>, key: string, data: Record<string, Slot> = {}): PlanRun[] {
  const values: PlanRun[] = [];
  const filled: WordData = {};
  for (const [name, value] of Object.entries(data)) {
    if (value === undefined || typeof value === 'number' || typeof value === 'boolean') filled[name] = value;
    else {
      filled[name] = mark(values.length);
      values.push(typeof value === 'string' ? { text: value } : { text: value.typed, own: true });
    }
  }
  const runs: PlanRun[] = [];
  for (const [i, part] of words.text(key, filled).split(marks).entries()) {
    const run = i % 2 === 0 ? { text: part } : values[Number(part)];
    if (!run || run.text === '') continue;
    const last = runs.at(-1);
    if (last && !last.own && !run.own) last.text += run.text;
    else runs.push({ ...run });
  }
  return runs;
}

/** A line of the words for `key`. */
export function lineOf(words: PlanWords, key: string, data: Record<string, Slot> = {}): PlanLine {
  return { key, runs: runsOf(words, key, data) };
}
