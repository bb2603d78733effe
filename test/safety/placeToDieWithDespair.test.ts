import { createCrisisScreen } from '../../safety/screen';
import { itGetsNothing, itStillAsks } from './screenWordings';

/**
 * Where a person would like to die, said with despair (H516, under H501 and `exclude.dieAtHome`):
 * the place set the wish aside as advance care planning ('I want to die in hospital'), and the words
 * after it that say why ('I am useless to everyone', 'I'm worthless', 'I've had enough') were read
 * by nothing, so the message got nothing at all. A place said with despair is asked about, at least;
 * a place said calmly, or with the time to come, is still set aside.
 */
const mustStillAsk: readonly string[] = [
  'I want to die in hospital, I am useless to everyone',
  'i want to die in my bed, i am worthless',
  'I would like to die at home, nobody would even notice',
  'Mum wants to die at home, she says she is useless to everyone now',
];

const mustGetNothing: readonly string[] = [
  'Mum wants to die at home, not in hospital',
  "I'd like to die in my own bed when the time comes",
  'he would like to die in Ireland where he was born',
  'I want to die at home when the time comes, with my family around me',
];

describe('a place to die said with despair is asked about; said calmly it is set aside', () => {
  const screen = createCrisisScreen();
  itStillAsks(screen, mustStillAsk);
  itGetsNothing(screen, mustGetNothing);
});
