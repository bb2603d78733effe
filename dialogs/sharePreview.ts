import type { ChannelFamily } from '../content/channels';
import type { Renderer, TemplateData } from '../content/renderer';
import { coveredSections, excludedSections } from '../plan/consentScope';
import type { PreparationRecord } from '../plan/record';

/**
 * Exactly what a yes to sharing would send, and to whom, by section, said once the parts to send
 * are picked; what is kept back is named too. `data` is the section's template data (the lead
 * contact's name, whose plan it is).
 */
export function sharePreview(
  record: PreparationRecord,
  renderer: Renderer,
  data: TemplateData,
  family: ChannelFamily,
): string {
  const withheld = excludedSections(record);
  const sent = coveredSections(record).filter((section) => section !== 'consent');
  const parts = (sections: readonly string[]): string =>
    listed(
      sections.map((section) => renderer.text(`planSection.${section}`, data, family)),
      renderer.text('share.and', {}, family),
    );
  return renderer.text(
    'share.preview',
    { ...data, parts: parts(sent), withheld: withheld.length > 0 ? parts(withheld) : undefined },
    family,
  );
}

/** "a, b and c", with the channel's own word for "and". */
function listed(words: readonly string[], and: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
}
