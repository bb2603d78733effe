/**
 * Asking, in the middle of the questions, to change the answer to an earlier question by its name
 * ("change my name", "change my answer to what matters most"): that question is asked again, then
 * the one waiting. Found playing a new user (branch explore21, test/explore/findings21.test.ts):
 * the request was noted as the answer to the question waiting, and shown in the plan there.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { invitationCode } from '../support/invitations';
import { listeningAppPerTest } from '../support/planListeners';
import { carerAnswers } from '../support/resultsChat';
import { atQuestion, jeanToConsent, walkTo } from '../support/scripts';
import { chatClient, freshAppPerTest } from '../support/startApp';

/** Jean for herself with diabetes, at what is hard for her (what matters most: family; going well: church). */
const toHard = ['hi', 'me', 'Jean', 'diabetes', 'family', 'going to church'];

describe('Changing an earlier answer named in the middle of the questions', () => {
  const fresh = freshAppPerTest('webchat');

  it('takes "change my answer to what matters most" to that question, noting nothing, then back', async () => {
    await sayAll(fresh.client, toHard);
    const reply = await fresh.client.say('change my answer to what matters most');

    expect(lastQuestion(reply), allText(reply)).to.equal('whatMatters.most');
    expect(allText(reply)).to.not.match(/noted/);
    expect(await storedValue(fresh.running, 'whatMatters.hard')).to.equal(undefined);

    const after = await fresh.client.say('my grandchildren');
    expect(await storedValue(fresh.running, 'whatMatters.most')).to.equal('my grandchildren');
    expect(await storedValue(fresh.running, 'whatMatters.goingWell'), 'kept as it was').to.equal('going to church');
    expect(lastQuestion(after)).to.equal('whatMatters.hard');
  });

  for (const [words, linkId] of [
    ['change my name', 'subject.name'],
    ['Can I change my name?', 'subject.name'],
    ['change my conditions', 'conditions'],
    ['I want to change my conditions', 'conditions'],
    ['can I change what matters most?', 'whatMatters.most'],
    ['change what matters to me', 'whatMatters.most'],
    ['go back to my conditions', 'conditions'],
    ['look again at my answer to my conditions', 'conditions'],
    ['can I go over what I put for my conditions?', 'conditions'],
  ] as const) {
    it(`takes "${words}" to ${linkId}, noting nothing at the question waiting`, async () => {
      const reply = await atQuestion(fresh.client, 'whatMatters.goingWell', words);

      expect(lastQuestion(reply), allText(reply)).to.equal(linkId);
      expect(allText(reply)).to.not.match(/noted/);
      expect(await storedValue(fresh.running, 'whatMatters.goingWell')).to.equal(undefined);
    });
  }

  it('goes back to the question waiting once the named one is answered again', async () => {
    await atQuestion(fresh.client, 'whatMatters.goingWell', 'change my name');
    const after = await fresh.client.say('Jeanie');

    expect((await onlyRecord(fresh.running)).answers['subject.name']?.value).to.equal('Jeanie');
    expect(lastQuestion(after), allText(after)).to.equal('whatMatters.goingWell');
  });

  for (const words of ['I want to change my diet', 'change my job', 'changing my name was hard']) {
    it(`keeps "${words}" as the answer it is`, async () => {
      const reply = await atQuestion(fresh.client, 'whatMatters.goingWell', words);

      expect(await storedValue(fresh.running, 'whatMatters.goingWell'), allText(reply)).to.equal(words);
    });
  }
});

describe('Changing an earlier answer named, as a carer', () => {
  const fresh = freshAppPerTest('webchat');

  for (const [words, linkId] of [
    ['change her name', 'subject.name'],
    ['change my name', 'respondent.name'],
    ['change her conditions', 'conditions'],
    ['change my answer to what matters most', 'whatMatters.most'],
  ] as const) {
    it(`takes "${words}" to ${linkId}`, async () => {
      const reply = await atQuestion(fresh.client, 'whatMatters.goingWell', words, carerAnswers);

      expect(lastQuestion(reply), allText(reply)).to.equal(linkId);
      expect(await storedValue(fresh.running, 'whatMatters.goingWell')).to.equal(undefined);
    });
  }
});

