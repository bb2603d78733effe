/**
 * A reply that answers a yes/no question in the question's own terms, said of the person it asks
 * about: "he's been down", "I've lost interest in everything" to "have you often been bothered by
 * feeling down… / by little interest…?". People answer so as often as with a yes, and the yes/no
 * reader found no yes in it (or, in "he has no interest in anything", a no).
 *
 * Read only where it is safe to: every clause that says more than a key word must say nothing the
 * reader would take for a yes, a no or doubt, and a turn ("but he's fine now") or a question is
 * never read. A key word is turned round by one word that denies it before it ("I haven't been
 * down", "he's not interested"), and only with no word but subject and linking words between
 * (`ownTermsBetween`); more than one, or one after it ("enjoys nothing"), is too uncertain to read. A hedge or a doubt in it ("a bit down", "I don't think he's been low") is a
 * hedge, read by the question's hedge rule (H37). It must be said of the person asked about: the
 * writer for a person answering, someone else (or no one named) for a carer; "I've been low" from a
 * carer is theirs, not the person's, and is not read.
 */
import { bare } from '../../plan/normalise';
import { clauseSpans, maxClauses, whoseWords, type ClauseSpan, type Whose } from '../../safety/whose';
import type { Phrases } from './phrases';
import { recogniseYesNo } from './yesNo';

/** The words of what a question asks about: said of the person, `yes` words answer yes and `no` words no. */
export interface KeyWords {
  yes: readonly string[];
  no: readonly string[];
}

/** What a reply in the question's own terms comes to. */
export type OwnTermsAnswer = 'yes' | 'no' | 'hedged';

/** The longest key phrase, in words: no longer runs are looked at. */
const longestKey = 4;

/** A key phrase found in a clause: whether it says yes, and where it stands among the clause's words. */
interface Found {
  yes: boolean;
  start: number;
  end: number;
}

/**
 * The answer `text` gives in the question's own terms (`keyWords`), or undefined when it gives
 * none the rules above let us read. `about` is whom the question asks about, as `safety/whose`
 * reads a subject ('writer' for a person answering, 'someoneElse' for a carer), and `person` the
 * words a carer names them by.
 */
export function answerInOwnTerms(
  text: string,
  keyWords: KeyWords,
  phrases: Phrases,
  about: Exclude<Whose, 'unclear'>,
  person: readonly string[],
): OwnTermsAnswer | undefined {
  if (text.includes('?')) return undefined;
  if (phrases.within('ownTermsTurn', text)) return contrasted(text, keyWords, phrases, about, person);
  const spans = degreeJoined(clauseSpans(text), phrases);
  if (spans.length === 0 || spans.length > maxClauses) return undefined;
  const yes = new Set(keyWords.yes.map(bare));
  const no = new Set(keyWords.no.map(bare));
  let said: boolean | undefined;
  let before: string[] = [];
  for (const span of spans) {
    const words = bare(span.text).split(' ');
    const found = keyIn(words, yes, no, phrases);
    if (found === undefined) {
      if (saysMore(span.text, phrases)) return undefined;
      before = [...before, ...words];
      continue;
    }
    // Whom the key word is said of: the last subject up to it, from the clauses before too. A word
    // of degree straight before it (`ownTermsDegree`) is no thing it is said of (H84).
    const upTo = [...before, ...words.slice(0, found.start)];
    const whose = whoseWords([...upTo, ...words.slice(found.start, found.end)].join(' '), person);
    const things = phrases.is('ownTermsDegree', upTo.at(-1) ?? '') ? upTo.slice(0, -1) : upTo;
    if (whose === 'unclear' ? things.some((word) => phrases.is('ownTermsThing', word)) : whose !== about)
      return undefined;
    const lead = words.slice(0, found.start);
    const denials = lead.filter((word) => phrases.is('ownTermsDenial', word)).length;
    const after = words.slice(found.end).join(' ');
    if (denials > 1 || phrases.within('ownTermsDenialAfter', after)) return undefined;
    // A denial before a word of degree says the key word more than ever (H61) or than in a span of
    // time (`ownTermsSince`, H84); a measure after it (`ownTermsDegreeAfter`) leaves it unread.
    const comparative = phrases.is('ownTermsComparative', words.slice(found.start, found.end).join(' '));
    const moreThanEver =
      denials === 1 &&
      (saysMoreThanEver(lead, phrases, comparative) || saysMoreThanSince(lead, after, phrases, comparative));
    if (moreThanEver && phrases.is('ownTermsDegreeAfter', words[found.end] ?? '')) return undefined;
    // A comparative (`ownTermsComparative`) with neither compares with what is not said: unread (H84).
    if (comparative && !moreThanEver) return undefined;
    // Doubt makes it a hedge whatever the denial denies ("I don't think I've been down").
    if (denials === 1 && !moreThanEver && !deniesKey(lead, phrases) && !doubtful(text, phrases)) return undefined;
    const value = denials === 0 || moreThanEver ? found.yes : !found.yes;
    if (said !== undefined && said !== value) return undefined;
    said = value;
    before = [...before, ...words];
  }
  if (said === undefined) return undefined;
  if (doubtful(text, phrases)) return 'hedged';
  return said ? 'yes' : plainNo(text, yes, no, phrases) ? 'no' : undefined;
}

