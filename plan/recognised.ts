/** Why an answer could not be used; the dialog re-asks with the matching help. */
export type RecogniserCode =
  | 'empty'
  | 'not_a_number'
  | 'out_of_range'
  | 'not_understood'
  | 'too_many'
  | 'too_long'
  | 'not_a_name'
  /** Thanks, or "ok" where it answers nothing: never kept as an answer, however often said. */
  | 'not_an_answer'
  /** A word that only agrees ("fine", "ok") to a yes/no question about what happened: neither yes nor no. */
  | 'unclear'
  /** Nothing that reads as words ("???", "ok", a keyboard mash), where words of their own are kept. */
  | 'not_words';

/** A recogniser's answer: a value, or a reason. Recognisers never throw on input. */
export type Recognised<T> = { ok: true; value: T } | { ok: false; code: RecogniserCode };

export const ok = <T>(value: T): Recognised<T> => ({ ok: true, value });
export const fail = <T>(code: RecogniserCode): Recognised<T> => ({ ok: false, code });
