import { z } from 'zod';
import { answerContextSchema } from '../../safety/answerContext';
import { repeatSchema, whenSchema } from './questionConditions';

/** Question types, as in DESIGN.md and `channelData.careprep.type`. */
export const questionTypeSchema = z.enum(['text', 'scale0to10', 'yesno', 'choice', 'multichoice', 'date']);
export type QuestionType = z.infer<typeof questionTypeSchema>;

/**
 * The parts of the preparation, in the order of the preparation principles. `results` (test
 * results sent by the care team) comes after what matters, only when there are results; `carer`
 * is a carer's own short part (how they are coping, what would help them), asked only when a
 * carer answers.
 */
export const sectionIdSchema = z.enum([
  'about',
  'whatMatters',
  'results',
  'goals',
  'topics',
  'mood',
  'carer',
  'review',
]);
export type SectionId = z.infer<typeof sectionIdSchema>;

/** A choice a person can pick by number, by name, or by a synonym. */
export const optionSchema = z.strictObject({
  id: z.string().regex(/^[a-zA-Z][A-Za-z0-9]*$/),
  label: z.string().min(1),
  synonyms: z.array(z.string()).default([]),
  /**
   * Words that name the option only as the whole answer, never inside a longer one: "I am" alone
   * answers "who is answering?" as me, but "I am his son" is someone helping.
   */
  wholeAnswers: z.array(z.string()).optional(),
  /**
   * Words that open a clause about the person this option names, said after the words that name
   * them ("for my dad, he has dementia"): the pick stands, and the clause is no part of it.
   */
  asides: z.array(z.string()).optional(),
  /**
   * Words that open a clause after the pick saying the person this option names has a condition
   * (cases in `test/dialogs/conditionsSaidEarly.test.ts`): the conditions the clause names are
   * offered when the conditions question comes, for a yes, and the pick stands without the clause.
   * Never noted unasked.
   */
  saysConditions: z.array(z.string()).optional(),
  /**
   * An option that says all is well ("It looks right"): its names among longer words count only
   * with no exception after them (`nameExcept`): "fine except the walking bit" is not all well.
   */
  unqualified: z.boolean().optional(),
  /**
   * An option for one kind of carer only (H523): `adult` is not offered to a carer who said they
   * are under 18 (a carer's assessment), `young` only to them (a young carers group). Its id
   * and label are its own, so the plan says what they picked.
   */
  carers: z.enum(['adult', 'young']).optional(),
});
export type Option = z.infer<typeof optionSchema>;

/** Words for the person themselves and for a carer (third person, `{{name}}`). */
const wording = z.strictObject({ person: z.string().min(1), carer: z.string().min(1) });

/**
 * One question. `linkId` is stable (it becomes a FHIR Questionnaire linkId); goal questions use
 * `goal.N.*`, filled in with the goal number when asked. A section asks its questions in the
 * order the packs list them (the core pack, then each of the person's condition packs), each
 * only for its `audience` and when its `when` holds.
 */
