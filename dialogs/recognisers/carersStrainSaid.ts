/**
 * A carer's own strain said at a question about the person ("what matters to her? honestly I'm at
 * the end of my tether", "I'm exhausted and I can't cope" at "What is hard for Jean?"): H441, H488.
 * The strain is read as in the carer's own part (`CarerStrain`, `content/carerStrain.yaml`), and is
 * theirs when the words up to it speak of the writer (`whoseWords`: "I", "I'm", and here "we", the
 * household they are part of: "we can't cope"), or of no one straight after a clause of theirs ("I'm
 * exhausted and can't cope"), or are said in the writer's own form ("nie daję rady", "too much for
 * one person") with no one else before them. So "she can't cope with the stairs", "I'm worried she
 * can't cope", "mum is falling apart" or "can't cope with the stairs", naming no one, stay the
 * person's answer, and "I can't cope since she came home" is the carer's.
 */
import { clauseSpans, maxClauses, whoseWords, type Whose } from '../../safety/whose';
import type { CarerStrain, StrainSaid } from './carerStrain';
import { wordsOf } from './wordSlots';

/** "We" as the writer: the carer speaks for the household they are part of ("we can't cope"). */
const household: Readonly<Record<string, string>> = { we: 'i', weve: 'ive', us: 'me', ourselves: 'myself' };
/** Words before which "were" is "we're", not the verb ("they were"). */
const clauseOpeners = new Set(['and', 'but', 'so', 'honestly', 'just', 'cos', 'because', 'now']);

/** Whom `words` speak of, "we" read as the writer. */
function whoseOfWords(words: readonly string[], person: readonly string[]): Whose {
  const asWriter = words.map((word, i) =>
    word === 'were' && (i === 0 || clauseOpeners.has(words[i - 1])) ? 'im' : (household[word] ?? word),
  );
  return whoseWords(asWriter.join(' '), person);
}

/** Whether strain said in a clause is the writer's: see the module's note. `before`: the clause before was theirs. */
function writersStrain(said: StrainSaid, person: readonly string[], before: boolean): boolean {
  const whose = whoseOfWords(said.words.slice(0, said.end), person);
  return whose === 'writer' || (whose === 'unclear' && (said.own || before));
}

/**
 * The carer's own words in `text` when strain of theirs is said: their clauses, each run of them as
 * said ("I'm exhausted and I can't cope" whole), runs apart joined by "; ", the others left out
 * ("what matters to her?"). A clause holding strain of theirs is theirs whole ("I can't cope since
 * she came home"). Undefined when no strain of theirs is said. `person`: words that name the person
 * being helped, read as someone else.
 */
export function carersStrainWords(text: string, strain: CarerStrain, person: readonly string[]): string | undefined {
  const spans = clauseSpans(text);
  if (spans.length === 0 || spans.length > maxClauses) return undefined;
  const theirs: boolean[] = [];
  let strained = false;
  spans.forEach((span, i) => {
    const before = i > 0 && theirs[i - 1];
    const mine = strain.said(span.text).some((said) => writersStrain(said, person, before));
    const whose = whoseOfWords(wordsOf(span.text), person);
    strained ||= mine;
    // A clause naming no one goes on from the writer's before it ("I'm exhausted and can't cope").
    theirs.push(mine || whose === 'writer' || (whose === 'unclear' && before));
  });
  if (!strained) return undefined;
  const runs: string[] = [];
  spans.forEach((span, i) => {
    if (!theirs[i]) return;
    if (theirs[i - 1]) runs[runs.length - 1] += `${span.before}${span.text}`;
    else runs.push(span.text);
  });
  return runs.map((run) => run.replace(/\s+/gu, ' ').trim()).join('; ');
}
