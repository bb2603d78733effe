/**
 * How one person answers the whole preparation by text, in their own way: numbers, "1,3 and 5",
 * "y", "yeah", "nah", "seven", "7/10", a typo. The SMS journey test walks it question by
 * question; the benchmark replays `smsScript`, which that test keeps in step with the journey.
 */

/** How someone answers each question by text, in their own way. */
export const answers: Record<string, string> = {
  'respondent.type': '1',
  'subject.name': 'Sam',
  conditions: '1, 2 and joints',
  'whatMatters.most': 'My grandchildren',
  'whatMatters.goingWell': 'my garden',
  'whatMatters.hard': 'Stairs',
  'whatMatters.wouldLikeTo': 'Walk to the shop',
  'whatMatters.support': 'My son',
  'whatMatters.feelings': 'skip',
  'goal.1.text': 'Walk to the shop',
  'goal.1.importance': '7',
  'goal.1.action': 'Every morning',
  'goal.1.barriers': 'Rain',
  'goal.1.confidence': 'seven',
  'goal.another': 'y',
  'goal.2.text': 'Sleep better',
  'goal.2.importance': '7/10',
  'goal.2.action': 'Bed by 11',
  'goal.2.barriers': 'Pain',
  'goal.2.confidence': '5',
  'goal.2.moreLikely': 'A friend to walk with',
  'topics.selected': '1 3 5 7',
  'topics.own': 'My knee',
  'topics.top': '1,3 and 5',
  'mood.down': 'yeah',
  'mood.interest': 'n',
  'mood.harmThoughts': 'no',
  'mood.wantsHelp': 'nah',
  'mood.share': 'no',
  'review.change': 'it looks rigt',
};

/** The second "another goal?" is answered no. */
export const laterAnswers: Record<string, string> = { 'goal.another': 'n' };

/** The texts in the order the journey asks for them. */
export const smsScript: readonly string[] = [
  'hi',
  '1',
  'Sam',
  '1, 2 and joints',
  'My grandchildren',
  'my garden',
  'Stairs',
  'Walk to the shop',
  'My son',
  'skip',
  'Walk to the shop',
  '7',
  'Every morning',
  'Rain',
  'seven',
  'y',
  'Sleep better',
  '7/10',
  'Bed by 11',
  'Pain',
  '5',
  'A friend to walk with',
  'n',
  '1 3 5 7',
  'My knee',
  '1,3 and 5',
  'yeah',
  'n',
  'no',
  'nah',
  'no',
  'it looks rigt',
];
