/**
 * Dialog 29 (H380): a carer's "she is diabetis" at the question about the person's name was kept as
 * her name ("From now on my questions are about Diabetis"): a condition on the list was no name only
 * when spelt exactly (H338). Misspelt conditions, with the spelling tolerance the conditions list
 * reads them with, are no names now; real names ("she is Dia", "she is Diana") are kept. Each
 * through the real bot at the question about the person's name.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { samForRon } from '../support/carerScripts';
import { storedValue } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

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
  describe(`Dialog 29: a misspelt condition after "she is" at the name question, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const said of notNames) {
      it(`keeps no name from "${said}", and asks again`, async () => {
        const reply = await atQuestion(app.client, 'subject.name', said, samForRon);

        expect(await storedValue(app.running, 'subject.name'), allText(reply)).to.equal(undefined);
        expect(lastQuestion(reply), allText(reply)).to.equal('subject.name');
      });
    }

    for (const [said, name] of namesKept) {
      it(`still keeps "${name}" from "${said}"`, async () => {
        const reply = await atQuestion(app.client, 'subject.name', said, samForRon);

        expect(await storedValue(app.running, 'subject.name'), allText(reply)).to.equal(name);
      });
    }
  });
