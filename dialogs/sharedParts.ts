/**
 * The parts of a plan a share sends and keeps back, in words ("about you, what matters and goals"):
 * said before consent is asked (the preview) and, where a part is kept back, once the plan is on its
 * way, so what goes is said exactly.
 */
import type { ChannelFamily } from '../content/channels';
import type { Renderer, TemplateData } from '../content/renderer';
import { coveredSections, excludedSections } from '../plan/consentScope';
import type { PreparationRecord } from '../plan/record';

/**
 * The parts a share of `record` sends, and those it keeps back (undefined when none is); with
 * `strainKept`, the carer's own part is kept back holding their strain, which goes with it (H412).
 */
export interface PartsSaid {
  parts: string;
  withheld?: string;
  strainKept?: true;
}

/** The parts `record`'s share sends and keeps back, in words, with `data` for the part names. */
export function partsSaid(
  record: PreparationRecord,
  renderer: Renderer,
  data: TemplateData,
  family: ChannelFamily,
): PartsSaid {
  const withheld = excludedSections(record);
  const sent = coveredSections(record).filter((section) => section !== 'consent');
  const list = (sections: readonly string[]): string =>
    listed(
      sections.map((section) => renderer.text(`planSection.${section}`, data, family)),
      renderer.text('share.and', {}, family),
    );
  const strainKept = withheld.includes('carer') && record.flags.some((flag) => flag.kind === 'carerStrain');
  return {
    parts: list(sent),
    ...(withheld.length > 0 ? { withheld: list(withheld) } : {}),
    ...(strainKept ? { strainKept: true as const } : {}),
  };
}

/** "a, b and c". */
export function listed(words: readonly string[], and: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
}