/**
 * A reply with a turn in it (`ownTermsContrast`) read in two halves: a yes to one thing the
 * question asks about beside a plain no to another is a yes, as the question asks about any of
 * them (H61). Any other turn (a yes taken back), or a second one, leaves it unread.
 */
function contrasted(
  text: string,
  keyWords: KeyWords,
  phrases: Phrases,
  about: Exclude<Whose, 'unclear'>,
  person: readonly string[],
): OwnTermsAnswer | undefined {
  const words = bare(text).split(' ');
  const at = words.findIndex((word) => phrases.is('ownTermsContrast', word));
  if (at <= 0 || at === words.length - 1) return undefined;
  const halves = [words.slice(0, at), words.slice(at + 1)].map((half) =>
    answerInOwnTerms(half.join(' '), keyWords, phrases, about, person),
  );
  return halves.includes('yes') && halves.includes('no') ? 'yes' : undefined;
}

/**
 * Clauses as `clauseSpans` divides them, joined again where the break is a word of degree: the
 * "so" in "I've never felt so low" says how low, and joins no clauses (H61).
 */
function degreeJoined(spans: readonly ClauseSpan[], phrases: Phrases): ClauseSpan[] {
  const joined: ClauseSpan[] = [];
  for (const span of spans) {
    const last = joined.at(-1);
    if (last && phrases.is('ownTermsDegree', span.before)) {
      joined[joined.length - 1] = { ...last, text: `${last.text}${span.before}${span.text}`, end: span.end };
    } else {
      joined.push(span);
    }
  }
  return joined;
}

/**
 * Whether the one denying word in `lead` (the words before a key word) says the key word more than
 * ever: an `ownTermsEver` word, only subject and linking words, then a word of degree straight before
 * the key word ("I've never felt so low", "never been this down", "never been more depressed"), or
 * none before a key word that holds its own degree (`ownTermsComparative`, H84).
 */
function saysMoreThanEver(lead: readonly string[], phrases: Phrases, comparative: boolean): boolean {
  const at = lead.findIndex((word) => phrases.is('ownTermsDenial', word));
  return phrases.is('ownTermsEver', lead[at]) && degreeBefore(lead, at, phrases, comparative);
}

/**
 * Whether a denial in `lead`, a word of degree (or a comparative key word) and then, as all that
 * follows the key word, a span of time (`ownTermsSince`) say it more than in that long (H84). A
 * time that names no span ("lately") says less, and is not one.
 */
