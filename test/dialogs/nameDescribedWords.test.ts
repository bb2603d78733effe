/**
 * Review 28 (H338): after "she is" in small letters, one word on no list is now kept as a first name
 * ("he is jarek", H266). A condition said so ("she is cancer", "he is diabetes", "he is parkinsons")
 * and other words that say what someone is like or where ("she is hoh", "he is overweight",
 * "she is severe", "he is upstairs") were kept as the person's name and said back to the carer as it.
 * Each through the real bot at the question about the person's name.
 */
import { nameAnswers } from '../support/nameAnswers';

/** Conditions and descriptions in one word after "she is": never kept as a name. */
const notNames = [
  'she is cancer',
  'he is diabetes',
  'he is parkinsons',
  'she is arthritis',
  'she is asthma',
  'he is stroke',
  'she is copd',
  'she is hoh',
  'he is overweight',
  'he is underweight',
  'she is severe',
  'he is mild',
  'he is upstairs',
  'she is outside',
  'he is aggro',
  'she is forgetfull',
];

/** First names on no list, as the dialog 28 change keeps them. */
const namesKept = [
  ['he is jarek', 'Jarek'],
  ['she is kasia', 'Kasia'],
  ['he is mihai', 'Mihai'],
];

nameAnswers('Review 28: one word after "she is" that is a condition or a description', 'webchat', notNames, namesKept);
