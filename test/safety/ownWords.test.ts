import { expect } from 'chai';
import { loadYaml } from '../../content/catalogue';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { phrasesSchema } from '../../dialogs/recognisers/phraseLists';
import { createCrisisScreen, type ScreenResult } from '../../safety/screen';

/**
 * Offered texts a warning sign reads on its own, by design: wheezing (a COPD topic) is a sign of
 * breathing badly affected, asked about once as a possible medical emergency ("is this happening
 * now?"), never as anything else. They are left out of the checks below, and the last test holds
 * each to that medical check-in.
 */
const knownByWarningSign: readonly string[] = ['Wheezing', 'wheeze', 'wheezy', 'my wheezing'];

/** One text the service offers, and where it comes from (for the failure message). */
interface OfferedText {
  text: string;
  from: string;
}

const library = loadPackLibrary();
const phrases = loadYaml('phrases.yaml', phrasesSchema);

/** Option labels and their synonyms, on every question of every pack. */
function optionWords(): OfferedText[] {
  return library.packs.flatMap((pack) =>
    pack.questions.flatMap((question) =>
      (question.options ?? []).flatMap((option) =>
        [option.label, ...option.synonyms].map((text) => ({ text, from: `${pack.id} ${question.linkId}` })),
      ),
    ),
  );
}

/** Topic labels and their synonyms, in every pack. */
function topicWords(): OfferedText[] {
  return library.packs.flatMap((pack) =>
    pack.topics.flatMap((topic) =>
      [topic.label, ...topic.synonyms].map((text) => ({ text, from: `${pack.id} topic ${topic.id}` })),
    ),
  );
}

/** The goal ideas offered to someone stuck for a goal, in every pack. */
function goalExamples(): OfferedText[] {
  return library.packs.flatMap((pack) => pack.goalExamples.map((text) => ({ text, from: `${pack.id} goal example` })));
}

/**
 * The commands and the whole-message replies the service tells people they can type. `safe` and
 * `clearNo` are left out: they answer the crisis questions themselves, and may rightly name what
 * they deny. So is `hopeless`: it lists hopelessness so that it is never read as an answer, and the
 * screen rightly asks about it.
 */
function phraseWords(): OfferedText[] {
  const {
    commands,
    withdrawAround,
    whoSeesAsked,
    requests,
    numberAlone,
    safe: _safe,
    clearNo: _clearNo,
    hopeless: _hopeless,
    ...replies
  } = phrases;
  // The slips of each number word, by the word meant.
  const { typos, ...numberLists } = numberAlone;
  // The forms name lists, and are no words anyone types.
  const { forms: _forms, sendForms: _sendForms, ...whoSeesLists } = whoSeesAsked;
  // The requests' lists of words; their forms and `wantFor` name lists and commands, not words.
  const { forms: _requestForms, wantFor: _wantFor, words, ofUs, ...requestLists } = requests;
  return [
    ...Object.entries(commands).flatMap(([name, list]) => list.map((text) => ({ text, from: `command ${name}` }))),
    ...Object.entries(withdrawAround).flatMap(([name, list]) =>
      list.map((text) => ({ text, from: `withdrawAround ${name}` })),
    ),
    ...Object.entries(whoSeesLists).flatMap(([name, list]) =>
      list.map((text) => ({ text, from: `whoSeesAsked ${name}` })),
    ),
    ...Object.entries({ ...requestLists, ...words, ...ofUs }).flatMap(([name, list]) =>
      list.map((text) => ({ text, from: `requests ${name}` })),
    ),
    ...Object.entries(replies).flatMap(([name, list]) => list.map((text) => ({ text, from: `phrases ${name}` }))),
    ...Object.entries({ ...numberLists, ...typos }).flatMap(([name, list]) =>
      list.map((text) => ({ text, from: `numberAlone ${name}` })),
    ),
  ];
}

/**
 * Words of the conditions question that can tell of an emergency under way (breathing, fits): a
 * list holding one is read by both layers, never set aside, and may get a check-in (review 20).
 */
const eventWords = /breath|seizure/;

/**
 * Two conditions named in the words the conditions question accepts for them, joined as people
 * type a list ("sugar and my chest", "heart, chest"). Pairs from the same option are left out:
 * they name one condition twice; so are pairs holding `eventWords`, which are read as ever.
 */
