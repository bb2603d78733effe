/**
 * Scripted people who go through a whole preparation, for end-to-end tests and the benchmark.
 * A persona answers whatever the bot asks, looked up by the question's `linkId`
 * (`channelData.careprep.linkId`), so it follows the real flow rather than a fixed script and
 * fails loudly when the flow asks something it did not expect.
 */

/** The parts of a reply activity a persona reads; a botbuilder `Activity` fits. */
export interface PersonaReply {
  text?: string;
  channelData?: unknown;
  [key: string]: unknown;
}

/** Someone who prepares: what they type for each question. */
export interface Persona {
  /** A short name for reports and errors. */
  name: string;
  /**
   * What they type, keyed by linkId. A list is used in order for a question asked more than
   * once (`goal.another`, after each goal).
   */
  answers: Readonly<Record<string, string | readonly string[]>>;
  /** Words the question with this linkId must contain (checks carer wording). */
  questionMentions?: Readonly<Record<string, string>>;
}

/** One exchange: what the persona typed, the question it answered, and the bot's replies. */
export interface PersonaExchange {
  said: string;
  /** The linkId answered; undefined for the opening 'hi'. */
  answered?: string;
  replies: readonly PersonaReply[];
}

/** What a full run took. */
export interface PersonaRun {
  /** Messages sent, 'hi' included. */
  turns: number;
  /** Characters typed by the persona. */
  chars: number;
  transcript: PersonaExchange[];
}

/** Issue 3: a full preparation must finish within this many turns. */
export const maxPersonaTurns = 45;

/**
 * Answers for themselves: two goals (low confidence on the first, so `goal.1.moreLikely` is
 * asked), diabetes and joints, topics picked by numbers then by names, a positive mood screen
 * they want help with and agree to share, and consent to share the plan.
 */
export const personPersona: Persona = {
  name: 'person',
  answers: {
    'respondent.type': '1',
    'subject.name': 'Sam',
    conditions: 'diabetes and joints',
    'whatMatters.most': 'Seeing my grandchildren and staying in my own home',
    'whatMatters.goingWell': 'My daughter helps with the shopping',
    'whatMatters.hard': 'My knees hurt on the stairs',
    'whatMatters.wouldLikeTo': 'Walk to the park again',
    'whatMatters.support': 'My daughter, and the Tuesday walking group',
    'whatMatters.feelings': 'Mostly fine, I just get on with it',
    'goal.1.text': 'Walk to the park',
    'goal.1.importance': '9',
    'goal.1.action': 'Walk to the end of the road after lunch, three times a week',
    'goal.1.barriers': 'Bad weather, so I could walk around the house instead',
    'goal.1.confidence': '4',
    'goal.1.moreLikely': 'Start with twice a week with my daughter',
    'goal.another': ['yes', 'no'],
    'goal.2.text': 'Check my blood sugar every morning',
    'goal.2.importance': '7',
    'goal.2.action': 'Test before breakfast and write it in my notebook',
    'goal.2.barriers': 'skip',
    'goal.2.confidence': '8 out of 10',
    'topics.selected': '1, 8 and 13',
    'topics.own': 'Can I get a rail for the stairs?',
    'topics.top': 'pain and check ups',
    'mood.down': 'yes',
    'mood.interest': 'no',
    'mood.harmThoughts': 'no',
    'mood.wantsHelp': 'yes',
    'mood.share': 'yes',
    'review.change': 'It looks right',
    'share.sections': 'Send it all',
    'share.consent': 'yes',
  },
};

/**
 * A daughter answering for her mother, Jean: carer questions, a view of her own, one goal, no
 * mood concerns, and her own short part: how she is coping, that a break and someone to talk to
 * would help, and that Jean agrees with what she said.
 */