export const questionSchema = z.strictObject({
  linkId: z.string().regex(/^[a-z][A-Za-z]*(\.([a-z][A-Za-z]*|N))*$/),
  section: sectionIdSchema,
  type: questionTypeSchema,
  ask: wording,
  /** A shorter form for SMS, where every message must fit in 320 characters. */
  sms: wording.optional(),
  help: wording,
  optional: z.boolean().default(false),
  /** Who is asked: everyone, only a person answering for themselves, or only a carer. */
  audience: z.enum(['everyone', 'person', 'carer']).default('everyone'),
  /** Asked only when this holds of the record; always when absent. */
  when: whenSchema.optional(),
  /** On the first question of a repeated group (`goal.N.text`): how the group repeats. */
  repeat: repeatSchema.optional(),
  options: z.array(optionSchema).optional(),
  /** A text answer that names someone: it must hold a letter (an emoji alone is no name). */
  name: z.boolean().default(false),
  /**
   * A question asking for anything more: "no", "nothing", "that's all" or "that'll do" means
   * nothing to add. At an "anything else?" in words it is recorded as passed over rather than kept
   * as the answer; at a yes/no "another?" it is a no. Either way it answers the question, though
   * it is a command ("that's enough for now" pauses) at any other.
   */
  nothingMore: z.boolean().default(false),
  /**
   * A yes/no question about whether something happened or is so ("bothered by feeling down?"),
   * not an offer or a request: "ok", "fine" or "alright" is no yes to it, and it is asked again.
   */
  asksWhatHappened: z.boolean().default(false),
  /**
   * A question about who someone is (their name, how a carer knows them): a question asked back
   * ("why do you need her name?") is answered with why it is asked, and never kept as the answer.
   */
  aboutWho: z.boolean().default(false),
  /** A question about other people ("Who helps and supports Jean?"): "his name is Tom" answers it, and renames nobody. */
  aboutOthers: z.boolean().default(false),
  /**
   * How a hedge ("not really", "sometimes", "a bit", `phrases.hedge`) to a yes/no question is
   * taken where a no that was not meant would hide a risk: `askAgain` asks once more, kindly, then
   * keeps their words (neither yes nor no); `notNo` keeps their words at once, as not a clear no,
   * and so a refusal to answer too ("rather not say", "pass", `phrases.refusal`). Without it, a hedge is read as the yes/no recogniser reads it ("not really" is no thanks).
   */
  hedges: z.enum(['askAgain', 'notNo']).optional(),
  /**
   * A yes/no question answered with an explanation of a few words that is neither ("she has
   * dementia, I have power of attorney"): kept at once in their words, never asked for "a few
   * words" again (explorer 31). Without it, such words are kept once the question was asked again.
   */
  keepsExplanation: z.boolean().default(false),
  /**
   * The words of what a yes/no question asks about, for a reply that answers it in its own terms
   * ("he's been down", "I've lost interest in everything"): said of the person asked about, a
   * `yes` word is a yes and a `no` word a no, turned round by a word that denies it ("I haven't
   * been down", "he's not interested"). See `dialogs/recognisers/ownTerms.ts`.
   */
  keyWords: z
    .strictObject({ yes: z.array(z.string().min(1)).default([]), no: z.array(z.string().min(1)).default([]) })
    .optional(),
  /** A question answered in words about how someone is ("how are you coping?"): "ok" and "fine" answer it. */
  asksHowSomeoneIs: z.boolean().default(false),
  /**
   * A question asking for one thing of the person's own ("What would you like to achieve?"): a reply
   * that there is none ("no", "nothing", "no goals") is never kept as the answer: it is read as "not
   * sure" is (explorer 26, H280).
   */
  noneIsNoAnswer: z.boolean().default(false),
  /**
   * A question about the person outside the "what matters" part where a carer's own needs, said of
   * themselves alone ("I just need a break myself" at the person's goal), are kept for the carer's
   * own part and the question asked again, never noted as the person's (explorer 28, H333).
   */
  keepsCarersOwn: z.boolean().default(false),
  /** A question asking what someone will do: only trying ("I'll try") names no step, so it is asked once more. */
  asksForStep: z.boolean().default(false),
  /**
   * A question inviting questions for the care team ("anything you want to ask?"): a question said
   * to "you" is kept, as it may be to them, never taken as one to Careprep it cannot answer.
   */
  takesQuestions: z.boolean().default(false),
  /**
   * A question asking whether something may be shared (yes/no, or the parts to send): words that
   * keep something from the care team ("I don't want my nurse to see this") answer it as a no, or
   * as nothing ticked.
   */
  asksToShare: z.boolean().default(false),
  /**
   * A question whose answer says where to go next rather than going into the plan ("Is there
   * anything you want to change?"): "not sure" is nothing to go on from, so the question's help
   * is said and it is asked again, noting nothing.
   */
  notSureHelps: z.boolean().default(false),
  /**
   * The answer a carer gave already at the question for the person's name, when they named the
   * person by who they are to them ("my mum", "my husband John"): each `said` (who the person is
   * to them) gives `answer` (who the carer is to the person). Noted from those words only, and the
   * question is not asked. `carerSays`: who the carer is to the person, as they say it of
   * themselves ("her daughter"), read after their own name and giving the words the person goes
   * by (`said`: "mum is doing well" names the person).
   */
  fromName: z
    .array(
      z.strictObject({
        said: z.array(z.string().min(1)).min(1),
        answer: z.string().min(1),
        carerSays: z.array(z.string().min(1)).min(1),
      }),
    )
    .optional(),
  /**
   * A 0–10 question's own words for its ends, as its wording names them ("0 (not at all)", "10
   * (very)"): said as the whole reply, each is that end, and said back as the number noted.
   */
  scaleEnds: z
    .strictObject({ low: z.array(z.string().min(1)).default([]), high: z.array(z.string().min(1)).default([]) })
    .optional(),
  /**
   * Words naming the question when someone asks, at a later question, to change its answer ("my
   * name", "what matters most"), as a person answering for themselves and as a carer says them
   * ("my name" is the carer's own): that question is asked again (`recognisers/questionToChange.ts`).
   */
  namedBy: z
    .strictObject({
      person: z.array(z.string().min(1)).default([]),
      carer: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  /** The buttons under a multi-select card, when the usual "Send my choices" and "None of these" would mislead. */
  card: z.strictObject({ submit: z.string().min(1).optional(), none: z.string().min(1).optional() }).optional(),
  /**
   * What the crisis screen reads an answer to this question as (`safety/answerContext.ts`, H120):
   * `wish` for a question asking what is wanted (a goal: "not being here" is a wish to be dead),
   * `goalStep` for one about a goal's own steps ("I'll do it tomorrow" is the goal). Absent, an
   * answer is read as said.
   */
  screenAs: answerContextSchema.optional(),
});
export type Question = z.infer<typeof questionSchema>;

/** Who the person is to a carer, in their words, and who the carer is to the person (`Question.fromName`). */
export type RelationWords = NonNullable<Question['fromName']>[number];

/** A topic people often want to discuss; packs contribute topics, merged without repeats. */
export const topicSchema = optionSchema;
export type Topic = Option;

/** A pack: the core journey, or a condition's topics and extra questions. */
export const packSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z]*$/),
  title: z.string().min(1),
  /** The condition this pack serves (`conditions` option id); absent for the core and general packs. */
  condition: z.string().optional(),
  questions: z.array(questionSchema).default([]),
  topics: z.array(topicSchema).default([]),
  /** Short goals people with this condition often choose, offered when someone is stuck for one. */
  goalExamples: z.array(z.string().min(1)).default([]),
});
export type Pack = z.infer<typeof packSchema>;