function saysMoreThanSince(lead: readonly string[], after: string, phrases: Phrases, comparative: boolean): boolean {
  const at = lead.findIndex((word) => phrases.is('ownTermsDenial', word));
  return phrases.is('ownTermsSince', after) && degreeBefore(lead, at, phrases, comparative);
}

/** Only subject and linking words after the denial at `at`, then a word of degree, unless the key word holds its own. */
function degreeBefore(lead: readonly string[], at: number, phrases: Phrases, comparative: boolean): boolean {
  const degree = comparative ? lead.length : lead.length - 1;
  return (
    degree > at &&
    (comparative || phrases.is('ownTermsDegree', lead[degree])) &&
    lead.slice(at + 1, degree).every((word) => phrases.is('ownTermsBetween', word))
  );
}

/**
 * Whether `text` says no and nothing else: each word a denying word, a key word, or a subject,
 * linking or object word (`ownTermsBetween`): "I haven't been down", "he hasn't lost interest in
 * things". A no read from anything more could hide a low mood: "I'm not depressed, just really
 * sad", "I've stopped enjoying things" (a key word that answers no, said with other words).
 */
function plainNo(text: string, yes: ReadonlySet<string>, no: ReadonlySet<string>, phrases: Phrases): boolean {
  const keys = new Set([...yes, ...no].flatMap((phrase) => phrase.split(' ')));
  return bare(text)
    .split(' ')
    .filter(Boolean)
    .every(
      (word) =>
        keys.has(word) ||
        phrases.is('ownTermsDenial', word) ||
        phrases.is('ownTermsBetween', word) ||
        phrases.is('ownTermsDegree', word),
    );
}

/**
 * Whether the one denying word in `lead` (the words before a key word) denies the key word itself:
 * only subject and linking words stand between them ("I haven't been down", "he's not felt low").
 * Any other word means it denies something else, and a no read from it could hide a low mood:
 * "can't stop feeling down", "no one knows how down I've been", "never been so down".
 */
function deniesKey(lead: readonly string[], phrases: Phrases): boolean {
  const at = lead.findIndex((word) => phrases.is('ownTermsDenial', word));
  return lead.slice(at + 1).every((word) => phrases.is('ownTermsBetween', word));
}

/**
 * The first key phrase in `words`, the longest where several start at one word; never a word of
 * place after it ("down the road", "low on energy").
 */
function keyIn(
  words: readonly string[],
  yes: ReadonlySet<string>,
  no: ReadonlySet<string>,
  phrases: Phrases,
): Found | undefined {
  for (let start = 0; start < words.length; start++) {
    for (let end = Math.min(words.length, start + longestKey); end > start; end--) {
      const phrase = words.slice(start, end).join(' ');
      if (!yes.has(phrase) && !no.has(phrase)) continue;
      if (end < words.length && phrases.is('ownTermsNotBefore', words[end])) break;
      return { yes: yes.has(phrase), start, end };
    }
  }
  return undefined;
}

/** A hedge or doubt anywhere in `text` ("a bit down", "up and down", "I don't think he's been low"). */
function doubtful(text: string, phrases: Phrases): boolean {
  return phrases.within('hedge', text) || phrases.within('ownTermsDoubt', text);
}

/**
 * Whether a clause with no key word in it says something else that bears on the answer: a no, a
 * word that denies, or anything the yes/no reader finds unclear ("he has been down, not really").
 * A hedge alone ("she's been down, a bit") makes the answer a hedge, and a yes agrees.
 */
function saysMore(clause: string, phrases: Phrases): boolean {
  if (phrases.is('hedge', clause) || phrases.is('ownTermsDoubt', clause)) return false;
  if (
    bare(clause)
      .split(' ')
      .some((word) => phrases.is('ownTermsDenial', word))
  )
    return true;
  const read = recogniseYesNo(clause, phrases, 'en-GB', { asksWhatHappened: true });
  return read.ok ? !read.value : read.code !== 'not_understood';
}
