import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion, plainPersonAnswers } from '../support/scripts';
import { freshAppPerTest, type RunningApp } from '../support/startApp';

/** A person answering for themselves, down this last month, on to whichever mood question a test stops at. */
const downThisMonth: Readonly<Record<string, string>> = {
  ...plainPersonAnswers,
  'subject.name': 'Jean',
  'goal.1.text': 'walk to the park',
  'mood.down': 'yes',
  'mood.interest': 'no',
};

/** The stored answer to one question, or undefined when nothing is stored for it. */
async function stored(running: RunningApp, linkId: string): Promise<{ value?: unknown; status?: string } | undefined> {
  const record = await onlyRecord(running);
  return record.answers[linkId];
}

/** The hedges people gave to the mood questions: neither a yes nor a no. */
const hedges = ['not really', 'sometimes', 'a bit', 'I guess', 'hardly ever'];
/** Hedges read as "not sure" wherever they are said (phrases.notSure): not sure is not no. */
const notSureHedges = ['sort of', 'maybe'];

describe('A hedged answer to a mood question', () => {
  const app = freshAppPerTest('webchat');

  // Exploration 18: "not really" to "often bothered by feeling down?" was noted "no"; the plan said "No concerns raised".
  it('does not record "not really" to a mood question as a plain no', async () => {
    const reply = await atQuestion(app.client, 'mood.down', 'not really');

    expect(allText(reply)).to.not.match(/noted no/);
    expect((await stored(app.running, 'mood.down'))?.value, 'the mood answer was stored as no').to.not.equal(false);
  });

  for (const hedge of hedges) {
    it(`asks once more, kindly, after "${hedge}" to a screening question, noting nothing yet`, async () => {
      const reply = await atQuestion(app.client, 'mood.interest', hedge, { ...plainPersonAnswers, 'mood.down': 'no' });

      expect(lastQuestion(reply)).to.equal('mood.interest');
      expect(allText(reply)).to.match(/fine to say yes if it has been some of the time/);
      expect(await stored(app.running, 'mood.interest')).to.equal(undefined);
    });
  }

  for (const hedge of notSureHedges) {
    it(`notes "${hedge}" to a screening question as not sure, and asks the direct question`, async () => {
      const reply = await atQuestion(app.client, 'mood.interest', hedge, { ...plainPersonAnswers, 'mood.down': 'no' });

      expect(lastQuestion(reply)).to.equal('mood.harmThoughts');
      expect(await stored(app.running, 'mood.interest')).to.include({ status: 'unknown', value: null });
    });
  }

  it('keeps a second hedge in their words, not as no, and asks the direct question', async () => {
    await atQuestion(app.client, 'mood.down', 'not really');
    const reply = await app.client.say('a bit');

    expect(lastQuestion(reply)).to.equal('mood.interest');
    expect(await stored(app.running, 'mood.down')).to.include({ status: 'unknown', value: 'a bit' });
    const next = await app.client.say('no');
    expect(lastQuestion(next)).to.equal('mood.harmThoughts');
  });

  // Where a no may be a no, a refusal beside it changes nothing: only the self-harm question reads it (H49).
  it('still takes "no, and I don\'t want to talk about it" as no to a screening question', async () => {
    const reply = await atQuestion(app.client, 'mood.down', "no, and I don't want to talk about it", downThisMonth);

    expect(lastQuestion(reply)).to.equal('mood.interest');
    expect((await stored(app.running, 'mood.down'))?.value).to.equal(false);
  });

  it('asks a screening question again after "I don\'t want to talk about it", noting nothing', async () => {
    const reply = await atQuestion(app.client, 'mood.down', "I don't want to talk about it", downThisMonth);

    expect(lastQuestion(reply)).to.equal('mood.down');
    expect(await stored(app.running, 'mood.down')).to.equal(undefined);
  });

  it('takes a plain answer after the kind re-ask as it is', async () => {
    await atQuestion(app.client, 'mood.down', 'not really');
    await app.client.say('no');

    expect(await stored(app.running, 'mood.down')).to.include({ status: 'answered', value: false });
  });
});

