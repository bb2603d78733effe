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
 * forgiven), upper-cased; undefined for anything else.
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
