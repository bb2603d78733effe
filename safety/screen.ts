/**
 * The crisis screen every message passes before anything else: the reviewable patterns first
 * (they state a crisis and choose its kind), then the learned layer, which reads wording nobody
 * wrote a pattern for. Two tiers of answer:
 * - `crisis`: a pattern, or a score at or above the crisis cut-off — the urgent help at once;
 * - `checkIn`: a score between the cut-offs, or a warning sign the patterns know — one direct,
 *   kind question fitted to the kind ("Are you having thoughts of ending your life?").
 * Both cut-offs come with the model, chosen by cross-validation on its training corpus.
 *
 * A pattern states a crisis, but a pattern can be fooled by a figure of speech or a denial worded
 * in a way nobody wrote an exception for ("I'll top myself if the bus is late again, not
 * literally"). When the learned layer, reading the whole message, is all but sure it is not a
 * disclosure (`patternDoubt`), the pattern's finding is asked about directly, as a check-in,
 * instead of being answered as a crisis: "yes", "not sure" or anything unclear still gets the
 * crisis reply and a flag. A pattern marked `beyondDoubt` states a physical emergency already under
 * way (tablets swallowed, a wound gaping) or harm meant outright (H259): the writer's words about
 * intent do not make it safe, so it keeps the crisis reply whatever the learned layer reads.
 *
 * The other way round, a message the denial handling reads as nothing but denials (a checklist of
 * risks denied, a questionnaire item answered with its lowest score) is not read by the learned
 * layer at all: it asserts nothing, and the layer's risk words outweighed the denials (H83). Words
 * the writer takes back (`takesBack` cues) are still read.
 *
 * A message may be read with what it answers (`safety/answerContext.ts`, H120): a goal as wished,
 * a goal's own steps with "do it" as the goal.
 */
import type { AnswerContext } from './answerContext';
import modelData from './data/crisis-model.json';
import type { CrisisKind } from './kinds';
import { tokenise } from './model/features';
import { monotonous } from './model/monotony';
import { scoreTokens, type LinearModel } from './model/linearModel';
import { decodeModel, modelFileSchema } from './model/modelFile';
import { answerContextsSchema, createAnswerReadings, type AnswerReadings } from './patterns/answerReadings';
import { createCrisisDetector, crisisPatternsSchema, type CrisisDetector } from './patterns/patternDetector';
import patternsFile from './data/crisis-patterns.json';
import { askFirstSchema, createAskFirst, type AskFirst } from './askFirst';
import { sentencesOf } from './sentences';
import { remembered } from '../plan/remembered';

export { maxScreenedSentences } from './sentences';

/**
 * The fewest words the model reads: one or two words ("hi", a name, "done") carry too little for
 * a score to mean anything, and the patterns already know the short disclosures ("kms").
 */
export const minModelTokens = 3;

/**
 * Below this score a pattern's finding gets a check-in rather than the crisis reply. On the two
 * blind sets never trained on (blind 14 and 15), no disclosure a pattern found scored below it
 * (0 of 247), and 12 of the 16 pattern false alarms did. A message too short for the model to
 * read keeps the pattern's crisis reply.
 */
export const patternDoubt = 0.05;

/** What the screen found in one message. */
export type ScreenResult =
  | { tier: 'none' }
  | {
      tier: 'crisis' | 'checkIn';
      kind: CrisisKind;
      /** Which layer decided: a pattern (with its id), the model, or a warning sign. */
      by: 'pattern' | 'model' | 'warningSign';
      /** The pattern's id, or the model's score, for audit. */
      evidence: string;
      /** Asked whatever the learned layer scores, by a reading a burst keeps so (`askFirst`, H257, H285). */
      keptInBurst?: true;
    };

/** Screens one message; never throws. */
export interface CrisisScreen {
  /**
   * `context`: what the message answers (`safety/answerContext.ts`); absent, it is read as said.
   * A goal named inside any message ("change my goal to …") is read as wished whatever it answers.
   */
  screen(text: string, context?: AnswerContext): ScreenResult;
  /**
   * Whether both layers set `text` aside as a whole message (`setAside` in crisis-patterns.json,
   * such as a request of the service the patterns name), leaving nothing to read.
   */
  setAsideWhole(text: string): boolean;
  /**
   * Whether `text` read alone is all but ruled out as a disclosure: nothing found, and the learned
   * layer's score below `patternDoubt` (or a message of denials alone). Says how much a join with
   * the next text owes to this one (bot/crisisGuard.ts).
   */
  allButRuledOut(text: string): boolean;
}

/** The parts a screen is made of; tests give their own. */
export interface ScreenParts {
  detector: CrisisDetector;
  model: LinearModel;
  thresholds: { crisis: number; checkIn: number };
  /** What an answer's context adds to its reading; without, every message is read as said. */
  answers?: AnswerReadings;
  /** Whole messages the learned layer's reading is asked about rather than answered (H211). */
  askFirst?: AskFirst;
}

