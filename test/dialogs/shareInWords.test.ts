/**
 * The share step, tried as new users would: parts to keep back named in words rather than
 * unticked on the card, and a question asked where the parts are picked (H12, H44). Found trying
 * the bot as new users.
 */
import { expect } from 'chai';
import type { Option } from '../../content/packs/packSchema';
import { recogniseChoices } from '../../dialogs/recognisers/choices';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { allText, lastQuestion, sayAll, type ChatClient } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { jeanToShare, walkTo } from '../support/scripts';
import { listeningAppPerTest } from '../support/planListeners';
import { chatClient, freshAppPerTest } from '../support/startApp';

describe('Choosing in words which parts to share', () => {
  // "all but mood" sent mood and kept back everything else: the one part named to keep back was
  // the one sent. The same for "not the mood bit" and "everything except the goals", and by SMS,
  // where the parts are numbered (mood is 4), "all but 4".
  const leftOut: Array<[string, string, string[]]> = [
    ['webchat', 'all but mood', ['mood']],
    ['webchat', 'not the mood bit', ['mood']],
    ['webchat', 'everything except the goals', ['goals']],
    ['webchat', "send it all, but don't send my feelings", ['mood']],
    ['webchat', 'goals and topics, but not mood', ['whatMatters', 'mood']],
    ['sms', 'all but 4', ['mood']],
    ['sms', 'all except 2 and 4', ['goals', 'mood']],
  ];
  for (const [channelId, words, kept] of leftOut) {
    describe(`on ${channelId}`, () => {
      const fresh = freshAppPerTest(channelId);

      it(`keeps back exactly ${kept.join(' and ')} on "${words}", and sends the rest`, async () => {
        const code = await invitationCode(fresh.running);
        await walkTo((text) => fresh.client.say(text), 'share.send', jeanToShare, code);
        const preview = await fresh.client.say(words);
        expect(lastQuestion(preview), allText(preview)).to.equal('share.consent');
        await fresh.client.say('yes');

        const consent = (await onlyRecord(fresh.running)).consents.at(-1);
        expect(consent?.decision, allText(preview)).to.equal('share');
        expect(consent?.excludedSections, allText(preview)).to.deep.equal(kept);
      });
    });
  }

  describe('asked again, nothing noted', () => {
    const fresh = freshAppPerTest('webchat');

    // "what will they do with it?" at "Which parts shall I send?" was read as a pick of "what
    // matters" alone: the preview then offered to send about you and what matters and keep back the
    // rest, and a yes would have sent that.
    const questions = ['what will they do with it?', 'will they see my mood?', 'what about my goals?'];
    for (const question of questions) {
      it(`does not read "${question}" as a choice of parts to send`, async () => {
        const code = await invitationCode(fresh.running);
        await walkTo((text) => fresh.client.say(text), 'share.send', jeanToShare, code);
        const reply = await fresh.client.say(question);

        expect((await onlyRecord(fresh.running)).answers['share.send'], allText(reply)).to.equal(undefined);
        expect(allText(reply)).to.include('I have not noted that as the answer');
        expect(lastQuestion(reply), allText(reply)).to.equal('share.send');
      });
    }

    // Words beside a part that say nothing we know ("keep", "back") could turn what is meant upside down.
    const unclear = ['keep mood back', 'all but the weather', 'not sure about mood'];
    for (const words of unclear) {
      it(`asks again on "${words}", noting nothing`, async () => {
        const code = await invitationCode(fresh.running);
        await walkTo((text) => fresh.client.say(text), 'share.send', jeanToShare, code);
        const reply = await fresh.client.say(words);

        expect((await onlyRecord(fresh.running)).answers['share.send'], allText(reply)).to.equal(undefined);
        expect(lastQuestion(reply), allText(reply)).to.equal('share.send');
      });
    }
  });
});

// Explorer 23 (findings 4 to 6): a change of mind said just after the share step's answer, or at
// it, was not heard: "actually yes send it" after a no, and "actually dont send it" by SMS after a
// yes, got "You have finished"; "actually don't send it" at the parts got "could not tell what to
// leave out" (H146).
describe("Changing one's mind at the share step", () => {
  const app = listeningAppPerTest();

  /** Jean on `channelId`, invited, having said `texts` at "Which parts shall I send?". */
  async function atParts(channelId: string, texts: readonly string[]): Promise<ChatClient> {
    const client = chatClient(app.running, { channelId });
    await walkTo((text) => client.say(text), 'share.send', jeanToShare, await invitationCode(app.running));
    if (texts.length > 0) await sayAll(client, texts);
    return client;
  }

  for (const words of ['actually yes send it', 'actually yes please share it', 'i changed my mind, send it']) {
    it(`"${words}" just after saying no to sharing asks again, never "You have finished"`, async () => {
      const client = await atParts('webchat', ['all', 'no']);
      const result = await client.say(words);

      expect(allText(result)).to.not.match(/You have finished getting ready/);
      expect(lastQuestion(result), allText(result)).to.equal('share.consent');
      expect(app.told.shared).to.deep.equal([]);
      // Only the yes to the question asked again sends it.
      const shared = await client.say('yes');
      expect(allText(shared)).to.include('Dr Sam Patel');
      expect(app.told.shared).to.have.length(1);
    });
  }

  for (const words of ['actually dont send it', 'actually dont share it', 'no dont send it']) {
    it(`"${words}" by SMS just after sharing offers to take the plan back`, async () => {
      const client = await atParts('sms', ['ALL', 'YES']);
      const result = await client.say(words);

      expect(allText(result)).to.not.match(/You have finished/);
      expect(lastQuestion(result)).to.equal('control.withdraw');
    });
  }

  for (const words of ["actually don't send it", "don't send it", 'actually dont send anything']) {
    it(`"${words}" at which parts to send sends nothing, as "don't send anything" does`, async () => {
      const client = await atParts('webchat', []);
      const result = await client.say(words);
      const record = await onlyRecord(app.running);

      expect(allText(result)).to.not.match(/could not tell what to leave out/);
      expect(record.consents.at(-1)?.decision).to.equal('doNotShare');
      expect(app.told.shared).to.deep.equal([]);
    });
  }
});

