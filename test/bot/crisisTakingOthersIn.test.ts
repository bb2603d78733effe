/**
 * A carer's own thoughts of ending it that take the person in: at "How are you coping?", "sometimes
 * I think it would be kinder to end it for both of us" raised only the carer's own suicide flag
 * ("This is about the carer, not the person this plan is for") and asked only whether the carer
 * was safe (explore 22b, finding 6). It is a danger to Ron too: harm to others is flagged beside it.
 */
import { expect } from 'chai';
import { loadCatalogue } from '../../content/catalogue';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { compileDraftPlan } from '../../plan/draftPlan';
import { takesOthersIn } from '../../safety/takesOthersIn';
import { allText } from '../support/botClient';
import { samForRon } from '../support/carerScripts';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion, plainPersonAnswers } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const plans = createPlanRenderer(loadCatalogue(), loadPackLibrary());

describe("Words of ending one's life that take someone else in", () => {
  for (const text of [
    'sometimes I think it would be kinder to end it for both of us',
    'I want to end it for the two of us',
    "I'll take him with me",
    'it would be better if we both went together',
    'end it for us both',
    "I've thought about taking her with me",
  ]) {
    it(`reads "${text}" as taking someone in`, () => expect(takesOthersIn(text)).to.equal(true));
  }
  for (const text of [
    'I want to end it all',
    'I want to end my life',
    'both of us are tired and I want to end it all',
    'we both want to go on holiday together',
  ]) {
    it(`does not read "${text}" as taking someone in`, () => expect(takesOthersIn(text)).to.equal(false));
  }
});

for (const channelId of ['webchat', 'msteams', 'sms']) {
  describe(`A carer's own crisis that takes the person in, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it("flags the danger to Ron beside the carer's own, and tells the lead contact so", async () => {
      const reply = await atQuestion(
        fresh.client,
        'carer.coping',
        'sometimes I think it would be kinder to end it for both of us',
        samForRon,
      );

      expect(allText(reply)).to.match(/116 123/);
      const record = await onlyRecord(fresh.running);
      const crisis = record.flags.filter((flag) => flag.kind === 'crisis');
      expect(crisis.map(({ detail, about, by }) => ({ detail, about, by }))).to.deep.equal([
        { detail: 'harmOthers', about: 'carer', by: 'carer' },
        { detail: 'suicide', about: 'carer', by: 'carer' },
      ]);
      const plan = plans.chat(compileDraftPlan(record, plans.labels), 'webchat');
      expect(plan).to.match(/perhaps the person this plan is for/);
    });
  });
}

describe('A person who speaks of ending it for both of them', () => {
  const fresh = freshAppPerTest('webchat');

  it('flags harm to others beside thoughts of suicide', async () => {
    await atQuestion(
      fresh.client,
      'whatMatters.hard',
      'I want to end it for both of us, me and my wife',
      plainPersonAnswers,
    );

    const crisis = (await onlyRecord(fresh.running)).flags.filter((flag) => flag.kind === 'crisis');
    expect(crisis.map((flag) => flag.detail).sort()).to.deep.equal(['harmOthers', 'suicide']);
  });

  it('raises only the suicide flag for words that take no one else in', async () => {
    await atQuestion(fresh.client, 'whatMatters.hard', 'I want to end it all', plainPersonAnswers);

    const crisis = (await onlyRecord(fresh.running)).flags.filter((flag) => flag.kind === 'crisis');
    expect(crisis.map((flag) => flag.detail)).to.deep.equal(['suicide']);
  });
});
