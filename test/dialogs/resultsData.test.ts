/**
 * The care team's results as the person's data: a result corrected after the person asked about
 * it, "start again" with results held, and results that come after the plan was shared.
 */
import { expect } from 'chai';
import { allText, lastQuestion, type ChatClient, type PostResult } from '../support/botClient';
import { onEachChannel, type ListenedApp } from '../support/planListeners';
import { onlyRecord } from '../support/onlyRecord';
import { personPersona, runPersona, type Persona } from '../support/personas';
import { apiKey, bloodPressure, daysAgo, hba1c, invite, postObservations, transaction } from '../support/results';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { chatClient, type RunningApp } from '../support/startApp';

type ChannelId = 'webchat' | 'msteams' | 'sms';
const lead = 'Dr Sam Patel';

const personAnswers = plainPersonAnswers;

/** Runs `body` once per channel, each against a fresh app that takes results, whose plan listeners note what they are told. */
function onEach(list: readonly ChannelId[], body: (opened: ListenedApp, channelId: ChannelId) => Promise<void>) {
  return onEachChannel(list, body, { CAREPREP_API_KEYS: apiKey });
}

/** A person invited by Dr Sam Patel, with `results` sent, walked to `stopAt` (the HbA1c question). */
async function atResult(
  running: RunningApp,
  channelId: ChannelId,
  results: Record<string, unknown>,
  stopAt = 'result.hba1c.thoughts',
): Promise<{ client: ChatClient; asked: PostResult; invitationId: string }> {
  const { id, code } = await invite(running);
  expect((await postObservations(running, id, results)).status).to.equal(201);
  const client = chatClient(running, { channelId });
  const asked = await walkTo((text) => client.say(text), stopAt, personAnswers, code);
  return { client, asked, invitationId: id };
}

describe('A result corrected by the care team after the person asked about it', () => {
  it('tells the person on their next message that the result was corrected, with the new value', async () => {
    await onEach(['webchat', 'msteams', 'sms'], async ({ running }, channelId) => {
      const at = daysAgo(10);
      const { client, invitationId } = await atResult(running, channelId, transaction([hba1c(75, at)]));
      await client.say('Is 75 too high?');
      const corrected = await postObservations(
        running,
        invitationId,
        transaction([hba1c(57, at, { status: 'corrected' })]),
      );
      expect(corrected.status).to.equal(201);

      const next = allText(await client.say('hi'));

      expect(next, `${channelId}: the corrected HbA1c`).to.match(/HbA1c[\s\S]*\b57\b/);
      expect(next, `${channelId}: what it was`).to.match(/not 75\b/);
      expect(next, `${channelId}: the question kept with 75`).to.match(/question about 75\b/);
      expect(allText(await client.say('hi')), `${channelId}: told once`).to.not.match(/corrected/);
    });
  });

  it('keeps the question tied to the value it was asked about in the plan', async () => {
    await onEach(['webchat'], async ({ running }, channelId) => {
      const at = daysAgo(10);
      const { client, invitationId } = await atResult(running, channelId, transaction([hba1c(75, at)]));
      await client.say('Is 75 too high?');
      await postObservations(running, invitationId, transaction([hba1c(57, at, { status: 'corrected' })]));

      await client.say('hi');
      const plan = allText(await client.say('show my plan'));

      expect(plan).to.match(/HbA1c: 57/);
      expect(plan).to.match(/My question \(about 75 mmol\/mol\): Is 75 too high\?/);
    });
  });
  it('ties a question typed before the person read of the correction to the value they had been shown', async () => {
    await onEach(['webchat'], async ({ running }, channelId) => {
      const at = daysAgo(10);
      const { client, invitationId } = await atResult(running, channelId, transaction([hba1c(75, at)]));
      await postObservations(running, invitationId, transaction([hba1c(57, at, { status: 'corrected' })]));

      const reply = allText(await client.say('Is 75 too high?'));
      await client.say('hi');
      const plan = allText(await client.say('show my plan'));

      expect(reply, `${channelId}: told with the answer`).to.match(/HbA1c[\s\S]*\b57\b/);
      expect(plan, channelId).to.match(/My question \(about 75 mmol\/mol\): Is 75 too high\?/);
    });
  });

  it('says nothing of a correction to a result the person was not yet shown, and shows only the corrected value', async () => {
    await onEach(['webchat', 'sms'], async ({ running }, channelId) => {
      const at = daysAgo(10);
      const { client, invitationId } = await atResult(
        running,
        channelId,
        transaction([hba1c(75, at)]),
        'whatMatters.most',
      );
      await postObservations(running, invitationId, transaction([hba1c(57, at, { status: 'corrected' })]));

      const shown = allText(await walkTo((text) => client.say(text), 'result.hba1c.thoughts', personAnswers, 'family'));

      expect(shown, channelId).to.not.match(/corrected/);
      expect(shown, channelId).to.match(/HbA1c[\s\S]*\b57\b/);
      expect(shown, channelId).to.not.match(/\b75\b/);
    });
  });
});

