import { expect } from 'chai';
import { TestAdapter, TurnContext } from 'botbuilder';
import { messageText } from '../../dialogs/messageText';
import { createCrisisScreen } from '../../safety/screen';

/** What the service reads of a typed message, as every dialog and the crisis guard read it. */
function read(text: string): string | undefined {
  const context = new TurnContext(new TestAdapter(), { type: 'message', text });
  return messageText(context);
}

const screen = createCrisisScreen();

/**
 * Invisible characters that separate words (a zero-width space, a word joiner or byte-order mark
 * typed where a space was meant) and those that sit inside one (a soft hyphen, a zero-width joiner
 * or non-joiner between letters). Either way the crisis screen must read the words that were meant.
 */
const separated: readonly string[] = [
  'I want to kill\u200Bmyself',
  'i took an\u200Boverdose',
  'hang\u2060myself',
  'I want to kill\uFEFFmyself',
  'I want to kill\u200B\u200B\u2060myself',
];
const joined: readonly string[] = [
  'I am thinking about sui\u00ADcide',
  'I am thinking about sui\u200Dcide',
  'I am thinking about sui\u200Ccide',
];
/** A joiner or non-joiner where a space was meant: the screen cannot tell which, so it reads both ways. */
const joinedBetweenWords: readonly string[] = [
  'I want to kill\u200Dmyself',
  'i want to\u200Ddie',
  'going to hang\u200Cmyself tonight',
];

describe('Invisible characters in a message', () => {
  describe('the crisis screen', () => {
    for (const text of [...separated, ...joined, ...joinedBetweenWords]) {
      it(`reads ${JSON.stringify(text)} as a crisis`, () => {
        expect(screen.screen(text)).to.include({ tier: 'crisis' });
      });
    }

    it('still reads nothing in an emoji family sequence or a joiner in an everyday answer', () => {
      expect(screen.screen('family \u{1F468}\u200D\u{1F469}\u200D\u{1F467} came over')).to.deep.equal({ tier: 'none' });
      expect(screen.screen('walking\u200Cthe dog')).to.deep.equal({ tier: 'none' });
    });
  });

  describe('what the service reads of a message (what the guard screens and what is kept)', () => {
    it('reads a zero-width space between words as a space', () => {
      expect(read('I want to kill\u200Bmyself')).to.equal('I want to kill myself');
    });

    it('reads a word joiner or byte-order mark between words as a space', () => {
      expect(read('hang\u2060myself')).to.equal('hang myself');
      expect(read('kill\uFEFFmyself')).to.equal('kill myself');
    });

    it('reads a run of them, or one beside a space, as one space', () => {
      expect(read('kill\u200B\u200B\u2060myself')).to.equal('kill myself');
      expect(read('kill \u200Bmyself')).to.equal('kill myself');
    });

    it('reads a soft hyphen inside a word as nothing, so the word reads whole', () => {
      expect(read('sui\u00ADcide')).to.equal('suicide');
    });

    it('keeps the joiners of an emoji sequence', () => {
      expect(read('my family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}')).to.equal(
        'my family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
      );
    });

    it('reads a message of invisible characters alone as empty', () => {
      expect(read('\u200B\u2060\uFEFF\u00AD\u200D')).to.equal('');
      expect(read(' \u200B ')).to.equal('');
    });

    it('takes off invisible characters at either end, leaving the words', () => {
      expect(read('\u200Bmy garden\u2060')).to.equal('my garden');
    });

    for (const text of [...separated, ...joined, ...joinedBetweenWords]) {
      it(`leaves ${JSON.stringify(text)} read as a crisis by the screen`, () => {
        const seen = read(text) ?? '';
        expect(screen.screen(seen), JSON.stringify(seen)).to.include({ tier: 'crisis' });
      });
    }
  });
});
