/** Syllables in an English word, by the usual vowel-group heuristic (good enough to rank text). */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Flesch–Kincaid grade level of a text. UK reading age is roughly grade + 5. */
export function fleschKincaidGrade(text: string): number {
  const plain = text
    // Each branch of an {{#if}} is read as its own sentence; a value reads as a short name.
    .replace(/\{\{(?:#|\/|else)[^}]*\}\}/g, '. ')
    .replace(/\{\{[^}]*\}\}/g, 'Jean')
    .replace(/[*_#`>]/g, '')
    .replace(/\b\d+(?:[.,:/]\d+)*\b/g, 'ten');
  const sentences = Math.max(1, (plain.match(/[.!?]+(\s|$)/g) ?? []).length);
  const words = plain.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  if (words.length === 0) return 0;
  const syllableCount = words.reduce((sum, w) => sum + syllables(w), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllableCount / words.length) - 15.59;
}
