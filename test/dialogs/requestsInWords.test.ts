/**
 * Questions and requests to Careprep said in a sentence of their own, at a question asking for
 * words: "is this my doctor?", "please delete everything you have on me", "what have you got on
 * me", "hi sorry for the delay", "can you repeat the question?". Each was noted as the answer
 * ('Noted: "is this my doctor?"') and went into the plan (explore 22a, findings 3, 5, 6 and 14):
 * only a listed phrase, said exactly, was read as a request. A question to Careprep that asks
 * nothing it can do is said so, never noted; real answers that ask something or say "you" are kept.
 */
import { expect } from 'chai';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { atQuestion, plainPersonAnswers } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** To "What is going well for you right now?", on each channel. */
const toGoingWell: Readonly<Record<string, readonly string[]>> = {
  sms: ['hi', '1', 'Jean', '1', 'family'],
  webchat: ['hi', 'me', 'Jean', 'diabetes', 'family'],
};

for (const channelId of ['sms', 'webchat']) {
  describe(`Questions and requests to Careprep in a sentence, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const at = async (words: string) => {
      await sayAll(fresh.client, toGoingWell[channelId]);
      return fresh.client.say(words);
    };
    const notNoted = async () => expect(await storedValue(fresh.running, 'whatMatters.goingWell')).to.equal(undefined);

    for (const words of [
      'is this my doctor?',
      'is this the surgery?',
      'how did you get my number?',
      'sorry who is this?',
    ]) {
      it(`says it is an automated helper, not a person, on "${words}", noting nothing and asking again`, async () => {
        const reply = await at(words);

        await notNoted();
        expect(allText(reply)).to.match(/automated helper/);
        expect(allText(reply)).to.match(/not a person/);
        expect(lastQuestion(reply), allText(reply)).to.equal('whatMatters.goingWell');
      });
    }

    for (const words of [
      'please delete everything you have on me',
      'can you delete everything',
      'i want to stop and delete this',
    ]) {
      it(`asks to confirm deleting on "${words}", noting nothing`, async () => {
        const reply = await at(words);

        await notNoted();
        expect(allText(reply)).to.not.match(/noted/i);
        expect(lastQuestion(reply), allText(reply)).to.equal('control.delete');
      });
    }

    for (const words of ['what have you got on me', 'what information do you have about me']) {
      it(`shows what it holds on "${words}", noting nothing and asking again`, async () => {
        const reply = await at(words);

        await notNoted();
        expect(allText(reply)).to.match(/(all|everything) I hold about you/);
        expect(lastQuestion(reply), allText(reply)).to.equal('whatMatters.goingWell');
      });
    }

    for (const words of ['hi sorry for the delay', 'hello again, sorry I had to go', 'hiya, where were we']) {
      it(`greets back on "${words}", noting nothing and asking the same question`, async () => {
        const reply = await at(words);

        await notNoted();
        expect(allText(reply)).to.not.match(/noted/i);
        expect(lastQuestion(reply), allText(reply)).to.equal('whatMatters.goingWell');
      });
    }

    for (const words of ['can you repeat the question?', 'could you repeat that please']) {
      it(`asks the question again on "${words}", noting nothing`, async () => {
        const reply = await at(words);

        await notNoted();
        expect(allText(reply)).to.not.match(/noted/i);
        expect(lastQuestion(reply), allText(reply)).to.equal('whatMatters.goingWell');
      });
    }

    for (const words of ['did you get that?', 'can you hear me', 'are you listening?']) {
      it(`says what it can answer on "${words}", noting nothing and asking again`, async () => {
        const reply = await at(words);

        await notNoted();
        expect(allText(reply)).to.match(/can't answer that/);
        expect(lastQuestion(reply), allText(reply)).to.equal('whatMatters.goingWell');
      });
    }
  });
}

describe('Answers that ask something or say "you", still noted', () => {
  const fresh = freshAppPerTest('webchat');

  for (const words of [
    'what matters? my family, why?',
    'you know what, my garden',
    'are you kidding, my grandson of course',
    'can you help me lose weight',
    'my doctor is lovely',
    'hi to my neighbours every morning',
    'sorry I had to go to the doctors',
    'the surgery staff are very kind to me',
  ]) {
    it(`notes "${words}" as what is going well`, async () => {
      await sayAll(fresh.client, toGoingWell.webchat);

      const reply = await fresh.client.say(words);

      expect(await storedValue(fresh.running, 'whatMatters.goingWell'), allText(reply)).to.equal(words);
    });
  }
});

describe('"I already told you", and questions where questions are kept', () => {
  const fresh = freshAppPerTest('webchat');

  for (const words of ['I already told you', 'i already told you that', 'sorry, I already said']) {
    it(`never notes "${words}", saying how to see what is noted, and asks again`, async () => {
      await sayAll(fresh.client, toGoingWell.webchat);

      const reply = await fresh.client.say(words);

      expect(await storedValue(fresh.running, 'whatMatters.goingWell'), allText(reply)).to.equal(undefined);
      expect(allText(reply)).to.match(/show my plan/);
      expect(lastQuestion(reply), allText(reply)).to.equal('whatMatters.goingWell');
    });
  }

  it('pauses on "can I do this tomorrow please", noting nothing', async () => {
    await sayAll(fresh.client, toGoingWell.webchat);

    const reply = await fresh.client.say('can I do this tomorrow please');

    expect(await storedValue(fresh.running, 'whatMatters.goingWell'), allText(reply)).to.equal(undefined);
    expect(allText(reply)).to.match(/Come back any time/);
    expect((await onlyRecord(fresh.running)).progress.paused).to.equal(true);
  });

  // "Anything else you want to ask or talk about?": "you" there may be the care team.
  for (const words of ['why did you change my tablets?', 'are you going to check my feet']) {
    it(`keeps "${words}" at "anything else you want to ask?" as a question for the appointment`, async () => {
      const reply = await atQuestion(fresh.client, 'topics.own', words);

      expect(await storedValue(fresh.running, 'topics.own'), allText(reply)).to.equal(words);
    });
  }
});

describe('Requests in a sentence at the question about thoughts of self-harm', () => {
  const fresh = freshAppPerTest('webchat');
  const downThisMonth = {
    ...plainPersonAnswers,
    'goal.1.text': 'walk to the park',
    'mood.down': 'yes',
    'mood.interest': 'no',
  };

  // Only the listed words are requests there: anything else is read as a reply to it, never answered
  // as a request, and never noted as a no, as before (H49).
  for (const words of ['sorry, who is this?', 'please delete everything you have on me', 'did you get that?']) {
    it(`reads "${words}" as a reply to it, never as a request, as before`, async () => {
      const reply = await atQuestion(fresh.client, 'mood.harmThoughts', words, downThisMonth);

      expect(allText(reply)).to.not.match(/automated helper|Delete it all|can't answer that/);
      expect(['mood.harmThoughts', 'safety.check'], allText(reply)).to.include(lastQuestion(reply));
      expect((await onlyRecord(fresh.running)).answers['mood.harmThoughts']?.value).to.not.equal(false);
    });
  }
});

describe('Reading a request said in a sentence of its own', () => {
  const phrases = createPhrases();
  const read = (text: string) => phrases.requests.read(text, (core) => phrases.command(core));

  for (const [text, command] of [
    ['is this really the nhs?', 'whoAnswers'],
    ['are you from the hospital', 'whoAnswers'],
    ['who gave you my phone number', 'whoAnswers'],
    ['is this a scam?', 'whoAnswers'],
    ['ok so where were we', 'whereAmI'],
    ['could you please ask me the question again', 'whereAmI'],
    ['please start again', 'restart'],
    ['can you wipe all my details please', 'deleteData'],
    ['how do i delete everything', 'deleteData'],
    ['do you have my data?', 'showData'],
    ['what data do you hold', 'showData'],
    ['id like to see my plan', 'showPlan'],
    ['can you explain that', 'help'],
    ['sorry can i skip this', 'skip'],
  ] as const) {
    it(`reads "${text}" as ${command}`, () => {
      expect(read(text)).to.include({ kind: 'command', command });
    });
  }

  for (const text of [
    'hi sorry for the delay',
    'hello again, sorry i had to go',
    'hi there, sorry to keep you waiting',
  ]) {
    it(`reads "${text}" as a greeting`, () => expect(read(text)).to.deep.equal({ kind: 'greeting' }));
  }

  for (const text of [
    'did you get that?',
    'can you hear me',
    'are you listening?',
    'sorry, did you get my message?',
    'will you ring me back',
    'why do you need my details',
    'do you understand me',
  ]) {
    it(`reads "${text}" as a question to Careprep no request answers`, () => {
      expect(read(text)).to.equal(undefined);
      expect(phrases.requests.ofUs(text)).to.equal(true);
    });
  }

  // Answers that ask something, say "you", or hold a request's words among their own.
  for (const text of [
    'what matters? my family, why?',
    'you know what, my garden',
    'do you know what, my grandchildren',
    'are you kidding, my grandson of course',
    'can you help me lose weight',
    'can you help me get to my doctor',
    'can I talk about this rash',
    'can you tell the nurse about this rash',
    'do you think walking more would help',
    'did you know I used to be a nurse',
    'can you book me an appointment',
    'do you know my doctor',
    'my doctor is lovely',
    'the surgery is very good',
    'is it ok to say my dog',
    'my garden, is that ok?',
    'seeing you lot helps',
    'hi to my neighbours every morning',
    'hello, my family',
    'sorry I had to go to the doctors',
    'morning walks with the dog',
    'i want to go back to work',
    'i want to go back',
    'i want to stop smoking',
    'i want to start again with my walking',
    'delete old emails on my phone',
    'my daughter deletes my spam for me',
    'yes delete everything',
    'they got my number wrong at the surgery',
    'my phone number changed last week',
    'what I have got is a lovely family',
    'what have I got? my family and my garden',
    'my number one thing is my family',
    'I already told you, my family',
    'how did you know? I love gardening',
    'my family, did you get that?',
    // A "you" that may be anyone, with their own topic after it (review22 finding 5).
    'what do you do when the pain never stops',
    'how do you know when your sugars are too high',
    'why do you feel so tired all the time with diabetes',
    'do you think anyone will ever understand me',
    'are you ever going to feel normal again',
  ]) {
    it(`reads "${text}" as no request, and no question to Careprep`, () => {
      expect(read(text)).to.equal(undefined);
      expect(phrases.requests.ofUs(text)).to.equal(false);
      expect(phrases.requests.alreadySaid(text)).to.equal(false);
    });
  }
});
