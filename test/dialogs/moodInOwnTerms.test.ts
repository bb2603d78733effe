/**
 * The Whooley questions answered in their own terms, said of the person they ask about: "he's been
 * down", "I've lost interest in everything". Found playing new users (explore 19b): each was "Sorry,
 * I didn't understand", then kept as words, so no positive screen and no offer of help (H56).
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { carerAnswers } from '../support/resultsChat';
import { atQuestion, plainPersonAnswers } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Who answers, by the answers that walk to the mood questions. */
const voices = { person: plainPersonAnswers, carer: carerAnswers } as const;

/** At which question `words` are said, by whom, and what they answer. */
interface Said {
  at: 'mood.down' | 'mood.interest';
  by: keyof typeof voices;
  words: string;
}

const yes: readonly Said[] = [
  { at: 'mood.down', by: 'carer', words: "he's been down" },
  { at: 'mood.down', by: 'carer', words: 'she has been low' },
  { at: 'mood.down', by: 'person', words: 'I have been down' },
  { at: 'mood.down', by: 'person', words: "I've been feeling down" },
  { at: 'mood.interest', by: 'person', words: "I've lost interest in everything" },
  { at: 'mood.interest', by: 'carer', words: "he's not interested in anything" },
  { at: 'mood.interest', by: 'carer', words: 'she has no interest in anything' },
  // A "never" or "not" in them is no denial: never so low is a yes, and more; a yes to one of the
  // things asked about is a yes, whatever is said of another (H61).
  { at: 'mood.down', by: 'person', words: "I've never felt so low" },
  { at: 'mood.down', by: 'person', words: "I've never felt this low in my life" },
  { at: 'mood.down', by: 'person', words: 'never been more depressed' },
  { at: 'mood.down', by: 'carer', words: "she's never been so down" },
  { at: 'mood.down', by: 'person', words: 'down but not hopeless' },
  { at: 'mood.down', by: 'person', words: 'low but not hopeless' },
  { at: 'mood.down', by: 'person', words: "I've been low but I'm not depressed" },
  { at: 'mood.down', by: 'carer', words: "he's not depressed but he has been low" },
  { at: 'mood.interest', by: 'person', words: "I've never cared less about anything" },
  { at: 'mood.interest', by: 'carer', words: "he couldn't care less about anything" },
];

const no: readonly Said[] = [
  { at: 'mood.down', by: 'person', words: "I haven't been down" },
  { at: 'mood.down', by: 'carer', words: "he's not been low" },
  { at: 'mood.interest', by: 'carer', words: "she hasn't lost interest" },
  { at: 'mood.down', by: 'person', words: 'never felt low' },
  { at: 'mood.down', by: 'person', words: 'no, never' },
  { at: 'mood.down', by: 'carer', words: "she's never been low" },
  { at: 'mood.interest', by: 'person', words: "I've never been so interested in things" },
];

/** Where the walk stands when it reaches `at`: a plain no to feeling down first, for the second. */
const answersTo = ({ at, by }: Said): Record<string, string> => ({
  ...voices[by],
  ...(at === 'mood.interest' ? { 'mood.down': 'no' } : {}),
});