/** The committed patterns and model, validated once. */
export function defaultScreenParts(): ScreenParts {
  const patterns = crisisPatternsSchema.parse(patternsFile);
  const file = modelFileSchema.parse(modelData);
  return {
    detector: createCrisisDetector(patterns),
    model: decodeModel(file),
    thresholds: file.thresholds,
    answers: createAnswerReadings(answerContextsSchema.parse(patternsFile.answerContexts), patterns.fragments),
    askFirst: createAskFirst(askFirstSchema.parse(patternsFile.askFirst), patterns.fragments),
  };
}

/**
 * Zero-width joiners and non-joiners. Inside a word ("sui\u200Dcide") they hide it, and the
 * normaliser takes them out; between two words ("kill\u200Dmyself") they hide both, and taken out
 * the words run together. Nothing tells the two apart, so a message holding one is read both ways.
 */
const joiner = /[\u200C\u200D]/;
const everyJoiner = /[\u200C\u200D]/g;

/** How grave each tier reads (none 0, check-in 1, crisis 2): one ranking for `graver` and every reader of tiers. */
export const gravity: Readonly<Record<ScreenResult['tier'], number>> = { none: 0, checkIn: 1, crisis: 2 };

/** The graver of two screen results; the first when they are as grave. */
export function graver(first: ScreenResult, second: ScreenResult): ScreenResult {
  return gravity[second.tier] > gravity[first.tier] ? second : first;
}

/** `found` when it is the crisis reply; otherwise nothing. */
const crisisOnly = (found: ScreenResult): ScreenResult => (found.tier === 'crisis' ? found : { tier: 'none' });

/** A letter or digit: something left to read. */
const wordy = /[\p{L}\p{N}]/u;

/**
 * Builds the screen from its parts (by default the committed ones). A message is read whole; when
 * that finds nothing and it has four sentences or more, each sentence is read too (H68): read
 * whole, ordinary sentences around a disclosure water its score down (a paragraph about knees and
 * shopping ending "I don't see the point of anything anymore" got nothing). A sentence that finds
 * something alone gets the check-in, never the crisis reply: it was read without the rest of the
 * message, so the person is asked straight, and a yes or anything unclear gets the crisis reply.
 * The sentences are cut from the message as the patterns read it, so what a denial, "not
 * literally" or a calm past in another sentence takes back stays taken back. A pattern the whole
 * message's reading doubted stays a check-in: the doubt comes from the other sentences.
 */
export function createCrisisScreen(parts: ScreenParts = defaultScreenParts()): CrisisScreen {
  const once = screenOnce(parts);
  const bothWays = (text: string): ScreenResult => {
    const joined = once(text);
    if (joined.tier === 'crisis' || !joiner.test(text)) return joined;
    return graver(joined, once(text.replace(everyJoiner, ' ')));
  };
  const asSaid = (text: string): ScreenResult => {
    const whole = bothWays(text);
    if (whole.tier !== 'none') return whole;
    for (const sentence of sentencesOf(parts.detector.asserted(text))) {
      const alone = once(sentence);
      if (alone.tier !== 'none') return { ...alone, tier: 'checkIn', evidence: `sentence: ${alone.evidence}` };
    }
    return whole;
  };
  const inContext = answersInContext(parts, once, asSaid);
  // A turn screens one message more than once (alone, with the one before, for whose it is): each
  // context remembers its last readings, frozen, as they are shared.
  const readers = new Map<AnswerContext | undefined, (text: string) => ScreenResult>();
  const readerFor = (context: AnswerContext | undefined): ((text: string) => ScreenResult) => {
    let reader = readers.get(context);
    if (reader === undefined) {
      reader = remembered((text) => Object.freeze(inContext(text, context)), 32);
      readers.set(context, reader);
    }
    return reader;
  };
  return {
    screen(text: string, context?: AnswerContext): ScreenResult {
      if (typeof text !== 'string') return once(text);
      return readerFor(context)(text);
    },
    allButRuledOut(text: string): boolean {
      try {
        if (typeof text !== 'string' || once(text).tier !== 'none') return false;
        const { detector, model } = parts;
        return detector.deniesAll(text) || scoreTokens(model, tokenise(detector.normalise(text))).risk < patternDoubt;
      } catch {
        // Unreachable with validated parts; false leaves the join read as ever.
        return false;
      }
    },
    setAsideWhole(text: string): boolean {
      try {
        return typeof text === 'string' && wordy.test(text) && !wordy.test(parts.detector.normalise(text));
      } catch {
        // Unreachable with validated parts; false reads the message as ever.
        return false;
      }
    },
  };
}

