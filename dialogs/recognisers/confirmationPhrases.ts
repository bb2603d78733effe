import { z } from 'zod';
import { loadYaml } from '../../content/catalogue';
import { bare } from '../../plan/normalise';
import { phrasesInARow } from './phraseRuns';

const list = z.array(z.string().min(1)).min(1);
const kindSchema = z.strictObject({ same: list, opposite: list });
const confirmationPhrasesSchema = z.strictObject({
  agreeing: list,
  kinds: z.strictObject({
    restart: kindSchema,
    delete: kindSchema,
    withdraw: kindSchema,
    keepBack: kindSchema,
    takeBackPart: kindSchema,
    sharePart: kindSchema,
    newResults: kindSchema,
    removeGoal: kindSchema,
  }),
});
export type ConfirmationPhraseLists = z.infer<typeof confirmationPhrasesSchema>;
/** The confirmations whose words are listed: every `ConfirmationKind` of confirmationDialog.ts. */
export type ConfirmedKind = keyof ConfirmationPhraseLists['kinds'];

/** How the words after an opening "ok" stand to the confirmation asked. */
export type AfterOk = 'agrees' | 'opposes' | 'unclear';

/** Reads the words after an opening "ok" at a confirmation (content/confirmationPhrases.yaml, H237). */
export interface ConfirmationPhrases {
  afterOk(kind: ConfirmedKind, words: readonly string[]): AfterOk;
}

/**
 * Builds the reader. Words that are, one after another, only agreement or a restatement of what is
 * asked agree ("ok please take it back"); otherwise any word asking for the opposite opposes ("ok
 * share it after all"), as "dont send it" restates a take-back but "dont take it back" opposes it.
 */
export function createConfirmationPhrases(
  lists: ConfirmationPhraseLists = loadYaml('confirmationPhrases.yaml', confirmationPhrasesSchema),
): ConfirmationPhrases {
  const toSet = (items: readonly string[]): Set<string> => new Set(items.map((item) => bare(item)));
  const agreeing = toSet(lists.agreeing);
  const sames = new Map<ConfirmedKind, Set<string>>();
  const sameAs = (kind: ConfirmedKind): Set<string> => {
    const found = sames.get(kind) ?? toSet(lists.kinds[kind].same);
    sames.set(kind, found);
    return found;
  };
  return {
    afterOk(kind, words) {
      const said = words.map(bare).filter((word) => word !== '');
      const same = sameAs(kind);
      if (phrasesInARow(said, (phrase) => agreeing.has(phrase) || same.has(phrase))) return 'agrees';
      const spaced = ` ${said.join(' ')} `;
      const opposes = lists.kinds[kind].opposite.some((phrase) => spaced.includes(` ${bare(phrase)} `));
      return opposes ? 'opposes' : 'unclear';
    },
  };
}
