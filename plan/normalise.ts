/** Lower case, straight quotes, no punctuation except apostrophes, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[^\p{L}\p{N}'?\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `normalise` and then without apostrophes, so "don't" and "dont" match alike. */
export function bare(text: string): string {
  return normalise(text).replace(/'/g, '');
}