describe('"Start again" with the care team\'s results held', () => {
  it('says exactly what starting again clears and what it keeps', async () => {
    await onEach(['webchat', 'sms'], async ({ running }, channelId) => {
      const { client } = await atResult(running, channelId, transaction([hba1c(75, daysAgo(10))]));
      const asked = allText(await client.say('start again'));

      expect(asked, `${channelId}: what is cleared`).to.match(/answers[^.?]*cleared/i);
      expect(asked, `${channelId}: what is kept`).to.match(/test results[^.?]*kept/i);
    });
  });

  it('clears the answers but keeps the results, and goes through them again as new', async () => {
    await onEach(['webchat', 'sms'], async ({ running }, channelId) => {
      const { client } = await atResult(
        running,
        channelId,
        transaction([hba1c(75, daysAgo(10)), bloodPressure(150, 95, daysAgo(10))]),
        'result.bloodPressure.thoughts',
      );
      await client.say('start again');
      const done = allText(await client.say(channelId === 'sms' ? '1' : 'yes'));
      const record = await onlyRecord(running);

      expect(Object.keys(record.answers), channelId).to.deep.equal([]);
      expect(record.results.items.map((r) => r.measure).sort(), channelId).to.deep.equal(['bloodPressure', 'hba1c']);
      expect(record.leadContact?.name, `${channelId}: who sent them`).to.equal(lead);
      expect(done, `${channelId}: what was cleared`).to.match(/cleared your answers/i);

      const shown = await walkTo((text) => client.say(text), 'result.hba1c.thoughts', personAnswers, '1');
      expect(allText(shown), `${channelId}: the HbA1c shown again`).to.match(/HbA1c[\s\S]*\b75\b/);
      expect(allText(shown), `${channelId}: sent by`).to.include(lead);
    });
  });

  it('still deletes the results with everything else on "delete my data"', async () => {
    await onEach(['webchat', 'sms'], async ({ running }, channelId) => {
      const { client, invitationId } = await atResult(running, channelId, transaction([hba1c(75, daysAgo(10))]));
      await client.say('delete my data');
      await client.say(channelId === 'sms' ? '1' : 'yes');

      expect(Number((await running.app.db.get('SELECT COUNT(*) AS n FROM records'))?.n), channelId).to.equal(0);
      const again = await postObservations(running, invitationId, transaction([hba1c(60, daysAgo(2))]));
      expect(again.status, `${channelId}: nothing kept again`).to.not.equal(201);
    });
  });
});

describe('Results that come after the plan was shared', () => {
  /** A person who shared their plan with Dr Sam Patel, then was sent an HbA1c, and said hello. */
  async function sharedThenResult(opened: ListenedApp, channelId: ChannelId): Promise<ChatClient> {
    const { running, told } = opened;
    const { id, code } = await invite(running);
    const client = chatClient(running, { channelId });
    await runPersona(async (text) => (await client.say(text)).replies, personPersona, code);
    expect(told.shared, channelId).to.have.length(1);
    expect((await postObservations(running, id, transaction([hba1c(75, daysAgo(3))]))).status).to.equal(201);
    const hello = await client.say('hi');
    expect(lastQuestion(hello), channelId).to.equal('result.hba1c.thoughts');
    return client;
  }

  it(`says a question about them is in the person's own plan and that ${lead} does not have it yet`, async () => {
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedThenResult(opened, channelId);
      const after = await client.say('Is 75 too high for me?');
      const text = allText(after);

      expect(text, `${channelId}: who does not have it`).to.include(lead);
      expect(text, `${channelId}: nothing claimed sent`).to.not.match(/\b(sent|sending) (it|this|your)/i);
      expect(opened.told.shared, `${channelId}: nothing sent yet`).to.have.length(1);
    });
  });

  it(`offers to send ${lead} the update, and sends it only after a yes`, async () => {
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedThenResult(opened, channelId);
      const after = await client.say('Is 75 too high for me?');
      expect(lastQuestion(after), `${channelId}: the plan to look over`).to.equal('review.change');
      const send = await client.say('It looks right');
      expect(lastQuestion(send), channelId).to.equal('share.send');
      const consent = await client.say('all');
      expect(lastQuestion(consent), channelId).to.equal('share.consent');
      expect(opened.told.shared, `${channelId}: nothing sent before the yes`).to.have.length(1);
      await client.say('yes');

      expect(opened.told.shared, channelId).to.have.length(2);
      const [, update] = opened.told.shared;
      expect(update.previous, `${channelId}: sent as an update`).to.not.equal(undefined);
      expect(update.record.shared?.answers['result.hba1c.thoughts']?.value, channelId).to.equal(
        'Is 75 too high for me?',
      );
    });
  });

  // Nobody can reach Dr Sam Patel in this app, so the plan sent before has not reached them
  // (leadCopyWords.test.ts has the words once it has).
  it(`says plainly the plan sent before has not reached ${lead} yet when the person does not send the update`, async () => {
    await onEach(['webchat'], async (opened, channelId) => {
      const client = await sharedThenResult(opened, channelId);
      await client.say('Is 75 too high for me?');
      await client.say('It looks right');
      await client.say('all');
      const no = allText(await client.say('no'));

      expect(no, channelId).to.include(`The plan you shared before has not reached ${lead} yet`);
      expect(opened.told.shared, channelId).to.have.length(1);
    });
  });
});

