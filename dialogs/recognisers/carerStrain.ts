import { z } from 'zod';
import { loadYaml } from '../../content/catalogue';
import { bare } from '../../plan/normalise';

const words = z.array(z.string().min(1));
const strainSchema = z.object({ strain: words, negation: words, clauseStart: words });

interface StrainWords {
  phrases: string[][];
  negation: Set<string>;
  clauseStart: Set<string>;
}

let loaded: StrainWords | undefined;

function lists(): StrainWords {
  if (!loaded) {
    const read = loadYaml('carerStrain.yaml', strainSchema);
    const phrases = read.strain.map((phrase) => bare(phrase).split(' '));
    loaded = { phrases, negation: new Set(read.negation), clauseStart: new Set(read.clauseStart) };
  }
  return loaded;
}

/** Edit distance with a swap of two letters as one slip, stopping once past `most`. */
function slips(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}

/** A phrase's word as typed: exactly, or with one slip from five letters and two from eight. */
function sameWord(typed: string, word: string): boolean {
  if (typed === word) return true;
  const most = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
  return most > 0 && slips(typed, word, most) <= most;
}

/** Whether a word of negation stands before `at`, reading back at most four words and no further than a clause's start. */
function takenBack(words: string[], at: number, lists: StrainWords): boolean {
  for (let back = at - 1; back >= Math.max(0, at - 4); back--) {
    if (lists.negation.has(words[back])) return true;
    if (lists.clauseStart.has(words[back])) return false;
  }
  return false;
}

/**
 * Whether a carer's own words state strain in clear words (`content/carerStrain.yaml`: "at the end
 * of my tether", "can't cope", "burnt out", "not slept in weeks"), not taken back by a word of
 * negation just before (`takenBack`: "I'm not at the end of my tether"). Ordinary tiredness is no
 * strain (H346).
 */
export function statesStrain(text: string): boolean {
  const said = bare(text).split(' ');
  const read = lists();
  return read.phrases.some((phrase) => {
    for (let at = 0; at + phrase.length <= said.length; at++) {
      if (phrase.every((word, i) => sameWord(said[at + i], word)) && !takenBack(said, at, read)) return true;
    }
    return false;
  });
}
