import { expect } from 'chai';
import { loadYaml } from '../../content/catalogue';
import { phrasesSchema } from '../../dialogs/recognisers/phraseLists';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { createCrisisScreen } from '../../safety/screen';

/**
 * Asking to carry on elsewhere ("can I finish this on my laptop later?") is a command, run after the
 * crisis guard as every command is. A phrase the screen does not pass would get a check-in and never
 * reach the command, so the command's list and the screen must agree: every phrase passes as none.
 */
describe('the continue-elsewhere command and the crisis screen', () => {
  const screen = createCrisisScreen();
  const phrases = createPhrases();
  const { continueElsewhere } = loadYaml('phrases.yaml', phrasesSchema).commands;

  it('reads "can I finish this on my laptop later?" as asking for a code', () => {
    expect(phrases.command('can I finish this on my laptop later?')).to.equal('continueElsewhere');
    expect(phrases.command('Can I do this on my computer instead')).to.equal('continueElsewhere');
  });

  for (const phrase of continueElsewhere) {
    it(`passes "${phrase}" through the screen as none, so the command is reached`, () => {
      expect(screen.screen(phrase)).to.deep.equal({ tier: 'none' });
    });
  }
});
