/**
 * Review 29 of carers 29 (H346), through the real bot at "How are you coping at the moment, looking
 * after Jean?": the strain words forgave one slip in any word of five letters, so everyday words a
 * letter off a strain word raised the carer's strain flag for the lead contact and told Ann "Thank
 * you for telling me how hard things are for you": "my brother is not coming round any more" (not
 * coping), "it turned out fine" (burned out), "I burst out laughing" (burnt out), "I have not swept in
 * weeks" (not slept in weeks). Misspelt strain is still read ("brunt out", "tehter", "not copign").
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { carerPersona } from '../support/personas';
import { walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const toCoping: Record<string, string> = Object.fromEntries(
  Object.entries(carerPersona.answers).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
);

for (const channelId of ['webchat', 'sms'])
  describe(`Review 29: a carer's everyday words a letter off strain, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    async function copingSaid(words: string): Promise<{ flagged: boolean; said: string }> {
      await walkTo((text) => app.client.say(text), 'carer.coping', toCoping);
      const answered = await app.client.say(words);
      const record = await onlyRecord(app.running);
      return { flagged: record.flags.some((flag) => flag.kind === 'carerStrain'), said: allText(answered) };
    }

    for (const words of [
      'ok, my brother is not coming round any more',
      'It turned out fine in the end',
      'I burst out laughing at her the other day, we manage',
      'busy, I have not swept in weeks',
      'Fine. The turnout at her club was good',
    ]) {
      it(`raises no strain flag and says nothing of it for "${words}"`, async () => {
        const { flagged, said } = await copingSaid(words);

        expect(flagged, said).to.equal(false);
        expect(said).to.not.include('how hard things are for you');
      });
    }

    for (const words of [
      'completely brunt out',
      'at the end of my tehter',
      'honestly not copign at all',
      'not coping',
    ]) {
      it(`still raises the strain flag for "${words}"`, async () => {
        const { flagged, said } = await copingSaid(words);

        expect(flagged, said).to.equal(true);
      });
    }
  });
