/**
 * A carer's own strain said at a question about the person ("what matters to her? honestly I'm at
 * the end of my tether", "I'm exhausted and I can't cope" at "What is hard for Jean?"): H441. The
 * strain is read as in the carer's own part (`CarerStrain`, `content/carerStrain.yaml`), and only in
 * a clause that is the writer's (`whoseWords`: "I", "I'm"), or names no one straight after one that
 * is ("I'm exhausted and can't cope"), so "she can't cope with the stairs",
 * "mum is falling apart" or "can't cope with the stairs", naming no one, stay the person's answer.
 */
import { clauseSpans, maxClauses, whoseWords } from '../../safety/whose';
import type { CarerStrain } from './carerStrain';

/**
 * The carer's own words in `text` when a clause of theirs states strain: their clauses, each run of
 * them as said ("I'm exhausted and I can't cope" whole), runs apart joined by "; ", the others left
 * out ("what matters to her?"). Undefined when no clause of theirs states strain. `person`: words
 * that name the person being helped, read as someone else.
 */
export function carersStrainWords(text: string, strain: CarerStrain, person: readonly string[]): string | undefined {
  const spans = clauseSpans(text);
  if (spans.length === 0 || spans.length > maxClauses) return undefined;
  // A clause naming no one goes on from the writer's before it ("I'm exhausted and can't cope").
  const theirs: boolean[] = [];
  spans.forEach((span, i) => {
    const whose = whoseWords(span.text, person);
    theirs.push(whose === 'writer' || (whose === 'unclear' && i > 0 && theirs[i - 1]));
  });
  if (!spans.some((span, i) => theirs[i] && strain.states(span.text))) return undefined;
  const runs: string[] = [];
  spans.forEach((span, i) => {
    if (!theirs[i]) return;
    if (theirs[i - 1]) runs[runs.length - 1] += `${span.before}${span.text}`;
    else runs.push(span.text);
  });
  return runs.map((run) => run.replace(/\s+/gu, ' ').trim()).join('; ');
}