describe("Mood answers in the question's own terms", () => {
  const fresh = freshAppPerTest('webchat');

  for (const said of yes) {
    it(`notes a ${said.by}'s "${said.words}" at ${said.at} as yes and raises the positive screen`, async () => {
      const reply = await atQuestion(fresh.client, said.at, said.words, answersTo(said));
      expect(lastQuestion(reply), allText(reply)).to.equal(
        said.at === 'mood.down' ? 'mood.interest' : 'mood.harmThoughts',
      );
      expect(await storedValue(fresh.running, said.at)).to.equal(true);
      const record = await onlyRecord(fresh.running);
      expect(record.flags.map((flag) => flag.kind)).to.include('moodScreenPositive');
    });
  }

  for (const said of no) {
    it(`notes a ${said.by}'s "${said.words}" at ${said.at} as no, raising no screen`, async () => {
      const reply = await atQuestion(fresh.client, said.at, said.words, answersTo(said));
      expect(lastQuestion(reply), allText(reply)).to.not.equal(said.at);
      expect(await storedValue(fresh.running, said.at)).to.equal(false);
      const record = await onlyRecord(fresh.running);
      expect(record.flags.map((flag) => flag.kind)).to.not.include('moodScreenPositive');
    });
  }

  // A hedge said in the question's terms is a hedge (H37): asked once more, kindly, nothing noted.
  for (const words of ["I've been a bit down", "I don't think I've been down"]) {
    it(`asks "${words}" once more, as any hedge, noting nothing`, async () => {
      const reply = await atQuestion(fresh.client, 'mood.down', words, plainPersonAnswers);
      expect(lastQuestion(reply), allText(reply)).to.equal('mood.down');
      expect(allText(reply)).to.match(/some of the time/);
      expect(await storedValue(fresh.running, 'mood.down')).to.equal(undefined);
    });
  }

  // A no read in the question's own terms could hide a low mood: only a plain denial of the key
  // word is a no ("I haven't been down"). Anything more ("can't stop", "no one knows how", "just
  // really sad", "stopped enjoying") is at worst not read, and asked again (review 19).
  const neverNo: readonly Said[] = [
    { at: 'mood.down', by: 'person', words: "can't stop feeling down" },
    { at: 'mood.down', by: 'person', words: "no one knows how down I've been" },
    { at: 'mood.down', by: 'person', words: "I can't remember ever being this low" },
    { at: 'mood.down', by: 'person', words: "I've never been so down" },
    { at: 'mood.down', by: 'person', words: "I don't think anyone has been as low as me" },
    { at: 'mood.down', by: 'person', words: "I'm not depressed, just really sad" },
    { at: 'mood.down', by: 'person', words: "I haven't been down, I've been crying every day" },
    { at: 'mood.down', by: 'carer', words: "she's not down, she just cries all the time" },
    { at: 'mood.interest', by: 'person', words: "I've stopped enjoying things" },
    { at: 'mood.interest', by: 'person', words: "I've lost my interest in things" },
    { at: 'mood.interest', by: 'person', words: "I'm too tired to enjoy anything" },
    { at: 'mood.interest', by: 'carer', words: "he's stopped enjoying his garden" },
  ];
  for (const said of neverNo) {
    it(`never notes a ${said.by}'s "${said.words}" at ${said.at} as no`, async () => {
      const reply = await atQuestion(fresh.client, said.at, said.words, answersTo(said));
      expect(await storedValue(fresh.running, said.at), allText(reply)).to.not.equal(false);
    });
  }

  // A denial read as a yes would raise a screen nobody answered (H61): "not so low" or "never that
  // low" says less than "never so low", and a turn ("but I'm fine now") or two denials leave it unread.
  const neverYes: readonly Said[] = [
    { at: 'mood.down', by: 'person', words: 'not low at all' },
    { at: 'mood.down', by: 'person', words: "I've never been that low" },
    { at: 'mood.down', by: 'person', words: "I've not been so low lately" },
    { at: 'mood.down', by: 'person', words: "I'm never so low that I can't cope" },
    { at: 'mood.down', by: 'person', words: 'not down but not hopeless either' },
    { at: 'mood.down', by: 'person', words: "I was down but I'm fine now" },
  ];
  for (const said of neverYes) {
    it(`never notes a ${said.by}'s "${said.words}" at ${said.at} as yes`, async () => {
      const reply = await atQuestion(fresh.client, said.at, said.words, answersTo(said));
      expect(await storedValue(fresh.running, said.at), allText(reply)).to.not.equal(true);
    });
  }

  // A carer's own low mood beside their answer for the person ("not her, but I am to be honest") was
  // "Sorry, I didn't understand" (explore 20): it is theirs, kept for their part, with support for
  // them, and the question about the person asked again unless answered (H70).
  it('gives a carer support for their own low mood at "not her, but I am to be honest", asking about Jean again', async () => {
    const reply = await atQuestion(fresh.client, 'mood.down', 'not her, but I am to be honest', carerAnswers);
    expect(allText(reply)).to.match(/feeling yourself[\s\S]*NHS Talking Therapies/);
    expect(lastQuestion(reply), allText(reply)).to.equal('mood.down');
    const record = await onlyRecord(fresh.running);
    expect(record.answers['mood.down']).to.equal(undefined);
    expect(record.carerViews.carer?.text).to.equal('I am to be honest');
  });

  it('notes a carer\'s "no, she hasn\'t. I have though" as no for Jean, with support for the carer', async () => {
    const reply = await atQuestion(fresh.client, 'mood.down', "no, she hasn't. I have though", carerAnswers);
    expect(allText(reply)).to.match(/feeling yourself/);
    expect(lastQuestion(reply), allText(reply)).to.equal('mood.interest');
    const record = await onlyRecord(fresh.running);
    expect(record.answers['mood.down']?.value).to.equal(false);
    // "I have though" alone says nothing: a carer's own part this short is kept with the whole reply (H318).
    expect(record.carerViews.carer?.text).to.equal("no, she hasn't. I have though");
  });

  // The carer's own low mood is theirs, never the person's answer (H6).
  it('does not note a carer\'s "I have been down" as a yes about the person', async () => {
    const reply = await atQuestion(fresh.client, 'mood.down', 'I have been down', carerAnswers);
    expect(lastQuestion(reply), allText(reply)).to.equal('mood.down');
    expect(await storedValue(fresh.running, 'mood.down')).to.equal(undefined);
  });
});
