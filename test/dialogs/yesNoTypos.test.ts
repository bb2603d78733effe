import { expect } from 'chai';
import { readConfirmation } from '../../dialogs/recognisers/confirmation';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { recogniseYesNo } from '../../dialogs/recognisers/yesNo';

const phrases = createPhrases();
const consent = { needsClearYes: true };
const whatHappened = { asksWhatHappened: true };

describe('Reading a mistyped yes or no', () => {
  for (const text of ['yse', 'Yse', 'yed', 'ye', 'yws', 'yess', 'yse!']) {
    it(`reads "${text}" as yes to an offer and to a question about what happened`, () => {
      expect(recogniseYesNo(text, phrases)).to.deep.equal({ ok: true, value: true });
      expect(recogniseYesNo(text, phrases, 'en-GB', whatHappened)).to.deep.equal({ ok: true, value: true });
    });
  }

  for (const text of ['yse', 'yed', 'ye']) {
    it(`never takes "${text}" as yes to share or to delete: it is asked again`, () => {
      expect(recogniseYesNo(text, phrases, 'en-GB', consent)).to.deep.equal({ ok: false, code: 'unclear' });
      expect(readConfirmation(text, phrases)).to.not.equal('yes');
    });
  }

  for (const text of ['noo', 'nio', 'Nooo']) {
    it(`reads "${text}" as no, to consent too`, () => {
      expect(recogniseYesNo(text, phrases)).to.deep.equal({ ok: true, value: false });
      expect(recogniseYesNo(text, phrases, 'en-GB', consent)).to.deep.equal({ ok: true, value: false });
    });
  }

  // Words of their own, never slips: nothing is read into them.
  for (const text of ['yet', 'now', 'yeast', 'mo']) {
    it(`reads no yes or no into "${text}"`, () => {
      expect(recogniseYesNo(text, phrases).ok).to.equal(false);
    });
  }
});
