import { expect } from 'chai';
import { allText, BotClient } from '../support/botClient';
import { coordinatorChat } from '../support/coordinatorChat';
import { apiKey, hba1c, postObservations } from '../support/results';
import { startApp, type RunningApp } from '../support/startApp';
import { tempDir } from '../support/tempDb';
import { startFakeTwilioApi } from '../channels/sms/fakeTwilioApi';
import { SmsPhone } from '../channels/sms/smsPhone';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';
import { createSealer } from '../../storage/encryption';
import { SqlRecordStore } from '../../storage/recordStore';
import { twilioEnv } from '../support/smsAndTeamsApp';

const mobile = '+447700900123';
const authToken = 'reminders-test-token';
const publicUrl = 'https://careprep.example.org';
const coordinator = { aad: 'aad-coordinator-r', conversation: 'a:chat-coordinator-r' };

describe('Reminders that fit the appointment', function () {
  this.timeout(60_000);
  let now: Date;
  let twilio: Awaited<ReturnType<typeof startFakeTwilioApi>>;
  let connector: FakeTeamsConnector;
  let tmp: ReturnType<typeof tempDir>;
  let running: RunningApp;

  /** Starts the app on the same database each time, as a restart would. */
  const start = async (): Promise<void> => {
    running = await startApp({
      env: {
        CAREPREP_DB: tmp.file(),
        CAREPREP_API_KEYS: apiKey,
        CAREPREP_PUBLIC_URL: publicUrl,
        CAREPREP_STAFF_AAD_IDS: coordinator.aad,
        ...twilioEnv(twilio.url, authToken),
      },
      overrides: { clock: () => now },
    });
  };
  const restart = async (): Promise<void> => {
    await running.stop();
    await start();
  };

  beforeEach(async () => {
    tmp = tempDir();
    twilio = await startFakeTwilioApi();
    connector = await startFakeTeamsConnector();
    now = new Date('2030-03-04T12:00:00Z');
    await start();
  });
  afterEach(async () => {
    await running.stop();
    await twilio.close();
    await connector.close();
    tmp.cleanup();
  });

  const asCoordinator = () => coordinatorChat(running.baseUrl, connector.serviceUrl, coordinator);

  /** The coordinator invites Sam in Teams (the real card), for 14 March 2030 at 10:30. */
  async function invite(withMobile = true): Promise<{ id: string; code: string }> {
    const made = await asCoordinator().post({
      value: {
        careprep: 'teams.invite',
        name: 'Sam',
        mobile: withMobile ? '07700 900123' : '',
        date: '2030-03-14',
        time: '10:30',
      },
    });
    const code = /\*\*([A-Z2-9]{8})\*\*/.exec(allText(made))?.[1];
    const list = (await (
      await fetch(`${running.baseUrl}/api/invitations`, { headers: { authorization: `Bearer ${apiKey}` } })
    ).json()) as {
      id: string;
      code: string;
    }[];
    const id = list.find((item) => item.code === code)?.id;
    if (!code || !id) throw new Error('no invitation');
    return { id, code };
  }

  /** Reminder texts to Sam's mobile that Twilio took (the invitation text itself is not a reminder). */
  const reminderTexts = (): string[] =>
    reminderTries()
      .filter((r) => r.status === 201)
      .map((r) => r.form.Body);
  /** Every reminder text handed to Twilio, taken or not. */
  const reminderTries = () =>
    twilio.requests.filter((r) => r.form.To === mobile && /Reply STOP to stop these texts/.test(r.form.Body));

  const at = async (iso: string): Promise<void> => {
    now = new Date(iso);
    await running.app.reminders.tick();
  };

  it('texts "your results are ready" once, holding it from 21:30 until 09:00 UK time', async () => {
    const { id } = await invite();
    now = new Date('2030-03-04T21:30:00Z');
    expect((await postObservations(running, id, hba1c(52, '2030-03-03'))).status).to.equal(201);

    await at('2030-03-04T21:31:00Z');
    await at('2030-03-05T08:59:00Z');
    expect(reminderTexts()).to.deep.equal([]);
    await at('2030-03-05T09:00:00Z');
    await at('2030-03-05T09:05:00Z');
    await postObservations(running, id, hba1c(50, '2030-03-04'));
    await at('2030-03-05T09:10:00Z');

    expect(reminderTexts()).to.have.length(1);
    expect(reminderTexts()[0]).to.include('Your test results from Dr Sam Patel are ready');
  });

  it('sends each appointment reminder once, 7 and 2 days before, across restarts', async () => {
    await invite();
    await restart();
    now = new Date('2030-03-07T10:00:00Z');
    await restart();
    await running.app.reminders.tick();
    await restart();
    await running.app.reminders.tick();
    expect(reminderTexts()).to.have.length(1);
    expect(reminderTexts()[0]).to.include('Your appointment is on Thursday 14 March');

    now = new Date('2030-03-12T10:00:00Z');
    await restart();
    await running.app.reminders.tick();
    await running.app.reminders.tick();
    expect(reminderTexts()).to.have.length(2);
  });

  it('tells where someone stopped once they have started', async () => {
    const { code } = await invite();
    const person = new BotClient(running.baseUrl);
    for (const said of [code, 'me', 'Sam']) await person.say(said);
    await at('2030-03-07T10:00:00Z');
    expect(reminderTexts()[0]).to.include('You stopped at part 1 of 6');
  });

  it('sends nothing once the plan is shared', async () => {
    const { code } = await invite();
    await new BotClient(running.baseUrl).say(code);
    const store = new SqlRecordStore(running.app.db, createSealer(null));
    const [summary] = await store.list();
    const found = await store.get(summary.id);
    await store.put({ ...found!.value, status: 'shared' }, found!.eTag);

    await at('2030-03-07T10:00:00Z');
    await at('2030-03-12T10:00:00Z');
    expect(reminderTexts()).to.deep.equal([]);
  });

  it('sends nothing to a number that texted STOP', async () => {
    const { id } = await invite();
    const phone = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from: mobile });
    expect((await phone.text('STOP')).status).to.equal(200);
    await postObservations(running, id, hba1c(52, '2030-03-03'));

    await at('2030-03-04T12:05:00Z');
    await at('2030-03-07T10:00:00Z');
    expect(reminderTexts()).to.deep.equal([]);
  });

  it('sends results-ready and both appointment reminders: three in all (the cap is in test/coordination/reminderPolicy.test.ts)', async () => {
    const { id } = await invite();
    await postObservations(running, id, hba1c(52, '2030-03-03'));
    await at('2030-03-04T12:01:00Z');
    await at('2030-03-07T10:00:00Z');
    await at('2030-03-12T10:00:00Z');
    expect(reminderTexts()).to.have.length(3);
  });

  it('texts a reminder Twilio refused again after a backoff, once', async () => {
    await invite();
    twilio.script([429, 429]);
    await at('2030-03-07T10:00:00Z');
    await at('2030-03-07T10:00:00Z');
    expect(reminderTries(), 'tried once, not again before its backoff').to.have.length(1);
    await at('2030-03-07T10:05:00Z');
    await at('2030-03-07T10:15:00Z');
    await at('2030-03-07T11:00:00Z');
    await at('2030-03-07T12:00:00Z');
    expect(reminderTries()).to.have.length(3);
    expect(reminderTexts()).to.have.length(1);
    expect(reminderTexts()[0]).to.include('Your appointment is on Thursday 14 March');
  });

  it('stops trying a reminder Twilio keeps refusing after a bounded number of tries', async () => {
    await invite();
    twilio.script(Array.from({ length: 40 }, () => 429));
    for (let minutes = 0; minutes <= 11 * 60; minutes += 10)
      await at(new Date(Date.parse('2030-03-07T10:00:00Z') + minutes * 60_000).toISOString());
    expect(reminderTries()).to.have.length(12);
    expect(reminderTexts()).to.deep.equal([]);
  });

  it('never texts a reminder again when Twilio may have taken it (the connection cut after the request)', async () => {
    await invite();
    twilio.script(['reset']);
    for (const time of ['10:00', '10:05', '11:00', '14:00']) await at(`2030-03-07T${time}:00Z`);
    expect(reminderTries()).to.have.length(1);
  });

  it('never texts a reminder again when Twilio answered a 504, as it may have gone', async () => {
    await invite();
    twilio.script([504]);
    for (const time of ['10:00', '10:05', '11:00', '14:00']) await at(`2030-03-07T${time}:00Z`);
    expect(reminderTries()).to.have.length(1);
  });

  it('tells the coordinator in Teams when there is no mobile, and "my patients" shows what was sent', async () => {
    const { id } = await invite(false);
    await postObservations(running, id, hba1c(52, '2030-03-03'));
    await at('2030-03-04T12:01:00Z');

    const told = connector.delivered(coordinator.conversation).map((a) => (typeof a.text === 'string' ? a.text : ''));
    expect(told.some((text) => text.includes("Sam's test results are in Careprep"))).to.equal(true);
    expect(reminderTexts()).to.deep.equal([]);
    const patients = await asCoordinator().post({ text: 'my patients' });
    expect(allText(patients)).to.include('Reminders sent: 1');
  });
});