describe('Changing an earlier answer named, by SMS', () => {
  const fresh = freshAppPerTest('sms');

  it('takes "change my name" to the name question', async () => {
    const reply = await atQuestion(fresh.client, 'whatMatters.goingWell', 'change my name');

    expect(lastQuestion(reply), allText(reply)).to.equal('subject.name');
    expect(await storedValue(fresh.running, 'whatMatters.goingWell')).to.equal(undefined);
  });
});

/**
 * "Go over" or "look again at" a question's name, with no words naming the answer, is something to
 * talk about or do: at "anything else to talk about?" and as a goal it is the answer. Found in review
 * 21 (each was taken as a change, the person sent back to Part 1 and nothing kept).
 */
for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Going over a part named as something to talk about, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const [at, words] of [
      ['topics.own', 'go over my conditions'],
      ['topics.own', 'look again at my conditions'],
      ['goal.1.text', 'go over my conditions'],
    ] as const) {
      it(`keeps "${words}" as the answer to ${at}`, async () => {
        const reply = await atQuestion(fresh.client, at, words);

        expect(await storedValue(fresh.running, at), allText(reply)).to.equal(words);
      });
    }
  });
}

/**
 * A new name given at a later question ("change my name to Jeanie", "call me Jeanie", "actually my
 * name is Jeanie"): the name is changed, said so only once it is, and the question waiting asked
 * again in words that use it. Brief fixconv22 item 1: "change my name to Jeanie" asked the name
 * question again and dropped "Jeanie", and "call me Jeanie" was kept as the answer to the question
 * waiting, so the plan went on calling her Jean.
 */
