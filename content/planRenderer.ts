import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { DraftPlan, PlanLabels } from '../plan/draftPlan';
import type { Flag } from '../plan/record';
import type { Catalogue } from './catalogue';
import { contentDir } from './catalogue';
import type { ChannelFamily } from './channels';
import { escapeMarkdown, stripBidi } from './escape';
import { toGsm7 } from './gsm7';
import type { PackLibrary } from './packs/packLibrary';

/** The page around the printable plan: its title, and the large-print switch when served as a link. */
export interface PlanPage {
  title: string;
  large?: boolean;
  toggle?: { href: string; label: string };
  printHint?: string;
}

/** Renders a draft plan as chat markdown, short SMS text or a printable HTML page. */
export interface PlanRenderer {
  chat(plan: DraftPlan, family: ChannelFamily): string;
  html(plan: DraftPlan, page: PlanPage): string;
  labels: PlanLabels;
}

/** Deep-copies a plan with every string passed through `clean`, so typed text cannot add markup. */
function sanitise<T>(value: T, clean: (text: string) => string): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => sanitise(item, clean)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitise(v, clean)])) as T;
  }
  return value;
}

/** Builds the plan renderer; templates live in content/plan. `results` builds the results section, when results are shown. */
export function createPlanRenderer(
  catalogue: Catalogue,
  library: PackLibrary,
  results?: PlanLabels['results'],
): PlanRenderer {
  const hb = Handlebars.create();
  const words = (key: string): string => catalogue[key]?.text ?? key;
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('join', (items: unknown) => (Array.isArray(items) ? items.join(', ') : ''));
  hb.registerHelper('score', (value: unknown) => (typeof value === 'number' ? `${value}/10` : words('plan.notSure')));
  hb.registerHelper('flagText', (flag: Flag) => {
    const specific = `plan.flag.${flag.kind}.${flag.detail}`;
    const what = words(catalogue[specific] ? specific : `plan.flag.${flag.kind}`);
    // How it came to light matters to the lead contact: said unprompted, or confirmed when asked.
    const how = flag.via && flag.via !== 'disclosure' ? words(`plan.flag.via.${flag.via}`) : '';
    return how ? `${what} ${how}` : what;
  });
  const read = (name: string): string => readFileSync(join(contentDir(), 'plan', name), 'utf8');
  // The results section lives in its own templates, one per form.
  hb.registerPartial('resultsMd', read('results.md.hbs'));
  hb.registerPartial('resultsSms', read('results.sms.hbs'));
  hb.registerPartial('resultsHtml', read('results.html.hbs'));
  const markdown = hb.compile<DraftPlan>(read('plan.md.hbs'), { noEscape: true });
  const sms = hb.compile<DraftPlan>(read('plan.sms.hbs'), { noEscape: true });
  const html = hb.compile<DraftPlan & PlanPage>(read('plan.html.hbs'));

  const allOptions = library.packs.flatMap((pack) => pack.topics);
  const conditionOptions = library.question('conditions').options ?? [];
  const labels: PlanLabels = {
    condition: (id) => conditionOptions.find((o) => o.id === id)?.label ?? id,
    topic: (id) => allOptions.find((o) => o.id === id)?.label ?? id,
    results,
  };

  return {
    labels,
    chat(plan, family) {
      if (family === 'sms')
        return toGsm7(
          sms(sanitise(plan, toGsm7))
            .replace(/\n{2,}/g, '\n')
            .trim(),
        );
      return markdown(sanitise(plan, escapeMarkdown))
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    },
    // Handlebars escapes HTML; the bidi controls it would leave in are taken out first.
    html: (plan, data) => html({ ...sanitise(plan, stripBidi), ...data }),
  };
}
