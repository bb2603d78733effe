/**
 * The phrase lists of content/phrases.yaml: what each list is for, checked at start-up, and the
 * names the matchers in `phrases.ts` take.
 */
import { z } from 'zod';
import { answerEditListsShape } from './answerEditLists';
import { carerListsShape } from './carerLists';
import { conditionWordListsShape } from './conditionWordLists';
import { commandsSchema } from './commandLists';
import { whoSeesWordsSchema } from './whoSeesAsked';
import { nameListsShape } from './nameLists';
import { numberAloneSchema } from './numbersAlone';
import { ownTermsListsShape } from './ownTermsLists';
import { requestListsSchema } from './requestLists';
import { resultListsShape } from './resultLists';
import { safetyAnswerListsShape } from './safetyAnswerLists';
import { sharedPartListsShape } from './sharedPartLists';
import { withdrawAroundSchema } from './withdrawLists';

const list = z.array(z.string().min(1));
export const phrasesSchema = z.strictObject({
  commands: commandsSchema,
  /** Requests to Careprep in a sentence of their own (`requestReading.ts`). */
  requests: requestListsSchema(commandsSchema.keyof()),
  /** What may stand around a `withdrawSharing` phrase in a longer message, which is then still that command. */
  withdrawAround: withdrawAroundSchema,
  /** Asking who sees the answers or plan in words `whoSees` lacks ("can my daughter see this?"): `whoSeesAsked.ts`. */
  whoSeesAsked: whoSeesWordsSchema,
  /** After a no to sharing, asking to send it after all ("actually yes send it"), `withdrawAround` words round it. */
  shareAfterAll: list,
  /** Words of a `whoSees` request asking about their data itself ("what happens to my data"): told how long it is kept too. */
  dataKept: list,
  keep: list,
  ...resultListsShape,
  /** How they feel now, said after "I'm safe" ("I feel a bit better"): no answer to the question (H472). */
  feltAfterSafe: list,
  /** A word of being safe or well ("safe", "fine") in a clear yes to the medical check-in (H410). */
  safeStatedWord: list,
  /** Tiredness beside a clear "I'm safe" to the medical check-in ("just tired"; H410). */
  safeTiredAside: list,
  notSure: list,
  /** Hedges ("not really"): neither yes nor no where a question says so; `hedgeWhole` ("little") only as a whole reply. */
  hedge: list,
  hedgeWhole: list,
  /** Feeling low with no yes or no ("😞", "meh"), and words that only go round it ("tbh"): see `feelingLow.ts`. */
  feelingLow: list,
  feelingLowAround: list,
  /** A plain "no" to "are you safe right now?": kept on the crisis flag for the lead contact. */
  notSafe: list,
  /** Not safe said in words that name it ("I'm not safe"), with a take-back at any time; `…Own`: of the writer only. */
  notSafeSaid: list,
  notSafeSaidOwn: list,
  greeting: list,
  /** Before a name already given in a greeting ("hello, it's Bert again"): see `greetingWithName.ts`. */
  introLead: list,
  /** After a name already given in a greeting ("Bert here", "it's Bert again"). */
  introAfter: list,
  /** Words said before a name ("I'm", "her name is", "call me"): never part of the name. */
  nameIntro: list,
  /** Words said after a name ("thanks", "please"): never part of the name. */
  nameOutro: list,
  /** Words in a first message telling that the person was here before ("again", "on the computer"): see `resumption.ts`. */
  cameBefore: list,
  /** Words that only open a reply ("well", "ok", "erm"), said before a name: never part of it. */
  nameOpening: list,
  /** Words joining a name said first to who the person is ("Jean is my mum"): never part of the name. */
  nameLink: list,
  /** Words opening a word about someone said after their name ("Frank, he's 84"): never a name. */
  clauseOpening: list,
  /** Whose the carer is, said before who they are after their own name ("Ann, her daughter"). */
  carerOf: list,
  /** A carer's words for the person's own, read as "my" in a command ("delete his data"). */
  ofThePerson: list,
  /** Words said before an invitation code ("my code is"): the rest is read as the code alone. */
  codeIntro: list,
  /** Single words after a yes to "add another goal?" that name no goal ("another", "one"). */
  anotherGoal: list,
  /** How a question asked back opens ("why do you", "how do you"): never a name or who someone is. */
  askedBack: list,
  /** How asking what the question means opens ("what do you mean by"): with a few words after, help, never an answer. */
  helpAsk: list,
  /** How asking what words mean opens ("what does"): help only with a `helpAskMeaningEnd` after a few words. */
  helpAskMeaning: list,
  /** How asking what words mean ends ("mean", "mean here"), after a `helpAskMeaning` opening and the words asked about. */
  helpAskMeaningEnd: list,
  /** How asking what a word of the question is opens ("what's a"): help only for words of the question (`helpAsked.ts`). */
  helpAskWhatIs: list,
  /** Said after the word asked about ("exactly", "please"). */
  helpAskWhatIsAfter: list,
  /** Saying the question is not understood, beside an ask of what it means, in a sentence of its own (`helpAsked.ts`). */
  helpNotUnderstood: list,
  /** Whole replies that ask what the question means ("explain please", "what this mean?"): see `helpAsked.ts`. */
  helpAskWhole: list,
  /** Said straight before an option's name in a longer reply ("not happy"): the name picks nothing. */
  nameDenied: list,
  /** After the name of an option that says all is well ("fine except the walking bit"): the name picks nothing. */
  nameExcept: list,
  /** Replies that name nothing ("hmm", "cool"), never kept as words for a list. */
  chatter: list,
  /** Thanks ("thanks", "cheers"): never an answer to any question, which is asked again. */
  thanks: list,
  /** A yes that only agrees ("ok", "fine"): no yes to whether something troubled someone, nor words but to how someone is. */
  agree: list,
  /** "I'm ok", "I'm fine" about oneself: "no thanks" to an offer, no answer to what happened. */
  decline: list,
  /** "I'm not ok" about oneself: neither yes nor no to a yes/no question. */
  notOk: list,
  filler: list,
  /** Doubt or a yes before a lone number that leave it a list pick ("I think 3"): see `choices.ts`. */
  pickLead: list,
  nothingMore: list,
  /** That there is none, where one thing of the person's own is asked for (`noneIsNoAnswer`): "no goals". */
  noneToGive: list,
  none: list,
  /** Every option of a list whose options all start ticked ("all", "send it all"). */
  all: list,
  /** Every option of any list where several may be picked, said in words ("all of them", "everything"). */
  every: list,
  /** Both of two options offered ("both"): every option, where there are two. */
  both: list,
  /** Words that may follow a score said in a sentence; after others a "2" is texted for "to" (`textSpeakNumber.ts`). */
  scoreAfter: list,
  /** In a reply to a list where several may be picked, what follows is left out ("all but", "not"): see `leftOut.ts`. */
  leaveOut: list,
  /** Joins two numbers into a range of options ("1 to 4"), as a dash does. */
  rangeTo: list,
  yes: list,
  no: list,
  /** How often, to whether something happened: "most days" is a yes, "rarely" a no (see `YesNoRules`). */
  frequent: list,
  seldom: list,
  /** Another scale's unit beside a number at a 0–10 question ("3 stars", "4 out of 5"): no point on it. */
  otherScale: list,
  /** An earlier answer said anew or taken out by its words: see `answerEditLists.ts`. */
  ...answerEditListsShape,
  takenBackLink: list,
  takenBack: list,
  /** The appointment itself, and a day, date or time said with it: never kept as "something else" (`otherWords.ts`). */
  appointmentTalk: list,
  appointmentWhen: list,
  /** Opening words after a score that tell what might stop them ("8 but my knees might stop me"): `heardInGoal.ts`. */
  barrierLead: list,
  /** After a `barrierLead`, what they will do ("but I will …"), and what makes that a difficulty after all: `heardInGoal.ts`. */
  willDoLead: list,
  willDoHard: list,
  /** After a score, only that they will try ("I'll try", "he'll give it a go"): `tryLead`, then `tryOnly`, no step. */
  tryLead: list,
  tryOnly: list,
  /** Not answering ("rather not say", "pass"): no clear no where that hides a risk (see `Question.hedges`). */
  refusal: list,
  /**
   * What leads an answer put right, one or more in a row: a yes or no meant for the question before
   * (see `meantEarlier.ts`), a goal's score by name or a number said again (see `scoreCorrection.ts`).
   */
  meantLead: list,
  /** Asking to change a part of a finished plan: the verb, and what may follow the part's name (see `partToChange.ts`). */
  changeVerb: list,
  changeAfter: list,
  /** Words naming an answer before the question's name, in asking to change it ("my answer to"): see `questionToChange.ts`. */
  answerNamed: list,
  /** The `changeVerb` phrases that ask to change an answer at a question only with `answerNamed` words (see `questionToChange.ts`). */
  lookingVerb: list,
  /** Asking to take a goal out ("remove this goal"): the verb (see `goalToRemove.ts`). */
  removeVerb: list,
  /** Asking to add a goal ("I want to add a goal"), after `meantLead` phrases (see `goalToAdd.ts`). */
  addGoal: list,
  /** The question before, named after words that put an answer right ("actually yes to that"). */
  earlierThat: list,
  /** An apology opening a correction: words for words put right only after one (`answerMeant.ts`). */
  meantSorry: list,
  /** Words that say the answer given was not the one meant ("I meant yes"): no question need be named. */
  meantSaid: list,
  earlierQuestion: list,
  /** The answer before, named where a number said again puts it right ("the last one should be 9"). */
  earlierAnswer: list,
  /** What may join `earlierAnswer` to the number ("change the last answer to 9"). */
  earlierAnswerLink: list,
  /** The first or second question of a part, named in a yes or no put right ("no to the first one"): see `meantByPlace`. */
  firstQuestion: list,
  secondQuestion: list,
  /** What joins a yes or no to the question named by where it was asked ("to", "as"). */
  placeTie: list,
  /** "No problem": leave given, with a "no" in it. A yes only to a request for leave (`YesNoRules.asksLeave`). */
  noProblem: list,
  /** Words beside a "no problem" that gives leave ("that's no problem"), with yes, agreeing words and thanks. */
  leaveAround: list,
  /** A yes or a no mistyped ("yse", "noo"), as a whole reply: see `yesNoTypos.ts`. */
  yesTypo: list,
  noTypo: list,
  /** A whole reply that is only an amount ("all", "both"): no yes or no, never kept as words at a yes/no question. */
  amountAlone: list,
  /** Words an answer in words never ends on unless it was cut off ("walk to the"): see `cutOffAnswer.ts`. */
  cutOffEnd: list,
  /** How a message going on from the answer given last opens ("and", "also"): see `answerGoingOn.ts`. */
  goesOn: list,
  /** Something more said beside a yes or no: a wish to talk about something, words naming none, what opens anything else (see `saidBeside.ts`). */
  topicWish: list,
  notATopic: list,
  extraOpening: list,
  /** What thanks beside a yes or no may be for and say nothing more ("thanks for all the help"): see `saidBeside.ts`. */
  thankedFor: list,
  /** Before a clause naming conditions with who is answering, words that make it a possibility (see `conditionsSaid.ts`). */
  conditionHedge: list,
  /** Words that never name a condition in a clause after "I have" (see `conditionsSaid.ts`). */
  notConditions: list,
  /** "-ing" words that can name a condition ("hearing loss"): said as meant, any other says something done. */
  conditionIng: list,
  /** Ordinary words that only look like a condition's name among other words, and body parts misspelt: see `conditionWordLists.ts`. */
  ...conditionWordListsShape,
  /** A new name given at a later question: the writer's own, or the person's said by a carer (see `newName.ts`). */
  renameOwn: list,
  renamePerson: list,
  /** What may follow a new name, no part of it; and words that say the old one was taken back ("not Jean"). */
  renameAfter: list,
  renameInstead: list,
  /** What is and is not a name: see `nameLists.ts`. */
  ...nameListsShape,
  /** How a quick text going on from the text before opens ("to", "for"): read with it for a check-in (`CrisisGuard`). */
  burstGoesOn: list,
  /** A word opening a text that carries on the sentence of the answer before ("who I look after"): see `answerGoingOn.ts`. */
  goesOnClause: list,
  /** Words joining a clause to a name, left out when it is said back: see `nameClause.ts`. */
  nameClauseJoin: list,
  nameParticles: list,
  /** "Not now", "nah": a no wherever it sits in a reply (see `Phrases.within`). */
  noWithin: list,
  /** "Not sure", "are you sure": doubt wherever it sits in a reply, never a yes (see `Phrases.within`). */
  doubt: list,
  /** How a reply to "are you safe right now?" or a check-in is read: see `safetyAnswerLists.ts`. */
  ...safetyAnswerListsShape,
  /** A carer's own words beside the person's (`carersOwn.ts`, `carersOwnToo.ts`, `carersOwnPart.ts`): see `carerLists.ts`. */
  ...carerListsShape,
  /** How a condition named is now ("isnt great either", "playing up"): not a condition of its own (`choices.ts`). */
  howItIs: list,
  howItIsAfter: list,
  /** Someone's age said beside a pick ("im 16 and look after my dad"): no part of its own (`choices.ts`). */
  ageLead: list,
  ageAfter: list,
  /** The writer saying they are under 18 ('im 14', 'I'm in year 10'): a young carer (`youngCarerSaid.ts`, H489). */
  ownAgeLead: list,
  schoolYearLead: list,
  /** How a reply in a question's own terms is read ("I haven't been down"): see `ownTermsLists.ts`. */
  ...ownTermsListsShape,
  /** Commands elsewhere that say how someone is, to a question asking it ("I'm a bit busy", "keep going"). */
  howSomeoneIs: list,
  /** "No one", "nobody": with more words, a subject ("no one knows how down I've been"), not a no (see `yesNo.ts`). */
  noOne: list,
  /** Hopelessness ("no point", "whats the point"): never a yes or a no (see `yesNo.ts`, H349). */
  hopeless: list,
  /** Words joining a yes to sharing to what follows it ("yes but"): left off the rest (see `consentCondition.ts`). */
  consentJoin: list,
  /** Words that, beside a yes to sharing, make it a yes with a condition ("only", "except"). */
  consentCondition: list,
  ...sharedPartListsShape,
  /** A number alone where no number is asked for ("1", "option 1", "1, 4"): see `numbersAlone.ts`. */
  numberAlone: numberAloneSchema,
});
export type PhraseLists = z.infer<typeof phrasesSchema>;
export type CommandName = keyof PhraseLists['commands'];

/** The lists not matched against a whole message: the commands and what may stand around them. */
const notWholeMessage = [
  'commands',
  'withdrawAround',
  'whoSeesAsked',
  'shareAfterAll',
  'requests',
  'numberAlone',
] as const;

/** The lists matched against a whole message (all but the commands and what may stand around them). */
export type PhraseList = Exclude<keyof PhraseLists, (typeof notWholeMessage)[number]>;

/** Every `PhraseList`'s name, from the schema, so a list added to it is matched with no other change. */
export const wholeMessageLists = Object.keys(phrasesSchema.shape).filter(
  (name): name is PhraseList => !(notWholeMessage as readonly string[]).includes(name),
);