/**
 * A message read with what it answers (H120). At a goal's own steps an answer of nothing but the
 * words that are the goal ("do it", "nothing will stop me") and when or how sure ("9 I will do it
 * this week") is not read at all; with other words, those are read without the goal's, so tablets
 * saved still get the crisis reply, and a crisis the whole message read is at least a check-in.
 * Then each wish in it (the whole answer to a question asking what is wanted, and whatever follows
 * a goal named in any message) is read framed as one ("i want not being here"); only a pattern of
 * a wish's kinds counts there, and only ever to make the answer graver, with the learned layer's
 * doubt about the words as written.
 */
function answersInContext(
  parts: ScreenParts,
  once: (text: string, written?: string) => ScreenResult,
  asSaid: (text: string) => ScreenResult,
): (text: string, context: AnswerContext | undefined) => ScreenResult {
  const { answers, detector } = parts;
  if (answers === undefined) return (text) => asSaid(text);
  const inContext = (text: string, context: AnswerContext | undefined): ScreenResult => {
    const normalised = detector.normalise(text);
    const step =
      context === 'goalStep'
        ? answers.goalStep(normalised)
        : context === 'coping'
          ? answers.coping(normalised)
          : normalised;
    // A carer's tiredness at their coping question only ever quietens a doubt: a crisis the whole
    // message read stays one ("anaphylaxis, used epipen still struggling"; review of H212).
    if (step === undefined) return context === 'coping' ? crisisOnly(asSaid(text)) : { tier: 'none' };
    const said = asSaid(text);
    let found = said;
    if (step !== normalised) {
      // Other words beside the goal: what they say without it, and never less than a check-in
      // where the whole message read as a crisis, so the context never silences a disclosure.
      const floor: ScreenResult =
        context === 'coping'
          ? crisisOnly(said)
          : said.tier === 'crisis'
            ? { ...said, tier: 'checkIn', evidence: `goal step: ${said.evidence}` }
            : { tier: 'none' };
      found = graver(asSaid(step), floor);
    }
    for (const wish of answers.wishes(step, context)) {
      const read = once(wish, text);
      if (read.tier !== 'none' && read.by === 'pattern' && answers.wishKinds.includes(read.kind)) {
        found = graver(found, { ...read, evidence: `wish: ${read.evidence}` });
      }
    }
    return found;
  };
  return (text, context) => {
    try {
      return inContext(text, context);
    } catch {
      // Unreachable with validated parts; the message is read as said.
      return asSaid(text);
    }
  };
}

/**
 * One reading of a message: the patterns, then the learned layer. The learned layer reads
 * `written`, what the person wrote, when the patterns read it framed (a wish, H120): it learned
 * from what people write, and its doubt about a pattern's finding is about their words.
 */
function screenOnce(parts: ScreenParts): (text: string, written?: string) => ScreenResult {
  const { detector, model, thresholds } = parts;
  return (text, written = text) => {
    try {
      if (typeof text !== 'string' || text.trim().length === 0) return { tier: 'none' };
      const stated = detector.detect(text);
      const normalised = detector.normalise(written);
      const tokens = tokenise(normalised);
      const readable = tokens.length >= minModelTokens && !detector.deniesAll(written); // denials: H83
      const { risk, kind } = readable ? scoreTokens(model, tokens) : { risk: 0, kind: 'suicide' as const };
      const evidence = risk.toFixed(3);
      if (stated !== null) {
        const tier = readable && risk < patternDoubt && stated.beyondDoubt !== true ? 'checkIn' : 'crisis';
        return { tier, kind: stated.kind, by: 'pattern', evidence: `${stated.patternId} ${evidence}` };
      }
      // Something taken to sleep not named, a threat joked (H211, H257): asked, whatever the layer reads.
      const asked = parts.askFirst?.(normalised);
      const kept = asked?.keptInBurst ? { keptInBurst: true as const } : {};
      if (asked)
        return { tier: 'checkIn', by: 'warningSign', kind: asked.kind, evidence: `${asked.id} ${evidence}`, ...kept };
      // One word over and over is no evidence for the learned layer alone (H505); its doubt above counts.
      const modelSays = monotonous(tokens) ? 0 : risk;
      if (modelSays >= thresholds.crisis) return { tier: 'crisis', kind, by: 'model', evidence };
      if (modelSays >= thresholds.checkIn) return { tier: 'checkIn', kind, by: 'model', evidence };
      // The check-in asks about what the sign is a sign of, not what the model leans to or defaults to.
      const [sign] = detector.warningSigns(text);
      if (sign) return { tier: 'checkIn', kind: sign.kind, by: 'warningSign', evidence };
      return { tier: 'none' };
    } catch {
      // Unreachable with validated parts; a screen that threw would drop the message, so the
      // turn goes on and the patterns' own never-throw contract still holds for the next one.
      return { tier: 'none' };
    }
  };
}