for (const channelId of ['webchat', 'msteams', 'sms'] as const) {
  describe(`A new name given at a later question, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const words of [
      'change my name to Jeanie',
      'call me Jeanie',
      'actually my name is Jeanie',
      'Sorry, can you call me jeanie please',
    ]) {
      it(`takes "${words}" as the new name and asks the question waiting again`, async () => {
        const reply = await atQuestion(fresh.client, 'whatMatters.goingWell', words);

        expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Jeanie');
        expect(allText(reply)).to.match(/changed your name to Jeanie/);
        expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
        expect(await storedValue(fresh.running, 'whatMatters.goingWell'), 'nothing noted there').to.equal(undefined);
      });
    }

    it('shows the plan afresh with the new name when it is changed at the review', async () => {
      const reply = await atQuestion(fresh.client, 'review.change', 'call me Jeanie');

      expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Jeanie');
      expect(allText(reply)).to.match(/changed your name to Jeanie/);
      expect(allText(reply)).to.match(/Name: Jeanie/);
      expect(allText(reply)).to.not.match(/Name: Sam/);
      expect(lastQuestion(reply)).to.equal('review.change');
    });

    it('changes the name asked to at the review ("change my name to Jeanie"), not the whole of part 1', async () => {
      const reply = await atQuestion(fresh.client, 'review.change', 'change my name to Jeanie');

      expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Jeanie');
      expect(lastQuestion(reply), allText(reply)).to.equal('review.change');
    });

    it('says the name is already that when it is', async () => {
      const reply = await atQuestion(fresh.client, 'whatMatters.goingWell', 'call me Sam');

      expect(allText(reply)).to.not.match(/changed/);
      expect(allText(reply)).to.match(/already/);
      expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
    });
  });
}

describe('A new name given at a later question, as a carer', () => {
  const fresh = freshAppPerTest('webchat');

  it('changes the name of the person helped ("his name is Ron actually") and asks about Ron', async () => {
    const reply = await atQuestion(fresh.client, 'whatMatters.goingWell', 'his name is Ron actually', carerAnswers);

    expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Ron');
    expect(await storedValue(fresh.running, 'respondent.name')).to.equal('Ann');
    expect(allText(reply)).to.match(/What is going well for Ron/);
  });

  it('changes the carer\'s own name for "call me Annie", leaving the person\'s', async () => {
    const reply = await atQuestion(fresh.client, 'whatMatters.goingWell', 'call me Annie', carerAnswers);

    expect(await storedValue(fresh.running, 'respondent.name'), allText(reply)).to.equal('Annie');
    expect(await storedValue(fresh.running, 'subject.name')).to.equal('Jean');
    expect(allText(reply)).to.match(/your own name to Annie/);
  });

  it('changes the name for "change her name to Jeanie"', async () => {
    const reply = await atQuestion(fresh.client, 'whatMatters.goingWell', 'change her name to Jeanie', carerAnswers);

    expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Jeanie');
    expect(lastQuestion(reply)).to.equal('whatMatters.goingWell');
  });
});

describe('Words like a new name that are an answer', () => {
  const fresh = freshAppPerTest('webchat');

  for (const words of ['call me later', 'my name is hard to spell', 'call me old fashioned', 'call me on my mobile']) {
    it(`keeps "${words}" as the answer to the question waiting`, async () => {
      const reply = await atQuestion(fresh.client, 'whatMatters.goingWell', words);

      expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Sam');
    });
  }
});

// Review 23b #6: every month was made a not-name to stop "call me Monday", so "call me June" was
// noted as an answer. Months that are common first names are names again.
describe('A first name that is also a month', () => {
  const fresh = freshAppPerTest('webchat');

  for (const name of ['June', 'May', 'April', 'August']) {
    it(`renames Sam to ${name} on "call me ${name}"`, async () => {
      const reply = await atQuestion(fresh.client, 'whatMatters.goingWell', `call me ${name}`);

      expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal(name);
    });
  }
});

/**
 * A new name once the plan is finished ("call me Bob now"): it was met with "You have finished
 * getting ready" and the plan kept the old name, with no word of how to change it (dialogfix23 #4).
 * The name is changed, said so, and the plan shown afresh to look over and share again, as a change
 * at the review is; nothing is sent again until they say so.
 */
for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A new name once the plan is finished, on ${channelId}`, () => {
    const app = listeningAppPerTest();

    for (const words of ['call me Bob now', 'my name is Bob', 'please change my name to Bob']) {
      it(`changes the name to Bob on "${words}" after sharing, shows the plan again and sends nothing yet`, async () => {
        const client = chatClient(app.running, { channelId });
        await walkTo((t) => client.say(t), 'share.consent', jeanToConsent, await invitationCode(app.running));
        await client.say('yes');
        const reply = await client.say(words);

        expect(await storedValue(app.running, 'subject.name'), allText(reply)).to.equal('Bob');
        expect(allText(reply)).to.match(/changed your name to Bob/);
        expect(allText(reply)).to.match(/Name: Bob/);
        expect(lastQuestion(reply)).to.equal('review.change');
        expect(app.told.shared, 'not sent again unasked').to.have.length(1);
      });
    }

    // Asking to be rung ("call me Monday") renamed the finished, shared plan "Monday" and cleared
    // the consent (review 23 finding 3): days, months and times are never names.
    for (const words of [
      'call me Monday',
      'call me friday',
      'call me next week',
      'call me midday',
      'Call me January',
    ]) {
      it(`never renames the finished plan on "${words}"`, async () => {
        const client = chatClient(app.running, { channelId });
        await walkTo((t) => client.say(t), 'share.consent', jeanToConsent, await invitationCode(app.running));
        await client.say('yes');
        const reply = await client.say(words);

        expect(allText(reply)).to.not.match(/changed your name/);
        expect(await storedValue(app.running, 'subject.name')).to.equal('Jean');
        expect((await onlyRecord(app.running)).answers['share.consent']?.value).to.equal(true);
      });
    }

    it('says it already has the name on "call me Jean" when it is Jean', async () => {
      const client = chatClient(app.running, { channelId });
      await walkTo((t) => client.say(t), 'share.consent', jeanToConsent, await invitationCode(app.running));
      await client.say('yes');
      const reply = await client.say('call me Jean');

      expect(allText(reply)).to.match(/already have your name as Jean/);
      expect((await onlyRecord(app.running)).answers['share.consent']?.value).to.equal(true);
    });
  });
}
