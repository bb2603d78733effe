/**
 * Review 25 (truth25, H215): any non-2xx answer from Twilio is now `TextNotSent`, so a reminder is
 * texted again. A 504 (gateway timeout) or 502 from Twilio's edge says the request was passed on and
 * no answer came back: the text may have gone, and a retry could reach the person twice.
 */
import { expect } from 'chai';
import { silentLogger } from '../../bot/logger';
import { TwilioClient } from '../../channels/sms/twilioClient';
import { TextNotSent } from '../../coordination/outbound';
import { startFakeTwilioApi } from '../channels/sms/fakeTwilioApi';

const optOuts = {
  isOptedOut: () => Promise.resolve(false),
  optOut: () => Promise.resolve(),
  optIn: () => Promise.resolve(true),
};

for (const status of [502, 504]) {
  it(`Review 25: a ${status} from Twilio may have sent the text, so it is no text not sent`, async () => {
    const twilio = await startFakeTwilioApi();
    twilio.script([status]);
    try {
      const client = new TwilioClient(
        { accountSid: 'AC0123', authToken: 'token', from: '+447700900000', apiUrl: twilio.url },
        optOuts,
        silentLogger,
      );
      const error = await client.send('+447700900123', 'hello').then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(error).not.to.be.instanceOf(TextNotSent);
    } finally {
      await twilio.close();
    }
  });
}
