/**
 * Bidirectional formatting controls (LRM/RLM, ALM, the embeddings and overrides, the isolates).
 * A person has no reason to type them, and U+202E in a name or answer makes what a coordinator
 * reads run backwards from what was stored ("gpj.exe" shown as "exe.jpg").
 */
const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A person's text with the bidirectional controls taken out; for any surface, and on input. */
export function stripBidi(text: string): string {
  return text.replace(bidiControls, '');
}

/**
 * A person's text made inert in chat markdown (Web Chat, a Teams message), with a backslash
 * before only the characters that could make markdown where they stand: Teams on iOS and Android
 * shows an escape it has no need of as a backslash, so "O'Brien_Smith" and "J. [Doe]" are left as
 * typed. Emphasis, strikethrough, code, HTML and table marks (`*`, `~`, `` ` ``, `<`, `|`) are
 * always escaped, and `_` too unless it is the only one and inside a word (where it emphasises
 * nothing); a link, an image or a reference needs `](`, `][` or `]:`, so the character after
 * such a `]` is escaped, and `[x](https://evil.example)` can never become a link from the bot;
 * at the start of a line, what would make a heading, a quote, a list or a reference definition
 * (a numbered list needs a space or the end after its "1.", so "5.4 mmol/L" is left as it is);
 * and a backslash only where it would take a mark away. Used on a card only for words in a
 * TextBlock: typed words on a card go in a TextRun or a plain field, unescaped.
 */
export function escapeMarkdown(text: string): string {
  const plain = stripBidi(text);
  const loneUnderscore = plain.indexOf('_') === plain.lastIndexOf('_');
  return plain
    .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
    .replace(/_/g, (char, at: number, whole: string) =>
      loneUnderscore && wordCharacter.test(whole[at - 1] ?? '') && wordCharacter.test(whole[at + 1] ?? '')
        ? char
        : `\\${char}`,
    )
    .replace(/[*`~<|]/g, (char) => `\\${char}`)
    .replace(/\](?=[([:])/g, ']\\')
    .replace(/^([ \t]*)([#>+\-=[])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])(?=[ \t]|$)/gm, '$1\\$2');
}

/** A letter or digit in any script: an underscore between two is inside a word. */
const wordCharacter = /^[\p{L}\p{N}]$/u;

/** Markdown as words to be read aloud (a fallback, an image's text alternative): no emphasis marks, no escapes. */
export function plainText(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/\\([\\`*_{}[\]()#+\-.!|<>~:=])/g, '$1');
}
