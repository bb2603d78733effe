import { expect } from 'chai';
import { loadYaml } from '../../content/catalogue';
import { phrasesSchema } from '../../dialogs/recognisers/phraseLists';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { createCrisisScreen } from '../../safety/screen';

/**
 * "Stop texting me" is a command, run after the crisis guard as every command is (review 18,
 * findings 2 and 9). A stop request the screen does not pass would get a check-in or a crisis reply
 * and never reach the command, so the command's list and the screen must agree: every phrase in
 * it passes the screen as none (the learned layer checked in on "stop texting me" at 0.82 until
 * the screen set the words aside).
 */
describe('the stop-texting command and the crisis screen', () => {
  const screen = createCrisisScreen();
  const phrases = createPhrases();
  const { stopTexting } = loadYaml('phrases.yaml', phrasesSchema).commands;

  it('reads "can you stop texting me" as asking texts to stop', () => {
    expect(phrases.command('can you stop texting me')).to.equal('stopTexting');
    expect(phrases.command('Can you stop texting me?')).to.equal('stopTexting');
  });

  for (const phrase of stopTexting) {
    it(`passes "${phrase}" through the screen as none, so the command is reached`, () => {
      expect(screen.screen(phrase)).to.deep.equal({ tier: 'none' });
    });
  }
});
