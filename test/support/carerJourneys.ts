/**
 * Four carers who go the whole way through (H443): a daughter for her mum with dementia, a husband
 * for his wife after a stroke, a parent for a 15-year-old with type 1 diabetes, and a young carer of
 * 16 for her dad with MS. Each answers so every branch is asked: something else among the
 * conditions, a low confidence in the goal, yes to the mood questions, something else that would
 * help. Any question not named here gets "no".
 */

/** One carer's journey: who they are, whom they help, and what they say to each question. */
export interface CarerJourney {
  carer: string;
  person: string;
  opening: string;
  answers: Readonly<Record<string, string>>;
  /** The questions the journey must ask. */
  expected: readonly string[];
}

const everyBranch: Readonly<Record<string, string>> = {
  'respondent.type': '2',
  'respondent.personAgrees': 'yes',
  'conditions.other': 'eyesight',
  'whatMatters.most': 'home',
  'whatMatters.goingWell': 'church',
  'whatMatters.hard': 'stairs',
  'whatMatters.wouldLikeTo': 'the shop',
  'whatMatters.support': 'me',
  'whatMatters.feelings': 'fed up',
  'carer.view.whatMatters': 'skip',
  'goal.1.text': 'walk to the shop',
  'goal.1.importance': '8',
  'goal.1.action': 'walk there on Saturdays',
  'goal.1.barriers': 'rain',
  'goal.1.confidence': '4',
  'goal.1.moreLikely': 'go together',
  'goal.another': 'no',
  'carer.view.goals': 'skip',
  'topics.selected': '1, 2, 3',
  'topics.own': 'skip',
  'topics.top': '1',
  'mood.down': 'yes',
  'mood.interest': 'yes',
  'mood.harmThoughts': 'no',
  'mood.wantsHelp': 'yes',
  'mood.share': 'yes',
  'carer.coping': 'tired but ok',
  'carer.help': '4',
  'carer.help.other': 'help with money',
  'carer.personAgrees': 'yes',
  'review.change': 'It looks right',
};

const everyQuestion = [
  'respondent.type',
  'subject.name',
  'respondent.name',
  'respondent.relationship',
  'respondent.personAgrees',
  'conditions',
  'conditions.other',
  'whatMatters.most',
  'whatMatters.goingWell',
  'whatMatters.hard',
  'whatMatters.wouldLikeTo',
  'whatMatters.support',
  'whatMatters.feelings',
  'carer.view.whatMatters',
  'goal.1.text',
  'goal.1.importance',
  'goal.1.action',
  'goal.1.barriers',
  'goal.1.confidence',
  'goal.1.moreLikely',
  'goal.another',
  'carer.view.goals',
  'topics.selected',
  'topics.own',
  'topics.top',
  'mood.down',
  'mood.interest',
  'mood.harmThoughts',
  'mood.wantsHelp',
  'mood.share',
  'carer.coping',
  'carer.help',
  'carer.help.other',
  'carer.personAgrees',
  'review.change',
];

function journey(
  carer: string,
  person: string,
  said: Record<string, string>,
  more: { extra?: string[]; notAsked?: string[] } = {},
): CarerJourney {
  return {
    carer,
    person,
    opening: 'hi',
    answers: { ...everyBranch, 'subject.name': person, 'respondent.name': carer, ...said },
    expected: [...everyQuestion, ...(more.extra ?? [])].filter((linkId) => !more.notAsked?.includes(linkId)),
  };
}

/** The four carers. */
export const carerJourneys: readonly CarerJourney[] = [
  journey('Ann', 'Jean', { 'respondent.relationship': 'daughter', conditions: 'dementia and something else' }),
  journey(
    'Bill',
    'Rose',
    { 'respondent.relationship': 'husband', conditions: 'stroke and something else' },
    { extra: ['stroke.seesTeam'] },
  ),
  journey('Kate', 'Leo', { 'respondent.relationship': 'mum', conditions: 'type 1 diabetes and something else' }),
  // Who she is to him is heard in "my dad": not asked again.
  journey(
    'Mia',
    'Dave',
    // Under 18, she is offered a young carers group and help at school (H523): "Something else" is 5.
    { 'respondent.type': 'im 16 and look after my dad', conditions: 'MS and something else', 'carer.help': '1 and 5' },
    { notAsked: ['respondent.relationship'] },
  ),
];

/**
 * Zoe, 14, answering for her mum Jean, who has MS (H523): the whole way through, with her own
 * strain said in clear words at how she is coping, so every reply a young carer can meet is given.
 */
export const youngCarerJourney: CarerJourney = journey(
  'Zoe',
  'Jean',
  {
    'respondent.type': 'im 14 and i look after my mum',
    conditions: 'MS and something else',
    'carer.coping': "I'm exhausted and I can't cope",
    // A young carers group, and something else in her own words.
    'carer.help': '1 and 5',
  },
  { notAsked: ['respondent.relationship'] },
);
