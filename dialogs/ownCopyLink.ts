import type { DialogContext } from 'botbuilder-dialogs';
import type { ChannelFamily } from '../content/channels';
import type { Renderer, TemplateData } from '../content/renderer';
import type { PreparationRecord } from '../plan/record';
import { answeredBy } from '../plan/recordView';
import type { SharingDeps } from './reviewTypes';

/**
 * Says `lines`, then the link to the person's own copy of their plan (theirs whatever they decided
 * about sharing), issued now and logged; when it replaces links issued before, that they stop
 * working. `data` is the section's template data.
 */
export async function sayWithOwnCopyLink(
  dc: DialogContext,
  lines: readonly string[],
  record: PreparationRecord,
  deps: { sharing: SharingDeps; renderer: Renderer; data: TemplateData; family: ChannelFamily },
): Promise<void> {
  const { sharing, renderer, data, family } = deps;
  const link = await sharing.ownCopy.issue(record.id);
  await sharing.audit.append({ actor: answeredBy(record), action: 'linkIssued', subject: record.id });
  const said = [
    ...lines,
    renderer.text('share.ownCopyLink', { ...data, url: sharing.ownCopyUrl(link.token) }, family),
    ...(link.replaced > 0 ? [renderer.text('share.ownCopyReplaced', {}, family)] : []),
  ];
  await dc.context.sendActivity(renderer.lines(said, dc.context.activity.channelId));
}
