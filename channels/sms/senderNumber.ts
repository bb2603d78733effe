/**
 * A phone number in E.164 form: `+`, a country code that does not start with 0, and at most 15
 * digits in all (at least 7: the shortest numbering plans have a 3-digit country code and 4-digit
 * numbers). Twilio sends an SMS's sender (`From`) so; a channel address (`whatsapp:+44…`,
 * `client:alice`) or anything else is not a person texting the service's number (H376).
 */
const e164 = /^\+[1-9][0-9]{6,14}$/;

/** True when `from` is a phone number in E.164 form. */
export function isSenderNumber(from: string): boolean {
  return e164.test(from);
}