describe('Doubt at the share step', () => {
  const fresh = freshAppPerTest('webchat');

  // "Not too sure" was split at "not" ("I could not tell what to leave out"), and "not sure" sent
  // every part to the preview: doubt is answered with the step's help, nothing picked either way.
  for (const words of ['not sure', 'not too sure', 'unsure']) {
    it(`answers "${words}" with the step's help, noting nothing`, async () => {
      const code = await invitationCode(fresh.running);
      await walkTo((text) => fresh.client.say(text), 'share.send', jeanToShare, code);
      const reply = await fresh.client.say(words);

      expect((await onlyRecord(fresh.running)).answers['share.send'], allText(reply)).to.equal(undefined);
      expect(allText(reply)).to.include('A part you leave out stays in your own copy only');
      expect(allText(reply)).to.not.include('what to leave out');
      expect(lastQuestion(reply), allText(reply)).to.equal('share.send');
    });
  }
});

describe('Reading parts left out of a list', () => {
  const phrases = createPhrases();
  const option = (id: string, label: string, ...synonyms: string[]): Option => ({ id, label, synonyms });
  const parts = [
    option('whatMatters', 'What matters', 'matters'),
    option('goals', 'Goals', 'goal'),
    option('topics', 'Things to talk about', 'topics'),
    option('mood', 'Mood and feelings', 'mood', 'feelings'),
  ];
  const allTicked = { multiple: true, allowAll: true, allowNone: true };

  const cases: Array<[string, string[]]> = [
    ['all but mood', ['whatMatters', 'goals', 'topics']],
    ['everything except the goals and mood', ['whatMatters', 'topics']],
    ['not the mood bit', ['whatMatters', 'goals', 'topics']],
    ["don't send my feelings", ['whatMatters', 'goals', 'topics']],
    ['all but 4', ['whatMatters', 'goals', 'topics']],
    ['all except 1-2', ['topics', 'mood']],
    ['goals and topics but not mood', ['goals', 'topics']],
  ];
  for (const [text, ids] of cases) {
    it(`reads "${text}" as ${ids.join(', ')}`, () => {
      expect(recogniseChoices(text, parts, phrases, allTicked)).to.deep.equal({
        ok: true,
        value: { ids, unmatched: [] },
      });
    });
  }

  // Never the part named to leave out picked: where what is left out is unclear, it is asked again.
  const unclear = ['all but the weather', 'goals but not goals', 'all but 1-4', 'no, not mood'];
  for (const text of [...unclear, 'nothing except goals']) {
    it(`never picks what "${text}" leaves out, and asks again`, () => {
      expect(recogniseChoices(text, parts, phrases, allTicked)).to.deep.equal({ ok: false, code: 'left_out_unclear' });
    });
  }

  // Doubt is no pick, and its "not" leaves nothing out: answered with help, never "what to leave out".
  for (const text of ['not sure', 'not too sure', 'not sure about mood']) {
    it(`picks nothing on "${text}", answered as doubt`, () => {
      expect(recogniseChoices(text, parts, phrases, allTicked)).to.deep.equal({ ok: false, code: 'unsure' });
    });
  }

  // Every list where several may be picked reads what is left out (explore 22a), so a topic said
  // with "not" is named so among its synonyms ("not sleeping"): then it names that topic.
  it('reads "not sleeping well" as sleep where a topic is named "not sleeping"', () => {
    const topics = [option('pain', 'Pain'), option('sleep', 'Sleep', 'sleeping', 'not sleeping')];
    expect(recogniseChoices('not sleeping well', topics, phrases, { multiple: true })).to.deep.equal({
      ok: true,
      value: { ids: ['sleep'], unmatched: [] },
    });
  });

  it('reads an option whose name holds "not" as that option', () => {
    const topics = [option('appetite', 'Appetite', 'not hungry'), option('tiredness', 'Tiredness')];
    expect(recogniseChoices('tiredness and not hungry', topics, phrases, allTicked)).to.deep.equal({
      ok: true,
      value: { ids: ['tiredness', 'appetite'], unmatched: [] },
    });
  });

  // Where a pick shares parts of a plan, every word must be understood, and a question is never a pick.
  const consent = { ...allTicked, wholeReply: true };
  it('asks again where a word beside a part is not understood', () => {
    expect(recogniseChoices('keep mood back', parts, phrases, consent)).to.deep.equal({
      ok: false,
      code: 'not_understood',
    });
  });
  for (const text of ['what will they do with it?', 'what about mood?', 'what will they do with it']) {
    it(`reads "${text}" as a question, never a pick`, () => {
      expect(recogniseChoices(text, parts, phrases, consent)).to.deep.equal({ ok: false, code: 'asked_back' });
    });
  }
  it('still reads parts named after a question word', () => {
    expect(recogniseChoices('what matters and goals', parts, phrases, consent)).to.deep.equal({
      ok: true,
      value: { ids: ['whatMatters', 'goals'], unmatched: [] },
    });
  });
});
