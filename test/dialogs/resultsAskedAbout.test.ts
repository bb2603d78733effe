/**
 * What is said at a result, read word by word: a question of what the result is by its own name
 * (from the results catalogue, never a list of tests written here), a worry naming the result or
 * the value shown, a fear of what the condition may do, and the crisis screen's decision on those
 * fears, which reads every message before any dialog and is not changed by them.
 */
import { expect } from 'chai';
import { asksFear } from '../../dialogs/recognisers/fear';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { asksWhatResultIs, resultNames, resultOwners, valueForms } from '../../dialogs/recognisers/resultNamed';
import { saysWorried } from '../../dialogs/recognisers/worry';
import { loadResultCatalogue } from '../../content/results/resultCatalogue';
import { createCrisisScreen } from '../../safety/screen';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atResult, onEach, savedClaim } from '../support/resultsChat';

const phrases = createPhrases();
const catalogue = loadResultCatalogue();
const namesOf = (id: string): string[] => resultNames(catalogue.measure(id)?.name ?? '');

describe('A result asked about by its own name', () => {
  it('takes the catalogue name, the name without its brackets, and the part in brackets', () => {
    expect(namesOf('egfr')).to.have.members(['kidney blood test egfr', 'kidney blood test', 'egfr']);
    expect(namesOf('hba1c')).to.deep.equal(['hba1c']);
  });

  const asked: [string, string][] = [
    ['what does HbA1c mean', 'hba1c'],
    ['What does HbA1c mean?', 'hba1c'],
    ["what's eGFR?", 'egfr'],
    ['what is the kidney blood test', 'egfr'],
    ['what is cholesterol', 'totalCholesterol'],
    ['what does FEV1 stand for', 'fev1Percent'],
    ['explain BMI please', 'bmi'],
    ["I don't understand HbA1c", 'hba1c'],
  ];
  for (const [said, id] of asked) {
    it(`hears "${said}" as asking what the ${id} result is`, () => {
      expect(asksWhatResultIs(said, namesOf(id), phrases)).to.equal(true);
    });
  }

  const notAsked: [string, string][] = [
    ['what does my HbA1c mean for me', 'hba1c'],
    ['what is my HbA1c target', 'hba1c'],
    ['why did my HbA1c go up', 'hba1c'],
    ['what is cholesterol', 'hba1c'],
    ['HbA1c', 'hba1c'],
  ];
  for (const [said, id] of notAsked) {
    it(`hears "${said}" at the ${id} result as no question of what it is`, () => {
      expect(asksWhatResultIs(said, namesOf(id), phrases)).to.equal(false);
    });
  }
});

describe('A result asked about as whose it is, or as "my result"', () => {
  const whose = resultOwners('Jean');
  const askedOf: [string, boolean][] = [
    ["what does Jean's HbA1c mean?", false],
    ['what does Jean\u2019s HbA1c mean', false],
    ['what does her HbA1c mean', false],
    ["what is my mum's HbA1c", false],
    ['what does my result mean?', true],
    ["what does Jean's result mean", true],
    ['what does the number mean', true],
  ];
  for (const [said, shown] of askedOf) {
    it(`hears "${said}" as asking what the HbA1c result shown is`, () => {
      expect(asksWhatResultIs(said, namesOf('hba1c'), phrases, { whose, shown: true })).to.equal(true);
      if (shown) expect(asksWhatResultIs(said, namesOf('hba1c'), phrases, { whose })).to.equal(false);
    });
  }

  const notAsked = [
    "what does Jean's HbA1c mean for her",
    'what does my result mean for me',
    "what is Bob's HbA1c",
    'what does her result mean for her kidneys',
  ];
  for (const said of notAsked) {
    it(`hears "${said}" as no question of what the result is`, () => {
      expect(asksWhatResultIs(said, namesOf('hba1c'), phrases, { whose, shown: true })).to.equal(false);
    });
  }

  it("takes whose a result is from the person's name as given, never from a list", () => {
    expect(resultOwners('Jean')).to.have.members(['jeans', 'jean']);
    expect(resultOwners('Mary Ann')).to.include.members(['mary anns', 'mary ann', 'marys']);
    expect(resultOwners(undefined)).to.deep.equal([]);
  });
});

