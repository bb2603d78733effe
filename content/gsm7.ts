/** Characters of the GSM 03.38 basic set; anything else forces UCS-2 and halves an SMS. */
const basic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters of the extension table: each costs two septets. */
const extended = '^{}\\[~]|€\f';
const basicSet = new Set(basic);
const extendedSet = new Set(extended);

const replacements: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2013\u2014\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/\u2192/g, '->'],
  [/[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003]/g, ' '],
  [/[\u2022\u00B7]/g, '-'],
  [/\t/g, ' '],
  [/\u200B|\u200C|\u200D|\uFEFF|\uFE0F/g, ''],
];

/**
 * Turns any text into GSM-7-safe text: typographic punctuation becomes its plain form, accents
 * the basic set lacks are dropped to their base letter, and emoji and other symbols disappear.
 */
export function toGsm7(text: string): string {
  // Most texts are plain already: kept as they are, rather than copied a character at a time.
  if (isGsm7(text) && !text.includes('  ')) return text;
  let out = text;
  for (const [pattern, replacement] of replacements) out = out.replace(pattern, replacement);
  out = out.normalize('NFC');
  let result = '';
  for (const char of out) {
    if (basicSet.has(char) || extendedSet.has(char)) {
      result += char;
      continue;
    }
    const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base.length > 0 && [...base].every((c) => basicSet.has(c))) result += base;
  }
  return result.replace(/ {2,}/g, ' ');
}

/** True when every character is in the GSM-7 basic or extension table. */
export function isGsm7(text: string): boolean {
  for (const char of text) if (!basicSet.has(char) && !extendedSet.has(char)) return false;
  return true;
}

/** Length in septets, counting extension characters twice, as the network does. */
export function gsm7Length(text: string): number {
  let length = 0;
  for (const char of text) length += extendedSet.has(char) ? 2 : 1;
  return length;
}
