/**
 * Review 29, on dialog 29's report that a list added to phraseLists.ts but not to phrases.ts passes
 * tsc and crashes every turn. A whole-message list left out of phrases.ts is a type error (TS2741 on
 * its `Record<PhraseList, …>`). A command added to `commandsSchema` but left out of phrases.ts's own
 * list of command names passed tsc and was never read, with no error: now a type error too, and this
 * test reads each command of the schema by a phrase of its own.
 */
import { expect } from 'chai';
import { loadYaml } from '../../content/catalogue';
import { commandsSchema } from '../../dialogs/recognisers/commandLists';
import { phrasesSchema } from '../../dialogs/recognisers/phraseLists';
import { createPhrases } from '../../dialogs/recognisers/phrases';

describe('Review 29: every command of the schema is read', () => {
  const lists = loadYaml('phrases.yaml', phrasesSchema);

  for (const name of Object.keys(commandsSchema.shape) as (keyof typeof commandsSchema.shape)[]) {
    it(`reads "${name}" by a phrase listed only for it`, () => {
      const phrase = `zz only ${name.toLowerCase()}`;
      const phrases = createPhrases({ ...lists, commands: { ...lists.commands, [name]: [phrase] } });

      expect(phrases.command(phrase)).to.equal(name);
    });
  }
});