describe('A hedged answer to the question about thoughts of being better off dead or of self-harm', () => {
  const app = freshAppPerTest('webchat');

  // Exploration 18: "not really" to "thoughts that you would be better off dead, or of hurting yourself?" was noted "no".
  it('does not record a hedged "not really" to the self-harm question as a plain no', async () => {
    const reply = await atQuestion(app.client, 'mood.harmThoughts', 'not really', downThisMonth);

    expect(allText(reply)).to.not.match(/noted no/);
    expect((await stored(app.running, 'mood.harmThoughts'))?.value, 'stored as no').to.not.equal(false);
  });

  for (const hedge of hedges) {
    it(`treats "${hedge}" as not a clear no: the crisis reply at once, and a flag that says so`, async () => {
      const reply = await atQuestion(app.client, 'mood.harmThoughts', hedge, downThisMonth);

      expect(allText(reply)).to.match(/116 123/);
      expect(reply.questions.map((question) => question.linkId)).to.deep.equal(['safety.check']);
      const record = await onlyRecord(app.running);
      expect(record.answers['mood.harmThoughts']).to.include({ status: 'unknown', value: hedge });
      expect(record.flags.find((flag) => flag.kind === 'crisis')).to.include({ via: 'moodQuestion', reply: 'unclear' });
    });
  }

  for (const hedge of notSureHedges) {
    it(`treats "${hedge}" as not sure: the crisis reply, and a flag that says not sure`, async () => {
      const reply = await atQuestion(app.client, 'mood.harmThoughts', hedge, downThisMonth);

      expect(allText(reply)).to.match(/116 123/);
      const record = await onlyRecord(app.running);
      expect(record.flags.find((flag) => flag.kind === 'crisis')).to.include({ via: 'moodQuestion', reply: 'notSure' });
    });
  }

  it('tells the lead contact a hedge was no clear no, never that they said yes', async () => {
    await atQuestion(app.client, 'mood.harmThoughts', 'not really', downThisMonth);
    const plan = allText(await sayAll(app.client, ["I'm safe", 'show my plan']));

    expect(plan).to.match(/did not give a clear no \(their reply was neither yes nor no\)/);
    expect(plan).to.not.match(/They said yes/);
  });

  // Review 19: a refusal was noted "no" ("rather not" is a no to an offer) or taken as a skip (H37).
  // Review 19 again: a request instead of an answer ("I need to talk to someone") was answered as a
  // request and the question asked again, over and over, with no crisis reply (H49).
  for (const refusal of [
    'rather not',
    'rather not say',
    "I'd rather not answer",
    'pass',
    'I need to talk to someone',
    'are you a real person?',
  ]) {
    it(`treats "${refusal}" as no clear no, as a hedge is: the crisis reply, never noted no`, async () => {
      const reply = await atQuestion(app.client, 'mood.harmThoughts', refusal, downThisMonth);

      expect(allText(reply)).to.match(/116 123/);
      expect(reply.questions.map((question) => question.linkId)).to.deep.equal(['safety.check']);
      const record = await onlyRecord(app.running);
      expect(record.answers['mood.harmThoughts']?.value).to.not.equal(false);
      expect(record.answers['mood.harmThoughts']?.status).to.equal('unknown');
      expect(record.flags.find((flag) => flag.kind === 'crisis')).to.include({ via: 'moodQuestion', reply: 'unclear' });
    });
  }

  // "Why are you asking me that?" was "I'm not sure if that means yes or no" (explore 20), and "why
  // are you asking me this" the crisis reply at once: a person who asks why is told, kindly, and
  // asked again; asked why once more, it is no clear no, as any request instead of an answer (H49).
  for (const why of ['why are you asking me that?', 'why are you asking me this']) {
    it(`tells why it asks at "${why}", and asks again, noting nothing`, async () => {
      const reply = await atQuestion(app.client, 'mood.harmThoughts', why, downThisMonth);

      expect(allText(reply)).to.match(/ask this of everyone/);
      // Where help is, as anyone asked this may need it; not the crisis reply's "are you safe?".
      expect(allText(reply)).to.match(/Samaritans[^.]*116 123/);
      expect(allText(reply)).to.not.match(/not sure if that means|safe right now/i);
      expect(lastQuestion(reply)).to.equal('mood.harmThoughts');
      const record = await onlyRecord(app.running);
      expect(record.answers['mood.harmThoughts']).to.equal(undefined);
      expect(record.flags.filter((flag) => flag.kind === 'crisis')).to.have.length(0);
    });
  }

  it('gives the crisis reply when asked why a second time, as no clear no', async () => {
    await atQuestion(app.client, 'mood.harmThoughts', 'why are you asking me that?', downThisMonth);
    const reply = await app.client.say('why are you asking me this');

    expect(allText(reply)).to.match(/116 123/);
    expect((await onlyRecord(app.running)).flags.find((flag) => flag.kind === 'crisis')).to.include({
      via: 'moodQuestion',
      reply: 'unclear',
    });
  });

  // A refusal in longer words was asked again, and one beside a no noted no: neither is a clear no (H49).
  const longerRefusals = [
    "I'd rather not get into that right now",
    "I don't want to answer that",
    "I'd prefer not to say",
    'none of your business',
    "I don't want to talk about it",
    "no, and I don't want to talk about it",
    "No I'd rather not talk about it",
  ];
  for (const refusal of longerRefusals) {
    it(`treats "${refusal}" as no clear no: the crisis reply, kept in their words, never noted no`, async () => {
      const reply = await atQuestion(app.client, 'mood.harmThoughts', refusal, downThisMonth);

      expect(allText(reply)).to.match(/116 123/);
      expect(reply.questions.map((question) => question.linkId)).to.deep.equal(['safety.check']);
      const record = await onlyRecord(app.running);
      expect(record.answers['mood.harmThoughts']).to.include({ status: 'unknown', value: refusal });
      expect(record.flags.find((flag) => flag.kind === 'crisis')).to.include({ via: 'moodQuestion', reply: 'unclear' });
    });
  }

  it('still takes a yes said with a refusal as yes', async () => {
    const reply = await atQuestion(
      app.client,
      'mood.harmThoughts',
      "yes but I don't want to talk about it",
      downThisMonth,
    );

    expect(allText(reply)).to.match(/116 123/);
    const record = await onlyRecord(app.running);
    expect(record.answers['mood.harmThoughts']?.value).to.equal(true);
    expect(record.flags.find((flag) => flag.kind === 'crisis')).to.include({ via: 'moodQuestion', reply: 'yes' });
  });

  for (const no of ['dont', "don't"]) {
    it(`still takes "${no}" alone as no to thoughts of harming themselves`, async () => {
      const reply = await atQuestion(app.client, 'mood.harmThoughts', no, downThisMonth);

      expect(lastQuestion(reply)).to.equal('mood.wantsHelp');
      expect((await stored(app.running, 'mood.harmThoughts'))?.value).to.equal(false);
    });
  }

  it('still takes a clear no as no', async () => {
    const reply = await atQuestion(app.client, 'mood.harmThoughts', 'no', downThisMonth);

    expect(lastQuestion(reply)).to.equal('mood.wantsHelp');
    expect((await stored(app.running, 'mood.harmThoughts'))?.value).to.equal(false);
  });
});

// Explore 19c: "I'm busy" or "later" at the question about thoughts of being better off dead, after
// a yes to feeling down, paused with only "Everything is saved": no word of where to get help (H59).
describe('Stopping with a low mood raised', () => {
  const app = freshAppPerTest('webchat');

  for (const words of ["I'm busy right now", 'later']) {
    it(`says where to get help now when "${words}" pauses at the question about self-harm`, async () => {
      const reply = await atQuestion(app.client, 'mood.harmThoughts', words, downThisMonth);
      const text = allText(reply);
      expect(text).to.match(/Everything is saved/);
      expect(text).to.match(/116 123/);
      expect(text).to.match(/111/);
    });
  }

  it('pauses as ever, with no help numbers, where no low mood was raised', async () => {
    const reply = await atQuestion(app.client, 'whatMatters.goingWell', 'later', plainPersonAnswers);
    expect(allText(reply))
      .to.match(/Everything is saved/)
      .and.not.match(/116 123/);
  });
});
