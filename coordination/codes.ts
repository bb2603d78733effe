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
 * Whether a message is written the way a code is: one unbroken word, or split by one space or
 * dash only where the code is shown split (`groups`, [3, 3] for "AB2 CD3"). "3 a week", "4 weeks"
 * and "Hey there" are made of the code's letters, but no code is ever shown in their shape.
 */
export function writtenAsCode(text: string, groups: readonly number[]): boolean {
  const parts = text.trim().split(/[\s-]/);
  return parts.length === 1 || (parts.length === groups.length && parts.every((part, i) => part.length === groups[i]));
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
