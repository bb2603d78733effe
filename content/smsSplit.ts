import { gsm7Length } from './gsm7';

/** The most an SMS from Careprep may carry: two GSM-7 segments. */
export const smsLimit = 320;

function pack(
  pieces: readonly string[],
  joiner: string,
  limit: number,
  smaller: (piece: string) => string[],
): string[] {
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (gsm7Length(piece) > limit) {
      if (current) out.push(current);
      current = '';
      out.push(...smaller(piece));
      continue;
    }
    const joined = current ? `${current}${joiner}${piece}` : piece;
    if (gsm7Length(joined) <= limit) current = joined;
    else {
      out.push(current);
      current = piece;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Splits at spaces, but never between two digits, so "116 123" stays in one text. */
function byWords(text: string, limit: number): string[] {
  const words = text.split(/(?<!\d) | (?!\d)/);
  return pack(words, ' ', limit, (word) => {
    const chunks: string[] = [];
    for (let i = 0; i < word.length; i += limit) chunks.push(word.slice(i, i + limit));
    return chunks;
  });
}

function bySentences(line: string, limit: number): string[] {
  return pack(line.split(/(?<=[.!?])\s+/), ' ', limit, (sentence) => byWords(sentence, limit));
}

/**
 * Splits a text into texts of at most `limit` GSM-7 characters: between lines first, then
 * between sentences, then between words — never inside a phone number. A text that fits is
 * returned as it is.
 */
export function splitSms(text: string, limit = smsLimit): string[] {
  if (gsm7Length(text) <= limit) return [text];
  return pack(text.split('\n'), '\n', limit, (line) => bySentences(line, limit));
}
