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
 * A person's text made inert in chat markdown (Web Chat, Teams, an Adaptive Card TextBlock):
 * every character markdown gives meaning to is backslash-escaped, so `[x](https://evil.example)`
 * can never become a link from the bot, whatever the client's markdown dialect, since the
 * `](` a link needs is never left standing.
 */
export function escapeMarkdown(text: string): string {
  return stripBidi(text).replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`);
}

/** Markdown as words to be read aloud (a fallback, an image's text alternative): no emphasis marks, no escapes. */
export function plainText(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}
