/**
 * The person's rights asked in their own words at a question ("please delete my data", a carer's
 * "delete Ron's data", "who has seen my plan"): each is the request it names, never an answer.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { carerToTopics } from '../support/carerScripts';
import { invitationCode } from '../support/invitations';
import { storedValue } from '../support/onlyRecord';
import { personPersona, runPersona } from '../support/personas';
import { personToFirstGoal } from '../support/scripts';
import { chatClient, freshAppPerTest, startApp } from '../support/startApp';

describe('Deleting asked for in a sentence, at a question', () => {
  const fresh = freshAppPerTest('webchat');

  for (const said of [
    'please delete my data',
    'I want to delete my data',
    'remove all my information',
    'erase everything you have on me',
  ]) {
    it(`"${said}" at a question asks to confirm the deletion, and is not kept as the answer`, async () => {
      const asked = await sayAll(fresh.client, [...personToFirstGoal().slice(0, 5), said]);

      expect(lastQuestion(asked)).to.equal('control.delete');
      expect(await storedValue(fresh.running, 'whatMatters.goingWell')).to.equal(undefined);
    });
  }

  for (const said of ["delete Ron's data", 'delete his data', 'please delete all of Ron’s information']) {
    it(`a carer's "${said}" offers to delete what is held about Ron, and is not kept as Ron's answer`, async () => {
      const asked = await sayAll(fresh.client, [...carerToTopics.slice(0, 7), said]);

      expect(lastQuestion(asked)).to.equal('control.delete');
      expect(allText(asked)).to.include('about Ron');
      expect(await storedValue(fresh.running, 'whatMatters.most')).to.equal(undefined);
    });
  }

  it("a carer's answer that only names Ron's things (\"his family\") stays Ron's answer", async () => {
    await sayAll(fresh.client, [...carerToTopics.slice(0, 7), 'his family']);

    expect(await storedValue(fresh.running, 'whatMatters.most')).to.equal('his family');
  });

  it('"delete his data" from a person answering for themselves is their answer, not a deletion', async () => {
    const asked = await sayAll(fresh.client, [...personToFirstGoal().slice(0, 5), 'delete his data']);

    expect(lastQuestion(asked)).to.not.equal('control.delete');
  });
});

describe('Asking who has seen the plan', () => {
  const fresh = freshAppPerTest('webchat');

  it('"who has seen my plan" at a question says nobody sees it unless shared, and is not kept', async () => {
    const asked = await sayAll(fresh.client, [...personToFirstGoal().slice(0, 5), 'who has seen my plan']);

    expect(allText(asked)).to.match(/Nobody else sees your answers/);
    expect(await storedValue(fresh.running, 'whatMatters.goingWell')).to.equal(undefined);
  });

  // H99: the learned layer checked in on these as thoughts of suicide or harm to others, so the
  // request was never reached.
  for (const said of ['who has seen this?', "who's seen this", 'has anyone seen this']) {
    it(`"${said}" at a question says nobody sees it unless shared, with no check-in, and is not kept`, async () => {
      const asked = await sayAll(fresh.client, [...personToFirstGoal().slice(0, 5), said]);

      expect(allText(asked)).to.match(/Nobody else sees your answers/);
      expect(allText(asked)).to.not.match(/ask you straight/);
      expect(await storedValue(fresh.running, 'whatMatters.goingWell')).to.equal(undefined);
    });
  }

  it("a carer's \"who has seen Ron's plan\" is told who sees it, and is not kept as Ron's answer", async () => {
    const asked = await sayAll(fresh.client, [...carerToTopics.slice(0, 7), "who has seen Ron's plan"]);

    expect(allText(asked)).to.match(/Nobody else sees your answers/);
    expect(await storedValue(fresh.running, 'whatMatters.most')).to.equal(undefined);
  });

  it('"who has seen my plan" after sharing says whom it was shared with and whether it has reached them', async () => {
    const running = await startApp();
    try {
      const client = chatClient(running, { channelId: 'webchat' });
      await runPersona(async (text) => (await client.say(text)).replies, personPersona, await invitationCode(running));
      const text = allText(await client.say('who has seen my plan'));

      expect(text).to.match(/Dr Sam Patel/);
      expect(text).to.match(/not reached/i);
    } finally {
      await running.stop();
    }
  });
});
