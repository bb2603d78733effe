/**
 * Dialog 30 (H436, H380 leftovers): a condition spelt as it sounds after "she is" at the person's
 * name question ("she is diabeets", "he is demenshia", "she is artheritis") was kept as her name,
 * being further than the typo tolerance. A condition's name spelt as it sounds (`soundsLike`) is
 * no name now, and the name is asked again; real names, with or without capitals, stay names.
 * Through the real bot at the question about the person's name, Web Chat and SMS.
 */
import { nameAnswers } from '../support/nameAnswers';

/** A condition spelt as it sounds, after "she is": never a name. */
const notNames = [
  'she is diabeets',
  'he is demenshia',
  'she is artheritis',
  'he is parkinsons',
  'she is demensha',
  'he is epalepsy',
  'she is alzymers',
  'he is diabeetic',
];

/** Names, some sounding a little like a condition: kept as ever. */
const namesKept = [
  ['she is Diana', 'Diana'],
  ['he is Dermot', 'Dermot'],
  ['he is dermot', 'Dermot'],
  ['she is harriet', 'Harriet'],
  ['she is martina', 'Martina'],
  ['he is desmond', 'Desmond'],
  ['he is dimitri', 'Dimitri'],
  ['she is bernadette', 'Bernadette'],
];

for (const channelId of ['webchat', 'sms'])
  nameAnswers(
    'Dialog 30: a condition spelt as it sounds after "she is" at the name question',
    channelId,
    notNames,
    namesKept,
  );
