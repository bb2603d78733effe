/** What a carrier-standard keyword asks for. */
export type SmsKeyword = 'stop' | 'start' | 'help';

// The keywords Twilio and UK/US carriers treat as opt-out, opt-in and help. They count only as
// the whole message, so "I can't stop worrying" is an answer, not an opt-out.
const keywords: ReadonlyMap<string, SmsKeyword> = new Map([
  ['stop', 'stop'],
  ['stopall', 'stop'],
  ['unsubscribe', 'stop'],
  ['cancel', 'stop'],
  ['end', 'stop'],
  ['quit', 'stop'],
  ['start', 'start'],
  ['unstop', 'start'],
  ['help', 'help'],
  ['info', 'help'],
]);

/**
 * The keyword a text is, if it is one: case and surrounding spaces or punctuation do not matter
 * ("Stop.", " STOP "), anything more does.
 */
export function smsKeyword(body: string): SmsKeyword | undefined {
  const word = body
    .trim()
    .toLowerCase()
    .replace(/^[^a-z]+|[^a-z]+$/g, '');
  return keywords.get(word);
}
