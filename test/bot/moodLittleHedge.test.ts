/**
 * Review 24: 2876389 made "little" and "some time" hedges, and the mood questions' own-terms reader
 * takes a hedge anywhere in the reply (`ownTerms.ts` `doubtful`: `within('hedge')`) as doubt. So
 * the question's own words back ("little interest in anything") and "low for some time" (a long
 * while) were a yes at 434137c and are now asked again as if only some of the time (H177 family).
 */
import { expect } from 'chai';
import { lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const clearYes: readonly (readonly [string, string, string])[] = [
  ['mood.interest', 'yes, very little interest in anything', 'mood.harmThoughts'],
  ['mood.interest', "I've had little interest in anything", 'mood.harmThoughts'],
  ['mood.interest', 'little pleasure in anything', 'mood.harmThoughts'],
  ['mood.down', "I've been feeling low for some time", 'mood.interest'],
];

describe('review 24: a yes in own words with "little" or "some time" in it, on webchat', () => {
  const app = freshAppPerTest('webchat');
  for (const [linkId, said, next] of clearYes)
    it(`notes yes for "${said}" at ${linkId} and moves on`, async () => {
      const reply = await atQuestion(app.client, linkId, said);

      expect(lastQuestion(reply)).to.equal(next);
      expect((await onlyRecord(app.running)).answers[linkId]).to.include({ value: true, status: 'answered' });
    });
});
