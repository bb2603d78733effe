import type { ChannelFamily } from '../content/channels';
import type { Renderer, TemplateData } from '../content/renderer';
import type { PreparationRecord } from '../plan/record';
import { partsSaid } from './sharedParts';

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
  return renderer.text('share.preview', { ...data, ...partsSaid(record, renderer, data, family) }, family);
}
