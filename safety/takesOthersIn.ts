/**
 * Whether words of ending one's own life take someone else in: "end it for both of us", "take him
 * with me", "we could both go together". Read only where the screen found thoughts of suicide or
 * self-harm: there, someone else is in danger too (a carer who would end it for them both puts the
 * person cared for at risk), and harm to others is flagged beside it (H128). A plain "both of us"
 * elsewhere in the words ("both of us are tired") takes no one in.
 */
const takenIn: readonly RegExp[] = [
  // "end it for both of us", "finish things for the two of us", "end it all with us both"
  /\b(?:end|ending|finish|finishing|stop|stopping)\s+(?:it|things|everything|this|it all)\s+(?:all\s+)?(?:for|with)\s+(?:both of us|the (?:two|both|pair) of us|us (?:both|two|all)|all of us|the family|the kids|us)\b/u,
  // "take him with me", "taking the kids with me"
  /\b(?:take|taking|took|bring|bringing)\s+(?:him|her|them|you|the kids|the children|\w+)\s+with\s+(?:me|us)\b/u,
  // "we could both go together", "die together", "end it together"
  /\b(?:die|dying|go|going|went|gone|end it|end things|leave|leaving)\s+together\b/u,
  // "kill us both", "kill the two of us", "kill ourselves"
  /\bkill\s+(?:us|us both|both of us|the (?:two|both) of us|ourselves|all of us)\b/u,
];

/** Lower case, apostrophes and marks gone, single spaces. */
function plain(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['\u2018\u2019`]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `text`, read as thoughts of ending one's own life, takes someone else in. */
export function takesOthersIn(text: string): boolean {
  const words = plain(text);
  return takenIn.some((pattern) => pattern.test(words));
}
