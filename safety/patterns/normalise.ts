/**
 * Text normalisation for crisis detection.
 *
 * People in distress type fast, on phones, in text-speak. Patterns are written once against a
 * single canonical form, so every variant ("I'm", "im", "i’m", "Im") has to collapse to it here
 * rather than being repeated in every pattern.
 */
import { escapeRegExp } from '../../plan/escapeRegExp';
import { createTremorRepair, type TremorWords } from './tremor';

/**
 * Word (or short phrase) → replacement, e.g. `kms` → `kill myself`. Keys are in normalised form,
 * except a key written with an apostrophe (`od'd`): it matches only where the message has one there,
 * read before apostrophes are taken out, so "od'd" is an overdose and "odd" stays odd. Those keys
 * are for the patterns' reading only (`asTyped`): the learned layer reads words as it learned them.
 */
export type NormalisationMap = Readonly<Record<string, string>>;

/** Longest messages we look at; anything beyond is ignored so a paste bomb cannot stall a turn. */
export const maxScannedChars = 20_000;

/** A normaliser built once from a map and reused for every message. */
export type Normaliser = (text: string) => string;

/** Every way an apostrophe is typed; canonicalise takes them all out. */
const apostrophes = `'‘’‛ʼ\`´`;

/**
 * The keys that must be typed with their apostrophe (`od'd`), replaced in the lower-cased message
 * before canonicalise takes apostrophes out; the map's other keys then read what they put there.
 */
function apostropheKeys(map: NormalisationMap): (text: string) => string {
  const keyed = Object.entries(map).filter(([key]) => key.includes("'"));
  if (keyed.length === 0) return (text) => text;
  const values = new Map(keyed.map(([key, value]) => [key.toLowerCase(), value.toLowerCase()]));
  const sources = keyed
    .map(([key]) => key.toLowerCase())
    .sort((a, b) => b.length - a.length)
    .map((key) => key.split("'").map(escapeRegExp).join(`[${apostrophes}]`));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const apostrophe = new RegExp(`[${apostrophes}]`, 'gu');
  return (text) => text.replace(pattern, (match) => values.get(match.replace(apostrophe, "'")) ?? match);
}

/**
 * Basic clean-up shared by the map keys and the message, so a key such as `im` in the map
 * matches the message however it was typed ("I'm", "i’m", "Im").
 */
function canonicalise(text: string): string {
  return (
    text
      .toLowerCase()
      // Soft hyphens and zero-width (non-)joiners sit inside a word: taken out, "sui\u00ADcide"
      // reads as "suicide" rather than "sui cide". Zero-width spaces and word joiners separate
      // words, and become spaces below with the other symbols.
      .replace(/[\u00AD\u200C\u200D]/g, '')
      // Curly and modifier apostrophes are removed with the straight one: "I’m" → "im".
      .replace(/['‘’‛ʼ`´"“”„]/g, '')
      // Laughing emoji would be stripped below with the other symbols, but they are how a joke
      // ("I could throttle him 😂") is marked, so they become a word the patterns can see.
      .replace(/[\u{1F602}\u{1F923}\u{1F606}\u{1F639}]/gu, ' haha ')
      // Hyphens and dashes separate words ("self-harm" → "self harm", "3 — my chest").
      .replace(/[-‐‑‒–—―_]/g, ' ')
      // Characters that carry no meaning here become spaces; keep sentence punctuation and
      // digits so "2.1" and "5 minutes" survive.
      .replace(/[^\p{L}\p{N}\s.,!?;:/]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Builds a normaliser for a map. Replacements apply on word boundaries only ("2" in "2.1" or
 * "2/10" is a number, not "to"), in a single pass so a replacement is never re-expanded. `asTyped`
 * (the patterns' reading) also mends tremor-typed words (`tremor`, H498).
 */
export function createNormaliser(
  map: NormalisationMap,
  { asTyped = false, tremor }: { asTyped?: boolean; tremor?: TremorWords } = {},
): Normaliser {
  const typedWithApostrophe = asTyped ? apostropheKeys(map) : (text: string) => text;
  // Tremor-typed words are mended for the patterns' reading only, before the map expands them.
  const mended = asTyped ? createTremorRepair(tremor) : (text: string) => text;
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(map)) {
    if (key.includes("'")) continue;
    const k = canonicalise(key);
    if (k.length > 0) entries.set(k, value.toLowerCase());
  }
  const keys = [...entries.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Lookarounds keep numbers and dotted tokens intact: "2.1", "500mg", "2/10".
  const pattern =
    keys.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}./])(?:${keys.join('|')})(?![\\p{L}\\p{N}/]|\\.\\p{N})`, 'gu')
      : null;

  return (text: string): string => {
    const clean = mended(canonicalise(typedWithApostrophe(text.slice(0, maxScannedChars).toLowerCase())));
    if (pattern === null) return clean;
    return clean.replace(pattern, (match) => entries.get(match) ?? match);
  };
}
