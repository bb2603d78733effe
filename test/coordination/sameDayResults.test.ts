/**
 * Explorer 25b: the practice nurse types an HbA1c of 52 into "Add results" in Teams (a date, no
 * time) and the laboratory's system then sends the same test with its time. Both were kept as two
 * tests, and the person was told "Last time: 52 mmol/mol, on 20 November. It is about the same."
 * of one test; a different number the same day was kept beside it as a rise or a fall.
 */
import { expect } from 'chai';
import { BotClient } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { apiKey, hba1c, invite, postObservations, transaction } from '../support/results';
import { startApp, type RunningApp } from '../support/startApp';

describe('Explorer 25b: the same test sent with a date and then with its time', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  afterEach(() => running.stop());

  it('keeps one result when the values match, and never tells a "last time" of the same day', async () => {
    const { id, code } = await invite(running);
    expect((await postObservations(running, id, hba1c(52, '2026-11-20'))).status).to.equal(201);
    const again = await postObservations(running, id, hba1c(52, '2026-11-20T09:14:00Z'));

    expect(again.body).to.include({ added: 0, duplicates: 1 });
    const person = new BotClient(running.baseUrl, { channelId: 'webchat' });
    await person.say(code);
    expect((await onlyRecord(running)).results.items).to.have.length(1);
  });

  it('refuses a different value for that day unless it is sent as a correction', async () => {
    const { id } = await invite(running);
    await postObservations(running, id, hba1c(52, '2026-11-20T09:14:00Z'));

    const clash = await postObservations(running, id, hba1c(58, '2026-11-20'));
    const correction = await postObservations(running, id, { ...hba1c(58, '2026-11-20'), status: 'corrected' });

    expect(clash.status).to.equal(400);
    expect(correction.status).to.equal(201);
  });

  it('reads a date alone and a time that day in one request as one test too', async () => {
    const { id } = await invite(running);
    const same = await postObservations(
      running,
      id,
      transaction([hba1c(52, '2026-11-20'), hba1c(52, '2026-11-20T09:14:00Z')]),
    );
    const clash = await postObservations(
      running,
      id,
      transaction([hba1c(60, '2026-10-20'), hba1c(66, '2026-10-20T09:14:00Z')]),
    );

    expect(same.body).to.include({ received: 1, added: 1 });
    expect(clash.status).to.equal(400);
    expect(clash.body.field).to.equal('entry[1].resource.value');
  });

  it('still keeps tests of the same measure on different days as last time and now', async () => {
    const { id, code } = await invite(running);
    await postObservations(running, id, hba1c(52, '2026-11-19T09:14:00Z'));
    expect((await postObservations(running, id, hba1c(58, '2026-11-20'))).status).to.equal(201);
    const person = new BotClient(running.baseUrl, { channelId: 'webchat' });
    await person.say(code);
    expect((await onlyRecord(running)).results.items).to.have.length(2);
  });
});