export const carerPersona: Persona = {
  name: 'carer',
  answers: {
    'respondent.type': 'I am helping someone else',
    'subject.name': 'Jean',
    'respondent.name': 'Ann',
    'respondent.relationship': 'Daughter',
    'respondent.personAgrees': 'yes',
    conditions: '2 and 3',
    'whatMatters.most': 'Staying in her own home',
    'whatMatters.goingWell': 'She sees her friends at church on Sundays',
    'whatMatters.hard': 'She gets out of breath on the stairs',
    'whatMatters.wouldLikeTo': 'Walk to the corner shop on her own',
    'whatMatters.support': 'Me, and her neighbour pops in most days',
    'whatMatters.feelings': 'skip',
    'carer.view.whatMatters': 'I think she worries about falling more than she says',
    'carer.view.goals': 'She could manage a longer walk than she thinks',
    'goal.1.text': 'Walk to the corner shop',
    'goal.1.importance': '8',
    'goal.1.action': 'Walk there with me on Saturday mornings',
    'goal.1.barriers': 'Her breathing on cold days, so we can go when it is warmer',
    'goal.1.confidence': '7',
    'goal.another': ['no'],
    'topics.selected': 'breathlessness and swelling',
    'topics.own': 'skip',
    'topics.top': '1',
    'mood.down': 'no',
    'mood.interest': 'no',
    'carer.coping': 'Tired, but we manage most days',
    'carer.help': 'a break and someone to talk to',
    'carer.personAgrees': 'yes',
    'review.change': 'It looks right',
    'share.sections': 'none',
    'share.consent': 'yes',
  },
  questionMentions: {
    'subject.name': 'person you are helping',
    'whatMatters.most': 'Jean',
    'carer.coping': 'Jean',
  },
};

/** The linkId of the last question in a set of replies; undefined when none asks anything. */
export function lastQuestionLinkId(replies: readonly PersonaReply[]): string | undefined {
  for (let i = replies.length - 1; i >= 0; i--) {
    const careprep = metaOf(replies[i]);
    if (careprep) return careprep.linkId;
  }
  return undefined;
}

function metaOf(reply: PersonaReply): { linkId: string } | undefined {
  const channelData = reply.channelData;
  if (!channelData || typeof channelData !== 'object' || !('careprep' in channelData)) return undefined;
  const careprep = channelData.careprep;
  if (!careprep || typeof careprep !== 'object' || !('linkId' in careprep)) return undefined;
  return typeof careprep.linkId === 'string' ? { linkId: careprep.linkId } : undefined;
}

/**
 * The questions after which the bot may rightly ask nothing more: consent to share, or, with no
 * care team linked (nothing to share with), looking the plan over.
 */
const lastQuestions: readonly (string | undefined)[] = ['share.consent', 'review.change'];

/**
 * Drives one full preparation: says `opening` ('hi' unless given, for example an invitation
 * code), then answers each question by its linkId until the bot, having had an answer to its
 * last question, asks nothing more. Throws on a question the persona has no answer for, an
 * answer the bot did not accept (the same question straight back), a missing wording, a flow
 * that stops early, or more than {@link maxPersonaTurns} turns.
 *
 * @param send posts one message and resolves to the bot's replies to it.
 */
export async function runPersona(
  send: (text: string) => Promise<readonly PersonaReply[]>,
  persona: Persona,
  opening = 'hi',
): Promise<PersonaRun> {
  const transcript: PersonaExchange[] = [];
  const timesAsked = new Map<string, number>();
  let turns = 0;
  let chars = 0;
  let answered: string | undefined;
  let said = opening;
  const fail = (why: string): Error => new Error(`persona ${persona.name}, turn ${turns}: ${why}`);

  for (;;) {
    if (turns >= maxPersonaTurns) throw fail(`not finished within ${maxPersonaTurns} turns`);
    const replies = await send(said);
    turns += 1;
    chars += said.length;
    transcript.push({ said, answered, replies });

    const linkId = lastQuestionLinkId(replies);
    if (linkId === undefined) {
      if (lastQuestions.includes(answered)) return { turns, chars, transcript };
      throw fail(`the bot stopped asking after ${answered ?? "'hi'"}`);
    }
    if (linkId === answered) throw fail(`the bot did not accept "${said}" for ${linkId}`);

    const mention = persona.questionMentions?.[linkId];
    if (mention && !replies.some((reply) => JSON.stringify(reply).includes(mention))) {
      throw fail(`the question ${linkId} does not mention "${mention}"`);
    }
    const scripted = persona.answers[linkId];
    const n = timesAsked.get(linkId) ?? 0;
    timesAsked.set(linkId, n + 1);
    const answer = typeof scripted === 'string' ? scripted : scripted?.[n];
    if (answer === undefined) throw fail(`unexpected question ${linkId}`);
    said = answer;
    answered = linkId;
  }
}
