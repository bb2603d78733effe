import { loadYaml } from '../../content/catalogue';
import { bare } from '../../plan/normalise';
import { remembered } from '../../plan/remembered';
import { phraseStarts } from './phraseStarts';
import { phraseAround } from './phraseAround';
import { phrasesSchema, type CommandName, type PhraseList, type PhraseLists } from './phraseLists';
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
  const names: readonly CommandName[] = [
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
  ];
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
  const sets: Record<PhraseList, Set<string>> = {
    keep: toSet(lists.keep),
    // The command's short words ("stop results") are a choice not to go through them at a result too.
    stopResults: toSet([...lists.stopResults, ...lists.commands.stopResults]),
    skipResults: toSet(lists.skipResults),
    worried: toSet(lists.worried),
    worryWords: toSet(lists.worryWords),
    notWorried: toSet(lists.notWorried),
    resultMeaningBefore: toSet(lists.resultMeaningBefore),
    resultMeaningAfter: toSet(lists.resultMeaningAfter),
    owner: toSet(lists.owner),
    thisResult: toSet(lists.thisResult),
    pressureNamed: toSet(lists.pressureNamed),
    pressureJoin: toSet(lists.pressureJoin),
    fearAsk: toSet(lists.fearAsk),
    fearOutcome: toSet(lists.fearOutcome),
    notSure: toSet(lists.notSure),
    hedge: toSet(lists.hedge),
    hedgeWhole: toSet(lists.hedgeWhole),
    feelingLow: toSet(lists.feelingLow),
    feelingLowAround: toSet(lists.feelingLowAround),
    notSafe: toSet(lists.notSafe),
    notSafeSaid: toSet(lists.notSafeSaid),
    notSafeSaidOwn: toSet(lists.notSafeSaidOwn),
    greeting: toSet(lists.greeting),
    nameIntro: toSet(lists.nameIntro),
    nameOutro: toSet(lists.nameOutro),
    nameLink: toSet(lists.nameLink),
    clauseOpening: toSet(lists.clauseOpening),
    carerOf: toSet(lists.carerOf),
    ofThePerson: toSet(lists.ofThePerson),
    codeIntro: toSet(lists.codeIntro),
    anotherGoal: toSet(lists.anotherGoal),
    askedBack: toSet(lists.askedBack),
    helpAsk: toSet(lists.helpAsk),
    helpAskMeaning: toSet(lists.helpAskMeaning),
    helpAskMeaningEnd: toSet(lists.helpAskMeaningEnd),
    helpNotUnderstood: toSet(lists.helpNotUnderstood),
    helpAskWhole: toSet(lists.helpAskWhole),
    chatter: toSet(lists.chatter),
    nameDenied: toSet(lists.nameDenied),
    nameExcept: toSet(lists.nameExcept),
    thanks: toSet(lists.thanks),
    agree: toSet(lists.agree),
    decline: toSet(lists.decline),
    notOk: toSet(lists.notOk),
    filler: toSet(lists.filler),
    pickLead: toSet(lists.pickLead),
    nothingMore: toSet(lists.nothingMore),
    noneToGive: toSet(lists.noneToGive),
    none: toSet(lists.none),
    all: toSet(lists.all),
    every: toSet(lists.every),
    both: toSet(lists.both),
    scoreAfter: toSet(lists.scoreAfter),
    leaveOut: toSet(lists.leaveOut),
    rangeTo: toSet(lists.rangeTo),
    yes: toSet(lists.yes),
    no: toSet(lists.no),
    frequent: toSet(lists.frequent),
    seldom: toSet(lists.seldom),
    otherScale: toSet(lists.otherScale),
    newAnswerLink: toSet(lists.newAnswerLink),
    newAnswerSubject: toSet(lists.newAnswerSubject),
    removeLead: toSet(lists.removeLead),
    removeWhat: toSet(lists.removeWhat),
    takenBackLink: toSet(lists.takenBackLink),
    takenBack: toSet(lists.takenBack),
    introLead: toSet(lists.introLead),
    introAfter: toSet(lists.introAfter),
    appointmentTalk: toSet(lists.appointmentTalk),
    appointmentWhen: toSet(lists.appointmentWhen),
    barrierLead: toSet(lists.barrierLead),
    willDoLead: toSet(lists.willDoLead),
    willDoHard: toSet(lists.willDoHard),
    tryLead: toSet(lists.tryLead),
    tryOnly: toSet(lists.tryOnly),
    refusal: toSet(lists.refusal),
    meantLead: toSet(lists.meantLead),
    changeVerb: toSet(lists.changeVerb),
    changeAfter: toSet(lists.changeAfter),
    answerNamed: toSet(lists.answerNamed),
    lookingVerb: toSet(lists.lookingVerb),
    removeVerb: toSet(lists.removeVerb),
    addGoal: toSet(lists.addGoal),
    earlierThat: toSet(lists.earlierThat),
    meantSaid: toSet(lists.meantSaid),
    meantSorry: toSet(lists.meantSorry),
    earlierQuestion: toSet(lists.earlierQuestion),
    earlierAnswer: toSet(lists.earlierAnswer),
    earlierAnswerLink: toSet(lists.earlierAnswerLink),
    firstQuestion: toSet(lists.firstQuestion),
    secondQuestion: toSet(lists.secondQuestion),
    placeTie: toSet(lists.placeTie),
    noProblem: toSet(lists.noProblem),
    leaveAround: toSet(lists.leaveAround),
    yesTypo: toSet(lists.yesTypo),
    noTypo: toSet(lists.noTypo),
    cutOffEnd: toSet(lists.cutOffEnd),
    goesOn: toSet(lists.goesOn),
    topicWish: toSet(lists.topicWish),
    notATopic: toSet(lists.notATopic),
    extraOpening: toSet(lists.extraOpening),
    thankedFor: toSet(lists.thankedFor),
    conditionHedge: toSet(lists.conditionHedge),
    notConditions: toSet(lists.notConditions),
    notConditionsTime: toSet(lists.notConditionsTime),
    conditionIng: toSet(lists.conditionIng),
    notConditionWords: toSet(lists.notConditionWords),
    bodyPartSlips: toSet(lists.bodyPartSlips),
    bodyOwner: toSet(lists.bodyOwner),
    renameOwn: toSet(lists.renameOwn),
    renamePerson: toSet(lists.renamePerson),
    renameAfter: toSet(lists.renameAfter),
    renameInstead: toSet(lists.renameInstead),
    notAName: toSet(lists.notAName),
    describingNotName: toSet(lists.describingNotName),
    describedAs: toSet(lists.describedAs),
    firstNames: toSet(lists.firstNames),
    describingWords: toSet(lists.describingWords),
    describingEndings: toSet(lists.describingEndings),
    burstGoesOn: toSet(lists.burstGoesOn),
    goesOnClause: toSet(lists.goesOnClause),
    nameClauseJoin: toSet(lists.nameClauseJoin),
    nameParticles: toSet(lists.nameParticles),
    noWithin: toSet(lists.noWithin),
    doubt: toSet(lists.doubt),
    safe: toSet(lists.safe),
    safeOther: toSet(lists.safeOther),
    safeAround: toSet(lists.safeAround),
    safeAside: toSet(lists.safeAside),
    safeHedged: toSet(lists.safeHedged),
    notSafeWithin: toSet(lists.notSafeWithin),
    notNoOpening: toSet(lists.notNoOpening),
    takeBackLead: toSet(lists.takeBackLead),
    takeBackSoft: toSet(lists.takeBackSoft),
    takeBackFiller: toSet(lists.takeBackFiller),
    takeBackOften: toSet(lists.takeBackOften),
    takeBackOutright: toSet(lists.takeBackOutright),
    clearNo: toSet(lists.clearNo),
    noTurn: toSet(lists.noTurn),
    noEmergency: toSet(lists.noEmergency),
    noEmergencyAside: toSet(lists.noEmergencyAside),
    carerOwn: toSet(lists.carerOwn),
    carerState: toSet(lists.carerState),
    carerSelf: toSet(lists.carerSelf),
    carerPartJoin: toSet(lists.carerPartJoin),
    carerToo: toSet(lists.carerToo),
    otherPerson: toSet(lists.otherPerson),
    carerTooAround: toSet(lists.carerTooAround),
    carerNotSafe: toSet(lists.carerNotSafe),
    notThePerson: toSet(lists.notThePerson),
    ownTermsDenial: toSet(lists.ownTermsDenial),
    howSomeoneIs: toSet(lists.howSomeoneIs),
    noOne: toSet(lists.noOne),
    hopeless: toSet(lists.hopeless),
    ownTermsBetween: toSet(lists.ownTermsBetween),
    ownTermsDenialAfter: toSet(lists.ownTermsDenialAfter),
    ownTermsDoubt: toSet(lists.ownTermsDoubt),
    ownTermsTurn: toSet(lists.ownTermsTurn),
    ownTermsNotBefore: toSet(lists.ownTermsNotBefore),
    ownTermsThing: toSet(lists.ownTermsThing),
    ownTermsEver: toSet(lists.ownTermsEver),
    ownTermsDegree: toSet(lists.ownTermsDegree),
    ownTermsDegreeAfter: toSet(lists.ownTermsDegreeAfter),
    ownTermsContrast: toSet(lists.ownTermsContrast),
    ownTermsComparative: toSet(lists.ownTermsComparative),
    ownTermsSince: toSet(lists.ownTermsSince),
    consentJoin: toSet(lists.consentJoin),
    consentCondition: toSet(lists.consentCondition),
    partTakeBack: toSet(lists.partTakeBack),
  };
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
    spelledLike: (name, text) => [...sets[name]].some((phrase) => spelledAs(key(text), phrase)),
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
