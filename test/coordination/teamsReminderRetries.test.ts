/**
 * A reminder told to the coordinator in Teams (the person has no mobile) that the Bot Connector
 * certainly did not take (throttled at every try, or not reachable at all) is tried again after a
 * backoff, a bounded number of times, and counted as sent only once the connector accepted it;
 * one that may have reached them (a 5xx) is never sent again (H260).
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { coordinatorChat } from '../support/coordinatorChat';
import { apiKey } from '../support/results';
import { startApp, type RunningApp } from '../support/startApp';
import { tempDir } from '../support/tempDb';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';

const publicUrl = 'https://careprep.example.org';
const coordinator = { aad: 'aad-coordinator-t', conversation: 'a:chat-coordinator-t' };
/** The sender's own quick tries per reminder (`defaultSendPolicy.maxAttempts`). */
const triesPerRun = 6;
/** A 429 that asks for no wait, so the sender's quick tries take no time. */
const throttled = { status: 429, retryAfter: '0' };

describe('Teams reminders the Bot Connector refused', function () {
  this.timeout(60_000);
  let now: Date;
  let connector: FakeTeamsConnector;
  let tmp: ReturnType<typeof tempDir>;
  let running: RunningApp;

  beforeEach(async () => {
    tmp = tempDir();
    connector = await startFakeTeamsConnector();
    now = new Date('2030-03-04T12:00:00Z');
    running = await startApp({
      env: {
        CAREPREP_DB: tmp.file(),
        CAREPREP_API_KEYS: apiKey,
        CAREPREP_PUBLIC_URL: publicUrl,
        CAREPREP_STAFF_AAD_IDS: coordinator.aad,
      },
      overrides: { clock: () => now },
    });
  });
  afterEach(async () => {
    await running.stop();
    await connector.close();
    tmp.cleanup();
  });

  const asCoordinator = () => coordinatorChat(running.baseUrl, connector.serviceUrl, coordinator);

  /** The coordinator invites Sam, with no mobile, for 14 March 2030: reminders go to them in Teams. */
  async function invite(): Promise<void> {
    const made = await asCoordinator().post({
      value: { careprep: 'teams.invite', name: 'Sam', mobile: '', date: '2030-03-14', time: '10:30' },
    });
    expect(allText(made)).to.match(/\*\*[A-Z2-9]{8}\*\*/);
  }

  const isReminder = (activity: Record<string, unknown>): boolean =>
    typeof activity.text === 'string' && activity.text.includes('Sam has not shared a plan yet');
  /** Every reminder request that reached the connector, taken or not. */
  const reminderTries = (): number =>
    connector.seen(coordinator.conversation).filter((s) => isReminder(s.activity)).length;
  /** Reminders the connector accepted. */
  const reminders = (): number => connector.delivered(coordinator.conversation).filter(isReminder).length;
  const myPatients = async (): Promise<string> => allText(await asCoordinator().post({ text: 'my patients' }));

  const at = async (iso: string): Promise<void> => {
    now = new Date(iso);
    await running.app.reminders.tick();
  };
  const minutesAfter10 = (minutes: number): string =>
    new Date(Date.parse('2030-03-07T10:00:00Z') + minutes * 60_000).toISOString();

  it('tells the coordinator again after a backoff when Teams throttled the reminder, once, and counts it sent only then', async () => {
    await invite();
    connector.script(Array.from({ length: triesPerRun }, () => throttled));
    await at('2030-03-07T10:00:00Z');
    await at('2030-03-07T10:00:00Z');
    expect(reminderTries(), 'tried once, not again before its backoff').to.equal(triesPerRun);
    expect(reminders()).to.equal(0);
    expect(await myPatients(), 'nothing is said to be sent that Teams did not take').not.to.include('Reminders sent');

    for (const minutes of [5, 15, 60, 120]) await at(minutesAfter10(minutes));
    expect(reminders()).to.equal(1);
    expect(reminderTries()).to.equal(triesPerRun + 1);
    expect(await myPatients()).to.include('Reminders sent: 1');
  });

  it('stops trying a reminder Teams keeps throttling after a bounded number of tries', async () => {
    await invite();
    connector.script(Array.from({ length: 20 * triesPerRun }, () => throttled));
    for (let minutes = 0; minutes <= 9 * 60; minutes += 10) await at(minutesAfter10(minutes));
    expect(reminderTries()).to.equal(12 * triesPerRun);
    expect(reminders()).to.equal(0);
    expect(await myPatients()).not.to.include('Reminders sent');
  });

  it('tells the coordinator once the Bot Connector can be reached again', async () => {
    await invite();
    const port = Number(new URL(connector.serviceUrl).port);
    await connector.close();
    await at('2030-03-07T10:00:00Z');
    connector = await startFakeTeamsConnector(port);
    for (const minutes of [5, 15, 60, 120]) await at(minutesAfter10(minutes));
    expect(reminders()).to.equal(1);
    expect(reminderTries()).to.equal(1);
  });

  it('never tells the coordinator again when Teams answered a 5xx, as it may have reached them', async () => {
    await invite();
    connector.script(Array.from({ length: triesPerRun }, () => ({ status: 503, retryAfter: '0' })));
    for (const minutes of [0, 5, 60, 240]) await at(minutesAfter10(minutes));
    expect(reminderTries()).to.equal(1);
    expect(reminders()).to.equal(0);
  });
});
