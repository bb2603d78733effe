/**
 * Dialog 29 (H380): a carer's "she is diabetis" at the question about the person's name was kept as
 * her name ("From now on my questions are about Diabetis"): a condition on the list was no name only
 * when spelt exactly (H338). Misspelt conditions, with the spelling tolerance the conditions list
 * reads them with, are no names now; real names ("she is Dia", "she is Diana") are kept. Each
 * through the real bot at the question about the person's name.
 */
import { nameAnswers } from '../support/nameAnswers';

/** A condition, or what someone with it is called, misspelt after "she is": never a name. */
const notNames = [
  'she is diabetis',
  'he is diabeties',
  'she is diabetic',
  'he is demented',
  'she is dementa',
  'she is asmatic',
  'he is asthmatik',
  'he is parkinsons',
  'he is parkinson',
  'she is parkinsens',
  'he is epileptik',
  'she is athritis',
  'shes diabetis',
];

/** Names, some a few letters from a condition, kept as ever. */
const namesKept = [
  ['she is Dia', 'Dia'],
  ['she is Diana', 'Diana'],
  ['she is dia', 'Dia'],
  ['she is diana', 'Diana'],
  ['she is mina', 'Mina'],
  ['he is jarek', 'Jarek'],
  ['he is Parkinson', 'Parkinson'],
];

for (const channelId of ['webchat', 'sms'])
  nameAnswers('Dialog 29: a misspelt condition after "she is" at the name question', channelId, notNames, namesKept);
