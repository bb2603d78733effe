import { loadYaml } from '../../content/catalogue';
import { bare } from '../../plan/normalise';
import { remembered } from '../../plan/remembered';
import { phraseStarts } from './phraseStarts';
import { phraseAround } from './phraseAround';
import { phrasesSchema, wholeMessageLists, type CommandName, type PhraseList, type PhraseLists } from './phraseLists';
import { peopleNamed, whoSeesAsked } from './whoSeesAsked';
import { createRequestReading, type RequestReading } from './requestReading';
import { notToSee } from './notToSee';
import { numbersAlone, type NumbersAlone } from './numbersAlone';
import { spelledAs } from './spelling';

/** The phrase lists as sets of bare forms, for whole-message matching. */
export interface Phrases {
  command(text: string): CommandName | null;
  is(list: PhraseList, text: string): boolean;
  /** Whether a phrase of `list` sits anywhere in `text` as whole words ("not now" in "yes but not now"). */
  within(list: PhraseList, text: string): boolean;
  /** Whether `text` is a phrase of `list` with the journey's spelling tolerance ("delet" for delete, `spelledAs`). */
  spelledLike(list: PhraseList, text: string): boolean;
  /** Whether a phrase of `first` is followed straight by one of `then`, anywhere in `text` ("tired myself"). */
  followedBy(first: PhraseList, then: PhraseList, text: string): boolean;
  /** The people named in `text` ("my nurse", "Dr Patel"): each place's readings of their name (see `whoSeesAsked.ts`). */
  peopleNamed(text: string): string[][][];
  /** Requests to Careprep said in a sentence of their own, past the command lists (`requestReading.ts`). */
  readonly requests: RequestReading;
  /** A number alone, or numbers alone, where none is asked for ("1", "option 1", "1, 4"). */
  readonly numbers: NumbersAlone;
  /** Asking to send the plan after all ("actually yes send it"), with the words that may stand around it. */
  sharesAfterAll(text: string): boolean;
}

/** Builds matchers from phrase lists (by default, content/phrases.yaml). */
export function createPhrases(lists: PhraseLists = loadYaml('phrases.yaml', phrasesSchema)): Phrases {
  const toSet = (items: readonly string[]): Set<string> => new Set(items.map((item) => bare(item) || item.trim()));
  const names = [
    'help',
    'back',
    'removeAnswer',
    'skip',
    'pause',
    'restart',
    'change',
    'showPlan',
    'whoSees',
    'whoIsLead',
    'sendElsewhere',
    'sendToTeam',
    'showData',
    'savedAsk',
    'whereAmI',
    'carryOn',
    'appointment',
    'whoAnswers',
    'toAPerson',
    'whatFor',
    'howFar',
    'stopLink',
    'stopTexting',
    'continueElsewhere',
    'notMyPhone',
    'withdrawSharing',
    'showResults',
    'stopResults',
    'deleteData',
  ] as const satisfies readonly CommandName[];
  // A command added to `commandsSchema` but not above would never be read: a type error here (review 29).
  const everyCommandRead: Record<Exclude<CommandName, (typeof names)[number]>, never> = {};
  void everyCommandRead;
  const commands = names.map((name) => [name, toSet(lists.commands[name])] as const);
  // Taking a plan back is often said in a sentence ("please stop sharing my plan with the doctor").
  // So is not wanting whom it went to to see it, by name or as "them" ("I don't want Dr Patel to see it").
  const withdrawSet = toSet(lists.commands.withdrawSharing);
  const notSeeing = notToSee(lists.withdrawAround);
  const withdrawIn = phraseAround({ has: (said) => withdrawSet.has(said) || notSeeing(said) }, lists.withdrawAround);
  // Asking who sees the answers is often said in words of its own ("can my daughter see this?").
  const whoSeesIn = whoSeesAsked(lists.whoSeesAsked);
  const sendIn = whoSeesAsked(lists.whoSeesAsked, lists.whoSeesAsked.sendForms);
  const sendTeamIn = whoSeesAsked(lists.whoSeesAsked, lists.whoSeesAsked.sendTeamForms);
  const afterAll = phraseAround(toSet(lists.shareAfterAll), lists.withdrawAround);
  const named = peopleNamed(lists.whoSeesAsked);
  // Every list matched against a whole message, by its name in the schema: a list added there is here.
  const sets = Object.fromEntries(wholeMessageLists.map((name) => [name, toSet(lists[name])])) as Record<
    PhraseList,
    Set<string>
  >;
  // The command's short words ("stop results") are a choice not to go through them at a result too.
  sets.stopResults = toSet([...lists.stopResults, ...lists.commands.stopResults]);
  // For each list, where its phrases start (`phraseStarts`): `within` joins only runs that could be one.
  const startsBySet = new Map(Object.values(sets).map((set) => [set, phraseStarts(set)]));
  const key = (text: string): string => bare(text) || text.trim();
  return {
    // Remembered: a turn asks of one message whether it is a command several times over.
    command: remembered((text) => {
      // "what?" and "help?" are asked as questions: the mark says nothing more ("?" alone is help).
      const k = key(text).replace(/\s*\?+$/, '') || key(text);
      for (const [name, set] of commands) if (set.has(k)) return name;
      if (withdrawIn(k)) return 'withdrawSharing';
      if (sendIn(k)) return 'sendElsewhere';
      if (sendTeamIn(k)) return 'sendToTeam';
      return whoSeesIn(k) ? 'whoSees' : null;
    }),
    is: (name, text) => sets[name].has(key(text)),
    within: (name, text) => anyRun(sets[name], key(text).split(' ')),
    spelledLike(name, text) {
      const said = key(text);
      for (const phrase of sets[name]) if (spelledAs(said, phrase)) return true;
      return false;
    },
    followedBy(first, then, text) {
      const words = key(text).split(' ');
      return anyRun(sets[first], words, (end) => anyRun(sets[then], words, undefined, end));
    },
    peopleNamed: named,
    sharesAfterAll: (text) => afterAll(key(text)),
    requests: createRequestReading(lists.requests, lists.greeting),
    numbers: numbersAlone(lists.numberAlone),
  };

  /**
   * Whether a run of `words` is a phrase of `set` after which `then` (given where it ends) holds:
   * runs from any word, or only from `only`.
   */
  function anyRun(set: Set<string>, words: readonly string[], then = (_end: number) => true, only?: number): boolean {
    const starts = startsBySet.get(set);
    const last = only === undefined ? words.length : Math.min(words.length, only + 1);
    for (let start = only ?? 0; start < last; start++) {
      const longest = starts?.get(words[start]) ?? 0;
      for (let end = start + 1; end <= Math.min(words.length, start + longest); end++) {
        if (set.has(words.slice(start, end).join(' ')) && then(end)) return true;
      }
    }
    return false;
  }
}
