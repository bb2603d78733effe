/**
 * Which failures of a text certainly sent nothing (`TextNotSent`: Twilio refused it with a 4xx, or
 * could not be connected to), so a reminder may be tried again; and which may have sent it (a 5xx,
 * the connection cut once the request was out), so it never is.
 */
import { expect } from 'chai';
import { silentLogger } from '../../../bot/logger';
import { TwilioClient } from '../../../channels/sms/twilioClient';
import { TextNotSent } from '../../../coordination/outbound';
import { isAppError } from '../../../plan/appError';
import { startFakeTwilioApi, type FakeTwilioOutcome } from './fakeTwilioApi';
import { closedPort } from '../../support/closedPort';

const optOuts = {
  isOptedOut: () => Promise.resolve(false),
  optOut: () => Promise.resolve(),
  optIn: () => Promise.resolve(true),
};

const client = (apiUrl: string): TwilioClient =>
  new TwilioClient({ accountSid: 'AC0123', authToken: 'token', from: '+447700900000', apiUrl }, optOuts, silentLogger);

/** What sending one text throws when Twilio answers with `outcome`. */
async function failureOf(outcome: FakeTwilioOutcome): Promise<unknown> {
  const twilio = await startFakeTwilioApi();
  twilio.script([outcome]);
  try {
    return await client(twilio.url)
      .send('+447700900123', 'hello')
      .then(
        () => undefined,
        (error: unknown) => error,
      );
  } finally {
    await twilio.close();
  }
}

describe('Texts that certainly did not go', () => {
  it('a refusal from Twilio is a text not sent', async () => {
    expect(await failureOf(400)).to.be.instanceOf(TextNotSent);
    expect(await failureOf(429)).to.be.instanceOf(TextNotSent);
  });

  // Review 25: a 5xx may come from Twilio's edge after the request was passed on.
  it('a 5xx from Twilio may have sent it, so it is no text not sent', async () => {
    for (const status of [500, 502, 503, 504]) {
      const error = await failureOf(status);
      expect(isAppError(error, 'upstream_failed'), String(error)).to.equal(true);
      expect(error, String(status)).not.to.be.instanceOf(TextNotSent);
    }
  });

  it('no connection made is a text not sent', async () => {
    const error = await client(`http://127.0.0.1:${await closedPort()}`)
      .send('+447700900123', 'hello')
      .then(
        () => undefined,
        (failure: unknown) => failure,
      );
    expect(error).to.be.instanceOf(TextNotSent);
  });

  it('a connection cut once Twilio had the request may have sent it, so it is no text not sent', async () => {
    const error = await failureOf('reset');
    expect(isAppError(error, 'upstream_failed'), String(error)).to.equal(true);
    expect(error).not.to.be.instanceOf(TextNotSent);
  });
});
