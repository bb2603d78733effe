import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { DraftPlan, PlanLabels } from '../plan/draftPlan';
import { lineText, planView, type PlanLine, type PlanView, type PlanWords } from '../plan/planView';
import { cutAtWord } from '../plan/readingLength';
import type { Catalogue } from './catalogue';
import { chartSvg } from './charts/chartSvg';
import { contentDir } from './catalogue';
import { familyLooks, type ChannelFamily } from './channels';
import { appointmentWords, dayWords } from './dates';
import { escapeMarkdown, stripBidi } from './escape';
import { toGsm7 } from './gsm7';
import type { PackLibrary } from './packs/packLibrary';
import { createRenderer } from './renderer';

/** The page around the printable plan: its title, and the large-print switch when served as a link. */
export interface PlanPage {
  title: string;
  large?: boolean;
  toggle?: { href: string; label: string };
  printHint?: string;
}

/** Renders a draft plan's view as chat markdown, SMS text or a printable HTML page. */
export interface PlanRenderer {
  /** The one view every surface is drawn from. */
  view(plan: DraftPlan): PlanView;
  chat(plan: DraftPlan, family: ChannelFamily): string;
  html(plan: DraftPlan, page: PlanPage): string;
  labels: PlanLabels;
  words: PlanWords;
}

/**
 * Typed words in the SMS copy are shortened to this many characters: a long answer would run to
 * a dozen texts, and the printable copy (its link is sent at the end) holds every word.
 */
const maxTypedInSms = 160;

/** A view's sections with each line's text made for one surface (escaped, or shortened). */
function surfaceOf(view: PlanView, own: (text: string) => string): object {
  const lineOf = (line: PlanLine): object => ({
    text: lineText(line, own),
    strong: line.strong === true,
    items: (line.items ?? []).map(lineOf),
    // Drawn by the service from numbers (a result's trend): only the printable page shows it.
    chart: line.chart && chartSvg(line.chart),
  });
  return { sections: view.sections.map((section) => ({ ...section, lines: section.lines.map(lineOf) })) };
}

/** The plan's three surfaces, compiled from content/plan. */
interface Surfaces {
  markdown: Handlebars.TemplateDelegate<object>;
  sms: Handlebars.TemplateDelegate<object>;
  html: Handlebars.TemplateDelegate<object>;
}

let surfaces: Surfaces | undefined;

/** The surfaces, read and compiled once per process: the files do not change while it runs. */
function planSurfaces(): Surfaces {
  if (surfaces) return surfaces;
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const read = (name: string): string => readFileSync(join(contentDir(), 'plan', name), 'utf8');
  surfaces = {
    markdown: hb.compile<object>(read('plan.md.hbs'), { noEscape: true }),
    sms: hb.compile<object>(read('plan.sms.hbs'), { noEscape: true }),
    html: hb.compile<object>(read('plan.html.hbs')),
  };
  return surfaces;
}

/**
 * Builds the plan renderer; the surface templates live in content/plan, the words in the catalogue.
 * `results` words the results section, when results are shown.
 */
export function createPlanRenderer(
  catalogue: Catalogue,
  library: PackLibrary,
  results?: PlanLabels['results'],
): PlanRenderer {
  const renderer = createRenderer(catalogue);
  const { markdown, sms, html } = planSurfaces();

  const allOptions = library.packs.flatMap((pack) => pack.topics);
  const conditionOptions = library.question('conditions').options ?? [];
  const labels: PlanLabels = {
    condition: (id) => conditionOptions.find((o) => o.id === id)?.label ?? id,
    topic: (id) => allOptions.find((o) => o.id === id)?.label ?? id,
    option: (linkId, id) => library.question(linkId).options?.find((o) => o.id === id)?.label,
    results,
  };
  const words: PlanWords = {
    text: (key, data = {}) => renderer.text(key, data, 'webchat'),
    has: (key) => catalogue[key] !== undefined,
    day: dayWords,
    appointment: appointmentWords,
  };
  const view = (plan: DraftPlan): PlanView => planView(plan, words);

  return {
    labels,
    words,
    view,
    chat(plan, family) {
      if (familyLooks[family].plain) {
        const shortened = (text: string): string => cutAtWord(text, maxTypedInSms);
        return toGsm7(sms(surfaceOf(view(plan), shortened)))
          .replace(/\n{2,}/g, '\n')
          .trim();
      }
      return markdown(surfaceOf(view(plan), escapeMarkdown))
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    },
    // Handlebars escapes HTML; the bidi controls it would leave in are taken out first.
    html: (plan, page) => html({ ...surfaceOf(view(plan), stripBidi), ...page }),
  };
}
