import { randomInt } from 'node:crypto';

/**
 * The characters of every code a person types (invitation and continue codes): no 0/O, 1/I/L, so
 * a code read aloud, copied by hand or read off one screen and typed on another comes out the same.
 */
export const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** `length` characters of the alphabet, each drawn from a cryptographic source. */
export function randomCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += codeAlphabet[randomInt(codeAlphabet.length)];
  return code;
}

const shapes = new Map<number, RegExp>();

/**
 * The code in a message that is only a code of `length` characters (spaces, dashes and case
 * forgiven), upper-cased; undefined for anything else. Only its letters: whether the message is
 * written as a code is `writtenAsCode`'s to say.
 */
export function codeShaped(text: string, length: number): string | undefined {
  let shape = shapes.get(length);
  if (!shape) {
    shape = new RegExp(`^[${codeAlphabet}]{${length}}$`);
    shapes.set(length, shape);
  }
  const candidate = text.replace(/[\s-]/g, '').toUpperCase();
  return shape.test(candidate) ? candidate : undefined;
}

/**
 * Whether a message is written the way a code is: split by one space or dash only where the code
 * is shown split (`groups`, [3, 3] for "AB2 CD3"), or one unbroken word, except a number joined
 * to a word in lower case. "3 a week", "4 weeks", "Hey there", "4weeks" and "stage4" are made of
 * the code's letters, but no code is ever shown in their shape: "4WEEKS" in capitals is.
 */
export function writtenAsCode(text: string, groups: readonly number[]): boolean {
  const parts = text.trim().split(/[\s-]/);
  if (parts.length === groups.length && parts.every((part, i) => part.length === groups[i])) return true;
  return parts.length === 1 && (parts[0] === parts[0].toUpperCase() || !numberJoinedToWord(parts[0]));
}

/**
 * A number and a word run together ("4weeks", "2day", "stage4"): how people write, so no code is
 * made in this shape (`mixedCode`), and one typed in lower case is never taken for a code.
 */
function numberJoinedToWord(word: string): boolean {
  return /^(?:\d+\p{L}+|\p{L}+\d+)$/u.test(word);
}

/** A code as it is shown, split into `groups` ("AB2CD3" with [3, 3] is "AB2 CD3"). */
export function shownInGroups(code: string, groups: readonly number[]): string {
  let at = 0;
  return groups
    .map((length) => {
      const part = code.slice(at, at + length);
      at += length;
      return part;
    })
    .join(' ');
}

/**
 * Holds a letter and a digit. Every code made now does, so a word ("better", "daughter") or a
 * number ("123456") typed as an answer is never read as one.
 */
export function lettersAndDigits(code: string): boolean {
  return /\d/.test(code) && /[A-Z]/.test(code);
}

/**
 * A code fit to give out: a letter and a digit (`lettersAndDigits`), mixed rather than a number
 * joined to a word, so the code reads as a code however it is typed back.
 */
export function mixedCode(code: string): boolean {
  return lettersAndDigits(code) && !numberJoinedToWord(code);
}
