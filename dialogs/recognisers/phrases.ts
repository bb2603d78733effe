import { z } from 'zod';
import { loadYaml } from '../../content/catalogue';
import { bare } from '../../plan/normalise';

const list = z.array(z.string().min(1));
export const phrasesSchema = z.strictObject({
  commands: z.strictObject({
    help: list,
    back: list,
    skip: list,
    pause: list,
    restart: list,
    change: list,
    showPlan: list,
    showData: list,
    /** Turns off the person's own-copy link. */
    stopLink: list,
    /** Asks for a short code that joins another channel to the person's record. */
    continueElsewhere: list,
    /**
     * A phone or chat that reaches the record is not theirs ("not my phone", "that was not me"):
     * the invitation's mobile and whatever joined from elsewhere no longer reach it.
     */
    notMyPhone: list,
    /**
     * Take a shared plan back from the lead contact ("withdraw consent", "I don't want my nurse to
     * see this"), keeping the answers; before sharing, keep something from them.
     */
    withdrawSharing: list,
    deleteData: list,
  }),
  keep: list,
  /** At a test result: no more results are wanted before the appointment. */
  stopResults: list,
  /** At a test result: skip every result still to come. */
  skipResults: list,
  /** At a test result: worry about it ("should I be worried?"). */
  worried: list,
  notSure: list,
  greeting: list,
  /** Words said before a name ("I'm", "her name is", "call me"): never part of the name. */
  nameIntro: list,
  /** Replies that name nothing ("hmm", "cool"), never kept as words for a list. */
  chatter: list,
  /** Thanks ("thanks", "cheers"): never an answer to any question, which is asked again. */
  thanks: list,
  /**
   * A yes that only agrees ("ok", "fine"): a yes to an offer or a request, but no yes to whether
   * something has troubled someone, and no answer in words except to how someone is.
   */
  agree: list,
  filler: list,
  nothingMore: list,
  none: list,
  /** Every option of a list whose options all start ticked ("all", "send it all"). */
  all: list,
  yes: list,
  no: list,
  /** A clear "I'm safe" to "are you safe right now?": only these carry on after a crisis reply. */
  safe: list,
  /** A clear "no" to a check-in ("are you having thoughts of ending your life?"). */
  clearNo: list,
});
export type PhraseLists = z.infer<typeof phrasesSchema>;
export type CommandName = keyof PhraseLists['commands'];

/** The lists matched against a whole message (all but the commands). */
export type PhraseList = Exclude<keyof PhraseLists, 'commands'>;

/** The phrase lists as sets of bare forms, for whole-message matching. */
export interface Phrases {
  command(text: string): CommandName | null;
  is(list: PhraseList, text: string): boolean;
}

/** Builds matchers from phrase lists (by default, content/phrases.yaml). */
export function createPhrases(lists: PhraseLists = loadYaml('phrases.yaml', phrasesSchema)): Phrases {
  const toSet = (items: readonly string[]): Set<string> => new Set(items.map((item) => bare(item) || item.trim()));
  const names: readonly CommandName[] = [
    'help',
    'back',
    'skip',
    'pause',
    'restart',
    'change',
    'showPlan',
    'showData',
    'stopLink',
    'continueElsewhere',
    'notMyPhone',
    'withdrawSharing',
    'deleteData',
  ];
  const commands = names.map((name) => [name, toSet(lists.commands[name])] as const);
  const sets: Record<PhraseList, Set<string>> = {
    keep: toSet(lists.keep),
    stopResults: toSet(lists.stopResults),
    skipResults: toSet(lists.skipResults),
    worried: toSet(lists.worried),
    notSure: toSet(lists.notSure),
    greeting: toSet(lists.greeting),
    nameIntro: toSet(lists.nameIntro),
    chatter: toSet(lists.chatter),
    thanks: toSet(lists.thanks),
    agree: toSet(lists.agree),
    filler: toSet(lists.filler),
    nothingMore: toSet(lists.nothingMore),
    none: toSet(lists.none),
    all: toSet(lists.all),
    yes: toSet(lists.yes),
    no: toSet(lists.no),
    safe: toSet(lists.safe),
    clearNo: toSet(lists.clearNo),
  };
  const key = (text: string): string => bare(text) || text.trim();
  return {
    command(text) {
      // "what?" and "help?" are asked as questions: the mark says nothing more ("?" alone is help).
      const k = key(text).replace(/\s*\?+$/, '') || key(text);
      for (const [name, set] of commands) if (set.has(k)) return name;
      return null;
    },
    is: (name, text) => sets[name].has(key(text)),
  };
}
