/**
 * A very high blood pressure told at any question, not only at a result: with a symptom of harm
 * now, the medical crisis reply (999, then NHS 111); alone, where to turn today (the GP practice,
 * or NHS 111, and 999 if a symptom comes), with their words still kept as they said them. An
 * ordinary reading is only their words.
 */
import { expect } from 'chai';
import { loadResultCatalogue } from '../../content/results/resultCatalogue';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { tellsVeryHighPressure, type PressureLines } from '../../dialogs/recognisers/veryHighReading';
import { allText, lastQuestion } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { walkTo } from '../support/scripts';
import { chatClient, withApp } from '../support/startApp';

const channels = ['webchat', 'sms'] as const;
const at = 'whatMatters.hard';

describe('A very high blood pressure told at any question', () => {
  it('gives the urgent help now (999, then NHS 111) for a very high reading with a symptom, and asks nothing routine', async () => {
    for (const channelId of channels) {
      await withApp(async (running) => {
        const client = chatClient(running, { channelId });
        await walkTo((t) => client.say(t), at);
        const reply = await client.say('my blood pressure is 200/125 and my vision has gone blurry');
        const text = allText(reply);

        expect(text, channelId).to.match(/\b999\b/);
        expect(text, channelId).to.match(/\b111\b/);
        expect(lastQuestion(reply), channelId).to.equal('safety.check');
        expect(await storedValue(running, at), channelId).to.equal(undefined);
      });
    }
  });

  it('tells where to turn today for a very high reading alone, and keeps their words as their answer', async () => {
    for (const channelId of channels) {
      for (const said of ['my bp was 190/100 this morning', 'blood pressure 165 over 122 at the chemist']) {
        await withApp(async (running) => {
          const client = chatClient(running, { channelId });
          await walkTo((t) => client.say(t), at);
          const reply = await client.say(said);
          const text = allText(reply);

          expect(text, `${channelId}, "${said}"`).to.match(/GP practice today/);
          expect(text, `${channelId}, "${said}"`).to.match(/\b111\b/);
          expect(text, `${channelId}, "${said}"`).to.match(/\b999\b/);
          expect(lastQuestion(reply), `${channelId}, "${said}"`).to.not.equal('safety.check');
          expect(await storedValue(running, at), `${channelId}, "${said}"`).to.equal(said);
        });
      }
    }
  });

  it('keeps an ordinary reading ("bp 150 over 90") as their words, with no urgent advice', async () => {
    await withApp(async (running) => {
      const client = chatClient(running, { channelId: 'webchat' });
      await walkTo((t) => client.say(t), at);
      const reply = await client.say('bp 150 over 90');

      expect(allText(reply)).to.not.match(/GP practice today|\b999\b/);
      expect(await storedValue(running, at)).to.equal('bp 150 over 90');
    });
  });
});

describe('A very high blood pressure read in words', () => {
  const phrases = createPhrases();
  const measure = loadResultCatalogue().measure('bloodPressure')!;
  const lines: PressureLines = {
    from: measure.veryHigh!.from,
    fromSecond: measure.veryHigh!.fromSecond,
    possible: measure.possible,
    possibleSecond: measure.possibleSecond,
  };

  it('takes its lines from the catalogue, with their source (NHS: 180/120)', () => {
    expect(measure.veryHigh).to.deep.include({ from: 180, fromSecond: 120 });
    expect(measure.veryHigh?.source).to.match(/NHS/);
  });

  for (const said of [
    'my bp was 190/100 this morning',
    'BP 180 / 95',
    '150/120 on the home machine',
    'blood pressure 165 over 122 at the chemist',
    'my blood pressure was up to 210 today',
    "Mum's top number was 185",
    'bp:200',
  ]) {
    it(`hears a very high reading in "${said}"`, () => {
      expect(tellsVeryHighPressure(said, phrases, lines)).to.equal(true);
    });
  }

  for (const said of [
    'bp 150 over 90',
    'my blood pressure is 179/119',
    'my target is below 140/90',
    'I walked 200 over the weekend',
    'co-amoxiclav 500/125 three times a day',
    'my bp tablets are 10mg and I take them at 8',
    'score 8/10',
    'blood pressure 90 over 190',
  ]) {
    it(`hears no very high reading in "${said}"`, () => {
      expect(tellsVeryHighPressure(said, phrases, lines)).to.equal(false);
    });
  }
});
