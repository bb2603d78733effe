/**
 * A result's unit asked about ("what does mmol/mol mean"): plain words on the unit, from
 * content/results/units.yaml, and the result's question asked again; nothing is kept unasked. A
 * unit that is not the result's (mmol/L at blood pressure) is a mix-up, told kindly with the unit
 * the result is given in. Explore 21b finding 6.
 */
import { expect } from 'chai';
import { isGsm7 } from '../../content/gsm7';
import { loadResultCatalogue } from '../../content/results/resultCatalogue';
import { loadResultUnits } from '../../content/results/resultUnits';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { unitAskedAbout } from '../../dialogs/recognisers/unitAsked';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { fleschKincaidGrade } from '../support/readability';
import { answerWords, atResult, onEach, savedClaim } from '../support/resultsChat';

const phrases = createPhrases();
const units = loadResultUnits();
const catalogue = loadResultCatalogue();

describe('The units results are given in', () => {
  it('explains the units of HbA1c, blood pressure and cholesterol', () => {
    expect(units.map((unit) => unit.label)).to.include.members(['mmol/mol', 'mmHg', 'mmol/L']);
  });

  for (const unit of units) {
    it(`explains ${unit.label}, a unit a result is given in, in plain words that never judge`, () => {
      expect(catalogue.measures.map((measure) => measure.unitLabel)).to.include(unit.label);
      for (const sentence of unit.meaning.split(/(?<=\.) /))
        expect(fleschKincaidGrade(sentence), sentence).to.be.at.most(6);
      expect(isGsm7(unit.meaning), unit.meaning).to.equal(true);
      expect(unit.meaning.toLowerCase()).to.not.match(/\b(good|bad|well done|should|worry|normal|healthy|risk)\b/);
    });
  }

  const asked: [string, string][] = [
    ['what does mmol/mol mean', 'mmol/mol'],
    ['What does mmol/mol mean?', 'mmol/mol'],
    ["what's mmHg?", 'mmHg'],
    ['what does mm Hg stand for', 'mmHg'],
    ['what does mmol/L mean', 'mmol/L'],
    ['what is mmol per litre', 'mmol/L'],
    ['what does the mmol/mol mean', 'mmol/mol'],
  ];
  for (const [said, label] of asked) {
    it(`hears "${said}" as asking what ${label} means`, () => {
      expect(unitAskedAbout(said, units, phrases)?.label).to.equal(label);
    });
  }

  for (const said of ['what does 75 mmol/mol mean for me', 'is 75 mmol/mol high', 'mmol/mol']) {
    it(`hears "${said}" as no question of what a unit means`, () => {
      expect(unitAskedAbout(said, units, phrases)).to.equal(undefined);
    });
  }
});

describe('A unit asked about at a result', () => {
  it('"what does mmol/mol mean" at the HbA1c says what the unit is, asks again and keeps nothing', async () => {
    await onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      const reply = await client.say('what does mmol/mol mean');
      const text = allText(reply);

      expect(text, channelId).to.match(/millimoles per mole/);
      expect(text).to.match(/unit HbA1c is given in/);
      expect(text).to.not.match(/didn't understand|did not understand/i);
      expect(text).to.not.match(savedClaim);
      expect(lastQuestion(reply)).to.equal('result.hba1c.thoughts');
      expect(await storedValue(running, 'result.hba1c.thoughts')).to.equal(undefined);
    });
  });

  it('"what does mmol/L mean" at blood pressure kindly says it is given in mmHg, and what that is', async () => {
    await onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      expect(lastQuestion(await client.say('skip'))).to.equal('result.bloodPressure.thoughts');
      const reply = await client.say('what does mmol/L mean');
      const text = allText(reply);

      expect(text, channelId).to.match(/Blood pressure is not given in mmol\/L/);
      expect(text).to.match(/cholesterol/i);
      expect(text).to.match(/millimetres of mercury/);
      expect(lastQuestion(reply)).to.equal('result.bloodPressure.thoughts');
      expect(answerWords(await onlyRecord(running)).join(' ')).to.not.include('mmol');
    });
  });

  it('"what does mmol/L mean" at cholesterol says what the unit is', async () => {
    await onEach(['webchat'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      await client.say('skip');
      expect(lastQuestion(await client.say('skip'))).to.equal('result.totalCholesterol.thoughts');
      const text = allText(await client.say('what does mmol/L mean'));

      expect(text, channelId).to.match(/millimoles per litre/);
      expect(text).to.not.match(/not given in/);
    });
  });

  // The explorer's own test, as written (explore 21b finding 6).
  it('"what does mmol/mol mean" at the HbA1c is explained or kept as a question for the visit', async () => {
    await onEach(['webchat'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      const text = allText(await client.say('what does mmol/mol mean'));
      const kept = await storedValue(running, 'result.hba1c.thoughts');

      expect(/litre|amount|unit/i.test(text) || (typeof kept === 'string' && kept.includes('mmol')), text).to.equal(
        true,
      );
    });
  });
});
