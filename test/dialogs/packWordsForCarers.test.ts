/**
 * H443: a topic's label and a goal's example are shown to a carer as they are to the person, so
 * neither may say "I", "me", "my" or "your" ("Doing things with my hands", "Take my tablets at the
 * same time every day" read as the carer's). Every pack, read as the service loads it.
 */
import { expect } from 'chai';
import { loadPackLibrary } from '../../content/packs/packLibrary';

const firstOrSecond = /\b(i|me|my|your)\b/i;

describe('Topic labels and goal examples a carer is shown (H443)', () => {
  const library = loadPackLibrary();
  for (const pack of library.packs) {
    it(`pack ${pack.id}: no topic label or goal example in the first or second person`, () => {
      for (const topic of pack.topics) expect(topic.label, topic.id).to.not.match(firstOrSecond);
      for (const example of pack.goalExamples) expect(example).to.not.match(firstOrSecond);
    });
  }
});