function conditionPairs(): OfferedText[] {
  const named = library.packs.flatMap((pack) =>
    pack.questions
      .filter((question) => question.linkId === 'conditions')
      .flatMap((question) =>
        (question.options ?? [])
          .filter((option) => option.id !== 'other')
          .flatMap((option) =>
            [option.label, ...option.synonyms].map((text) => ({ text: text.toLowerCase(), id: option.id })),
          ),
      ),
  );
  const joined = [
    (a: string, b: string) => `${a} and ${b}`,
    (a: string, b: string) => `${a} and my ${b}`,
    (a: string, b: string) => `my ${a} and my ${b}`,
    (a: string, b: string) => `${a}, ${b}`,
  ];
  return named.flatMap((first) =>
    named
      .filter((second) => second.id !== first.id && !eventWords.test(first.text) && !eventWords.test(second.text))
      .flatMap((second) =>
        joined.map((join) => ({
          text: join(first.text, second.text),
          from: `conditions ${first.id} and ${second.id}`,
        })),
      ),
  );
}

/** Goal examples and topic labels as a person types them into an answer. */
function typedBack(): OfferedText[] {
  const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  return [
    ...goalExamples().map(({ text, from }) => ({ text: `I want to ${lowerFirst(text)}`, from })),
    ...library.packs.flatMap((pack) =>
      pack.topics.map((topic) => ({ text: `my ${topic.label.toLowerCase()}`, from: `${pack.id} topic ${topic.id}` })),
    ),
  ];
}

describe("The crisis screen on the service's own words", () => {
  const screen = createCrisisScreen();

  /** Every text the screen does not pass as nothing, with what it found. */
  function offenders(texts: readonly OfferedText[]): string[] {
    return texts
      .filter(({ text }) => !knownByWarningSign.includes(text))
      .map(({ text, from }) => ({ text, from, result: screen.screen(text) }))
      .filter(
        (found): found is typeof found & { result: Exclude<ScreenResult, { tier: 'none' }> } =>
          found.result.tier !== 'none',
      )
      .map(
        ({ text, from, result }) =>
          `"${text}" (${from}) -> ${result.tier} ${result.kind} by ${result.by} (${result.evidence})`,
      );
  }

  const sets: [string, () => OfferedText[]][] = [
    ['question option labels and their synonyms', optionWords],
    ['topic labels and their synonyms', topicWords],
    ['goal examples', goalExamples],
    ['commands and the replies the service recognises', phraseWords],
    ['goal examples after "I want to" and topic labels after "my"', typedBack],
    ['two conditions named in the words the conditions question accepts, as a list', conditionPairs],
  ];
  for (const [name, collect] of sets) {
    it(`passes ${name} as nothing`, function () {
      // Every pair of condition words is screened (thousands of texts): 9 s at load 10 here and past
      // mocha's 20 s at load 20-30. It checks what the screen answers, not how fast.
      this.timeout(120_000);
      const texts = collect();
      expect(texts, 'the content offers some').to.not.be.empty;
      const found = offenders(texts);
      expect(
        found,
        `${found.length} of ${texts.length} screened as more than nothing:\n${found.slice(0, 40).join('\n')}`,
      ).to.be.empty;
    });
  }

  // The condition words are set aside only as a list of them: an emergency told in them is read.
  for (const said of [
    'crushing pain in my chest',
    "my chest is tight and I can't breathe",
    "sugar is 1.8 and I'm shaking",
    'my dad is having a heart attack',
    "she's having a stroke",
  ]) {
    it(`still gives "${said}" the emergency reply`, () => {
      expect(screen.screen(said)).to.include({ tier: 'crisis', kind: 'medicalEmergency' });
    });
  }

  // Review 20: a list of conditions holding a word of breathing or fits was set aside as nothing.
  for (const said of ['chest and breathing', 'my chest and breathing', 'seizures and chest', 'breathless and chest']) {
    it(`still checks in on "${said}"`, () => {
      expect(screen.screen(said).tier).to.not.equal('none');
    });
  }

  it('leaves out only offered texts a warning sign flags, each asked about as a medical emergency', () => {
    const offered = sets.flatMap(([, collect]) => collect().map(({ text }) => text));
    for (const text of knownByWarningSign) {
      expect(offered, `"${text}" is no longer offered`).to.include(text);
      expect(screen.screen(text), `"${text}": the check-in a warning sign asks`).to.include({
        tier: 'checkIn',
        kind: 'medicalEmergency',
        by: 'warningSign',
      });
    }
  });
});
