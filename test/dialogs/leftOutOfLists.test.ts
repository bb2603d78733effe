/**
 * What is left out of a list, named in words at any list where several may be picked ("all except
 * smoking", "foot care but not alcohol"), and every option picked in words ("all of them"). Only
 * the share step read them: at the topics, "all except smoking" noted "Stopping smoking", the one
 * topic left out, and said it "didn't understand 'except'". Found by explorer 22a
 * (test/explore/findings22a2.test.ts on branch explore22a).
 */
import { expect } from 'chai';
import type { Option } from '../../content/packs/packSchema';
import { recogniseChoices } from '../../dialogs/recognisers/choices';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { carerToOwnPart } from '../support/carerScripts';
import { oneGoal, personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Jean for herself with diabetes, one goal: to "What would you like to talk about?". */
const toTopics = [...personToFirstGoal(), ...oneGoal];

for (const channelId of ['webchat', 'msteams', 'sms'] as const) {
  describe(`Leaving a topic out in words, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    /** The topics picked on `words` at the topics, what was said, the question asked next, and every topic offered. */
    const topicsAfter = async (
      words: string,
    ): Promise<{ picked: string[]; said: string; next?: string; offered: string[] }> => {
      const asked = await sayAll(fresh.client, toTopics);
      expect(lastQuestion(asked)).to.equal('topics.selected');
      const options = (asked.questions.at(-1)?.options ?? []) as Array<{ id: string }>;
      const reply = await fresh.client.say(words);
      const picked = ((await storedValue(fresh.running, 'topics.selected')) ?? []) as string[];
      return { picked, said: allText(reply), next: lastQuestion(reply), offered: options.map((o) => o.id) };
    };

    for (const [words, leftOut] of [
      ['all except smoking', 'smoking'],
      ['everything but alcohol', 'alcohol'],
      ['all of them except foot care', 'footCare'],
    ] as const) {
      it(`picks every topic but the one left out on "${words}"`, async () => {
        const { picked, said, next } = await topicsAfter(words);

        expect(picked, said).to.not.include(leftOut);
        expect(picked, said).to.include('takingMedication').and.to.include('checkUps');
        expect(said).to.not.match(/didn't understand/i);
        expect(next).to.equal('topics.own');
      });
    }

    it('picks foot care alone on "foot care but not alcohol"', async () => {
      const { picked, said } = await topicsAfter('foot care but not alcohol');

      expect(picked, said).to.deep.equal(['footCare']);
    });

    // "not smoking" with nothing before it is every topic but smoking, as "not the mood bit" is at
    // the share step; never smoking itself.
    it('never picks smoking on "not smoking"', async () => {
      const { picked, said } = await topicsAfter('not smoking');

      expect(picked, said).to.not.include('smoking');
    });

    for (const words of ['all of them', 'everything', 'all']) {
      it(`picks every topic on "${words}"`, async () => {
        const { picked, said, next, offered } = await topicsAfter(words);

        expect(offered).to.include('smoking');
        expect(picked, said).to.have.members(offered);
        expect(next).to.equal('topics.own');
      });
    }

    // Nothing is ticked at the topics: "ok" or "yes" is no pick of every one, as it is at the share step.
    it('never picks every topic on "ok"', async () => {
      const { picked, said, offered } = await topicsAfter('ok');

      expect(picked.length, said).to.be.below(offered.length);
    });

    it('asks again, noting nothing, where what is left out names no topic ("all except the weather")', async () => {
      const { said, next } = await topicsAfter('all except the weather');

      expect(await storedValue(fresh.running, 'topics.selected'), said).to.equal(undefined);
      expect(next).to.equal('topics.selected');
    });

    it('keeps "not sleeping", a topic named so, as that topic', async () => {
      const { picked, said } = await topicsAfter('not sleeping');

      expect(picked, said).to.include('sleep');
    });

    it('leaves a carer\'s own need out on "all but a break" at what would help them', async () => {
      const asked = await sayAll(fresh.client, [...carerToOwnPart, 'tired']);
      expect(lastQuestion(asked)).to.equal('carer.help');
      const reply = await fresh.client.say('all but a break');
      const picked = (await storedValue(fresh.running, 'carer.help')) as string[] | undefined;

      expect(picked, allText(reply)).to.include('assessment');
      expect(picked, allText(reply)).to.not.include('break');
    });
  });
}

describe('Reading what is left out of a list nothing is ticked in', () => {
  const phrases = createPhrases();
  const option = (id: string, label: string, ...synonyms: string[]): Option => ({ id, label, synonyms });
  const topics = [
    option('footCare', 'Foot care', 'feet', 'foot'),
    option('smoking', 'Stopping smoking', 'smoking', 'cigarettes'),
    option('alcohol', 'Alcohol', 'drinking', 'drink'),
    option('sleep', 'Sleep', 'sleeping', 'not sleeping'),
  ];
  const unticked = { multiple: true, allowNone: true };
  const ok = (ids: string[]) => ({ ok: true, value: { ids, unmatched: [] } });

  const cases: Array<[string, string[]]> = [
    ['all except smoking', ['footCare', 'alcohol', 'sleep']],
    ['everything but alcohol', ['footCare', 'smoking', 'sleep']],
    ['foot care but not alcohol', ['footCare']],
    ['all of them', ['footCare', 'smoking', 'alcohol', 'sleep']],
    ['everything', ['footCare', 'smoking', 'alcohol', 'sleep']],
    ['all but 2', ['footCare', 'alcohol', 'sleep']],
    ['not sleeping', ['sleep']],
    ['feet and drinking', ['footCare', 'alcohol']],
  ];
  for (const [text, ids] of cases) {
    it(`reads "${text}" as ${ids.join(', ')}`, () => {
      expect(recogniseChoices(text, topics, phrases, unticked)).to.deep.equal(ok(ids));
    });
  }

  // Agreeing words pick every part only where every part starts ticked (the share step).
  for (const text of ['ok', 'yes', 'fine']) {
    it(`never reads "${text}" as every option`, () => {
      const read = recogniseChoices(text, topics, phrases, unticked);
      expect(read.ok && read.value.ids.length === topics.length).to.equal(false);
    });
  }

  // "not smoking" alone may be every topic but smoking, or smoking as a worry: asked again, neither guessed.
  for (const text of ['all except the weather', 'not smoking', 'not smoking or drinking', 'feet but not feet']) {
    it(`asks again on "${text}", picking nothing`, () => {
      expect(recogniseChoices(text, topics, phrases, unticked)).to.deep.equal({ ok: false, code: 'left_out_unclear' });
    });
  }

  // Words after "without" or "not" that name no option, or say more than one, leave nothing out.
  it('reads "foot care without the fuss" as foot care, keeping the words it did not match', () => {
    expect(recogniseChoices('foot care without the fuss', topics, phrases, unticked)).to.deep.equal({
      ok: true,
      value: { ids: ['footCare'], unmatched: ['without', 'fuss'] },
    });
  });
});