describe('A worry naming the result or the value shown', () => {
  const shown = [...namesOf('hba1c'), ...valueForms('75 mmol/mol')];

  it('reads a value as typed: with its unit, and its numbers alone', () => {
    expect(valueForms('75 mmol/mol')).to.deep.equal(['75 mmol mol', '75']);
    expect(valueForms('150/95 mmHg')).to.deep.equal(['150 95 mmhg', '150 95']);
    expect(valueForms('6.1 mmol/L')).to.deep.equal(['6 1 mmol l', '6 1']);
  });

  for (const said of ['is 75 bad?', 'Is 75 mmol/mol bad', 'is my HbA1c bad?', 'is a 75 ok?', 'is 75 bad for Jean']) {
    it(`hears "${said}" as "is that bad?"`, () => {
      expect(saysWorried(said, phrases, 'Jean', shown)).to.equal(true);
    });
  }

  for (const said of ['is 80 bad?', 'is 75 minutes of walking a week enough', 'is my blood pressure bad?']) {
    it(`hears no worry about this result in "${said}"`, () => {
      expect(saysWorried(said, phrases, 'Jean', shown)).to.equal(false);
    });
  }
});

describe('A fear of what the condition may do', () => {
  const fears = [
    'am I going to lose my feet?',
    'will I go blind',
    'will I lose my sight',
    'is she going to lose her feet',
    'do I need dialysis now?',
    'could I die',
    'will I end up in a wheelchair',
    'does this mean I will have a stroke',
  ];
  for (const said of fears) {
    it(`hears "${said}" as a fear`, () => {
      expect(asksFear(said, phrases)).to.equal(true);
      expect(saysWorried(said, phrases)).to.equal(true);
    });
  }

  for (const said of ['will I lose weight if I walk more', 'I want to keep my feet healthy', 'will I get a letter']) {
    it(`hears no fear in "${said}"`, () => {
      expect(asksFear(said, phrases)).to.equal(false);
    });
  }

  // H413 (the team's decision, late 29a): a question of fear of dying is not a suicide disclosure.
  // It passes the screen and is answered as the worry it is; a wish to die is still the screen's.
  it('lets a question of fear of dying pass the crisis screen: a wish to die is still its to answer', () => {
    const screen = createCrisisScreen();
    const decided = (text: string): string => {
      const found = screen.screen(text);
      return found.tier === 'none' ? 'none' : `${found.tier} ${found.kind}`;
    };
    expect(decided('am I going to die')).to.equal('none');
    expect(decided('am I going to die?')).to.equal('none');
    expect(decided('will I die from this?')).to.equal('none');
    expect(decided('I want to die')).to.equal('crisis suicide');
    expect(decided('am I going to die if I take all of them')).to.equal('crisis suicide');
    for (const said of [...fears, 'is this serious?', 'is 75 bad?', 'what does HbA1c mean']) {
      expect(decided(said), said).to.equal('none');
    }
  });

  it('gives the worry answer, not the crisis reply, to "am I going to die" at a result, and keeps none of it yet', async () => {
    await onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      const reply = await client.say('am I going to die');

      expect(allText(reply), channelId).to.not.include('116 123');
      expect(allText(reply), channelId).to.match(/\bcan't say what a result means\b/);
      expect(lastQuestion(reply), channelId).to.not.equal('safety.check');
      expect((await onlyRecord(running)).flags, channelId).to.deep.equal([]);
      expect((await onlyRecord(running)).answers['result.hba1c.thoughts'], channelId).to.equal(undefined);
    });
  });
});

// Found playing a new user (branch explore21, test/explore/findings21b.test.ts): at the HbA1c, a
// kidney result the care team never sent was asked about, and the question was put in the plan as
// one about the HbA1c, with "I have put that in the plan".
describe('A result asked about that the care team did not send', () => {
  it('hears "what is my kidney result?" as asking about the kidney tests, by the words the catalogue gives them', () => {
    for (const id of ['egfr', 'urineAcr']) {
      const measure = catalogue.measure(id);
      expect(asksWhatResultIs('what is my kidney result?', measure?.askedAs ?? [], phrases), id).to.equal(true);
    }
    expect(asksWhatResultIs('what is my kidney result?', namesOf('hba1c'), phrases)).to.equal(false);
  });

  for (const said of ['what is my kidney result?', 'what about my kidney results', 'what was my eGFR']) {
    it(`says "${said}" asks about a result that was not sent, keeps nothing, and asks about the HbA1c again`, () =>
      onEach(['webchat', 'sms'], async (running, channelId) => {
        const { client } = await atResult(running, channelId);
        const reply = await client.say(said);
        const text = allText(reply);

        expect(text, channelId).to.match(/kidney/i);
        expect(text, channelId).to.match(/did not send/);
        expect(text, channelId).to.not.match(savedClaim);
        expect(lastQuestion(reply), channelId).to.equal('result.hba1c.thoughts');
        expect((await onlyRecord(running)).answers['result.hba1c.thoughts'], channelId).to.equal(undefined);
      }));
  }

  it('still explains a result that was sent when asked about it by name before it is shown', () =>
    onEach(['webchat'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      const reply = allText(await client.say('what is my cholesterol result?'));

      expect(reply).to.not.match(/did not send/);
      expect(reply).to.include(catalogue.measure('totalCholesterol')?.plainer ?? 'plainer words');
    }));
});
