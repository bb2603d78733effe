/** Why an answer could not be used; the dialog re-asks with the matching help. */
export type RecogniserCode =
  | 'empty'
  | 'not_a_number'
  | 'out_of_range'
  | 'not_understood'
  | 'too_many'
  | 'too_long'
  | 'not_a_name'
  /** A question asked back ("why do you need her name?") where who someone is was asked: answered, never kept. */
  | 'asked_back'
  /** Thanks, or "ok" where it answers nothing: never kept as an answer, however often said. */
  | 'not_an_answer'
  /** A word that only agrees ("fine", "ok") to a yes/no question about what happened: neither yes nor no. */
  | 'unclear'
  /** Nothing that reads as words ("???", "ok", a keyboard mash), where words of their own are kept. */
  | 'not_words'
  /** "None" to a list that needs at least one pick: nothing is noted, and what would do is said. */
  | 'none_not_allowed'
  /**
   * What to leave out of a list could not be read for sure ("all but the weather", "goals but not
   * goals"): asked again, never the part named to leave out picked.
   */
  | 'left_out_unclear'
  /** A hedge ("not really", "sometimes") to a question where a hedge is never taken as no: asked once more, kindly. */
  | 'hedged'
  /**
   * Doubt ("not sure", "not too sure") where parts to share are picked, or "not sure" where it is
   * nothing to go on from (`notSureHelps`): answered with the question's help, nothing noted.
   */
  | 'unsure'
  /** Asking what the question means ("what do you mean by matters?"): its help, and nothing noted. */
  | 'asked_help'
  /**
   * A question to the service itself that no request answers ("did you get that?", "can you hear
   * me"), where words are asked for: what it can answer is said, and nothing noted (H115).
   */
  | 'asked_of_us'
  /** "I already told you", where words are asked for: never the answer; how to see what is noted (H116). */
  | 'already_said'
  /**
   * Asking why the question is asked (the `whatFor` phrases) where only a clear no is no (`hedges:
   * notNo`): why it is asked is told, once, and the question asked again; asked again, it is no
   * clear no (H49).
   */
  | 'asked_why'
  /** Only trying ("I'll try") where a step is asked for (`asksForStep`): a hedge, asked once more, then kept. */
  | 'only_trying'
  /** A bare yes to "anything else?": they have something, so what it is is asked; the yes is never kept. */
  | 'what_is_it'
  /** A date typed with a time that cannot be read ("Friday 1030"): the time is asked for, never the day kept alone. */
  | 'time_not_understood'
  /** A number on another scale at a 0–10 question ("3 stars"): never noted as out of 10, asked again kindly. */
  | 'other_scale'
  /** A number alone at a yes/no question ("1"): it says neither, so yes or no is asked for; never kept as words. */
  | 'number_not_yesno'
  /** A yes or a no with a number stuck to it ("Y1"): neither is read, and yes or no is asked for (H268). */
  | 'yesno_with_number'
  | 'number_for_words'
  /** Words of a goal with a number in them at a 0–10 question ("run a 5k"): no score, asked for kindly. */
  | 'words_for_score'
  /** "Both" where more than two may be picked: no two are plainly meant, so which ones is asked (H319). */
  | 'which_both'
  /** Between two whole numbers ("7.5", "5-6") where one is needed: neither is noted, and which is asked. */
  | 'between';

/** Why a recogniser could not use an answer; an answer between two numbers carries the two. */
export type Unrecognised =
  | { ok: false; code: Exclude<RecogniserCode, 'between'> }
  | { ok: false; code: 'between'; between: readonly [number, number] };

/** A recogniser's answer: a value, or a reason. Recognisers never throw on input. */
export type Recognised<T> = { ok: true; value: T } | Unrecognised;

export const ok = <T>(value: T): Recognised<T> => ({ ok: true, value });
export const fail = <T>(code: Exclude<RecogniserCode, 'between'>): Recognised<T> => ({ ok: false, code });
export const between = <T>(low: number, high: number): Recognised<T> => ({
  ok: false,
  code: 'between',
  between: [low, high],
});
