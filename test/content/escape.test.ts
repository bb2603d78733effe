import { expect } from 'chai';
import { escapeMarkdown } from '../../content/escape';

describe('Typed words in chat markdown', () => {
  // Nothing here could become markdown, so nothing is escaped: a backslash that Teams mobile does
  // not take away would show.
  for (const name of [
    "O'Brien_Smith",
    'J. [Doe]',
    'Ann-Marie (Annie) Lee',
    'Jo {Jay} Brown',
    'Dr. No! #1',
    'A+B = C',
  ]) {
    it(`leaves "${name}" as typed`, () => {
      expect(escapeMarkdown(name)).to.equal(name);
    });
  }

  const escaped: Array<[string, string]> = [
    // Emphasis, strikethrough and code can pair with a mark anywhere in the line.
    ['Ann *Lee*', 'Ann \\*Lee\\*'],
    ['Mary_Ann_Lee', 'Mary\\_Ann\\_Lee'],
    ['_Ann_', '\\_Ann\\_'],
    ['~~Ann~~', '\\~\\~Ann\\~\\~'],
    ['`Ann`', '\\`Ann\\`'],
    // A link, an image and a reference need "](", "][" or "]:"; an autolink or HTML "<".
    ['J. [Urgent](https://evil.example)', 'J. [Urgent]\\(https://evil.example)'],
    ['![x](https://evil.example/a.png)', '![x]\\(https://evil.example/a.png)'],
    ['J. [x][y]', 'J. [x]\\[y]'],
    ['<https://evil.example>', '\\<https://evil.example>'],
    ['A | B', 'A \\| B'],
    // At the start of a line (typed words may start one): a heading, a quote, a list, a
    // reference definition ("[x]: url" makes its line vanish and "[x]" elsewhere a link).
    ['[x]: https://evil.example', '\\[x]\\: https://evil.example'],
    ['Ann\n[x]: /a', 'Ann\n\\[x]\\: /a'],
    ['# Ann', '\\# Ann'],
    ['> Ann', '\\> Ann'],
    ['- Ann', '\\- Ann'],
    ['+ Ann', '\\+ Ann'],
    ['1. Ann', '1\\. Ann'],
    // A backslash before a mark would take it away; anywhere else it shows as typed.
    ['A\\*B', 'A\\\\\\*B'],
    ['C:\\Users', 'C:\\Users'],
  ];
  for (const [typed, safe] of escaped) {
    it(`escapes "${typed}" as ${safe}`, () => {
      expect(escapeMarkdown(typed)).to.equal(safe);
    });
  }

  it('takes out bidi controls', () => {
    expect(escapeMarkdown('Sam\u202Egpj.exe')).to.equal('Samgpj.exe');
  });
});