describe('A newer result that comes after the person went through their results', () => {
  /** Sam goes through an HbA1c and a blood pressure, asking about the HbA1c, and shares the plan. */
  const wentThrough: Persona = {
    ...personPersona,
    name: 'person who went through two results',
    answers: {
      ...personPersona.answers,
      'result.hba1c.thoughts': 'Is 75 too high?',
      'result.bloodPressure.thoughts': 'no',
    },
  };

  /** Sam, having gone through an HbA1c of 75 and shared the plan, is then sent a new HbA1c of 60. */
  async function newerAfterDone({ running, told }: ListenedApp, channelId: ChannelId): Promise<ChatClient> {
    const { id, code } = await invite(running);
    const first = transaction([hba1c(75, daysAgo(40)), bloodPressure(150, 95, daysAgo(40))]);
    expect((await postObservations(running, id, first)).status).to.equal(201);
    const client = chatClient(running, { channelId });
    await runPersona(async (text) => (await client.say(text)).replies, wentThrough, code);
    expect(told.shared, channelId).to.have.length(1);
    expect((await postObservations(running, id, transaction([hba1c(60, daysAgo(2))]))).status).to.equal(201);
    return client;
  }

  it('tells the person on their next visit that there is a new result, and offers to go through it', async () => {
    await onEach(['webchat', 'msteams', 'sms'], async (opened, channelId) => {
      const client = await newerAfterDone(opened, channelId);
      const hello = await client.say('hi');
      const text = allText(hello);

      expect(text, `${channelId}: what is new`).to.match(/new[\s\S]*HbA1c|HbA1c[\s\S]*new/i);
      expect(text, `${channelId}: who sent it`).to.include(lead);
      expect(text, `${channelId}: the value, before they choose to see it`).to.not.match(/\b60\b/);
      expect(lastQuestion(hello), `${channelId}: the offer`).to.equal('control.newResults');
    });
  });

  it('goes through only the new result on a yes, and keeps the question about the one before with its value', async () => {
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const client = await newerAfterDone(opened, channelId);
      await client.say('hi');
      const shown = await client.say('yes');

      expect(lastQuestion(shown), channelId).to.equal('result.hba1c.thoughts');
      expect(allText(shown), `${channelId}: the new value`).to.match(/HbA1c[\s\S]*\b60\b/);
      expect(allText(shown), `${channelId}: last time's beside it`).to.match(/\b75\b/);
      const after = await client.say('Is 60 better?');
      expect(lastQuestion(after), `${channelId}: not the blood pressure again`).to.not.match(/^result\./);

      const plan = allText(await client.say('show my plan'));
      expect(plan, channelId).to.match(/My question \(about 75 mmol\/mol\): Is 75 too high\?/);
      expect(plan, channelId).to.match(/My question: Is 60 better\?/);
    });
  });

  it('asks nothing about it on a no, says how to go through it later, and goes through it on "show me my results"', async () => {
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const client = await newerAfterDone(opened, channelId);
      await client.say('hi');
      const no = await client.say('no');

      expect(allText(no), channelId).to.match(/show (me )?my results/i);
      expect(lastQuestion(no) ?? '', channelId).to.not.match(/^result\.|^control\.newResults$/);
      expect(lastQuestion(await client.say('hi')) ?? '', `${channelId}: offered once`).to.not.equal(
        'control.newResults',
      );
      const shown = await client.say('show me my results');
      expect(lastQuestion(shown), channelId).to.equal('result.hba1c.thoughts');
      expect(allText(shown), channelId).to.match(/HbA1c[\s\S]*\b60\b/);
    });
  });

  it('offers no correction of a result as a new one', async () => {
    await onEach(['webchat'], async (opened, channelId) => {
      const { running } = opened;
      const { id, code } = await invite(running);
      const at = daysAgo(40);
      await postObservations(running, id, transaction([hba1c(75, at), bloodPressure(150, 95, at)]));
      const client = chatClient(running, { channelId });
      await runPersona(async (text) => (await client.say(text)).replies, wentThrough, code);
      await postObservations(running, id, transaction([hba1c(57, at, { status: 'corrected' })]));
      const hello = await client.say('hi');

      expect(allText(hello), channelId).to.match(/corrected/);
      expect(lastQuestion(hello) ?? '', channelId).to.not.equal('control.newResults');
    });
  });
});
