import type { PreparationRecord } from '../plan/record';
import { answeredBy, textAnswer } from '../plan/recordView';
import type { CarerStrain } from './recognisers/carerStrain';

/** The carer's own part in their words: how they are coping, and what would help them. */
export const carerOwnPart = ['carer.coping', 'carer.help.other'] as const;

/**
 * The carer's strain flag follows their own part (H346): raised, with their words, when an answer
 * there states strain in clear words (`CarerStrain`); its words kept up to date when an answer
 * changes; withdrawn when none says it any more. Only a carer answering has this part. Their own note
 * in it (`carerViews.carer`) counts too: strain said at a question about the person and kept there
 * with their yes (H441), shared, and kept back, with the rest of their part.
 */
export function followCarerStrain(draft: PreparationRecord, at: string, strain: CarerStrain): void {
  const said = [...carerOwnPart.map((key) => textAnswer(draft, key)), draft.carerViews.carer?.text].filter(
    (words): words is string => words !== undefined && strain.states(words),
  );
  const existing = draft.flags.find((flag) => flag.kind === 'carerStrain');
  if (said.length === 0 || answeredBy(draft) !== 'carer') {
    if (existing) draft.flags = draft.flags.filter((flag) => flag !== existing);
    return;
  }
  const message = said.join('\n\n');
  if (existing) existing.message = message;
  else draft.flags.push({ kind: 'carerStrain', detail: 'carerStrain', at, by: 'carer', message });
}
