import type { AppOverrides } from '../../bot/app';
import { startFakeTwilioApi } from '../channels/sms/fakeTwilioApi';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';
import { apiKey } from './results';
import { startApp, type RunningApp } from './startApp';

/** The Twilio settings of an app that texts through the fake Twilio API at `apiUrl`. */
export function twilioEnv(apiUrl: string, authToken: string): NodeJS.ProcessEnv {
  return {
    TWILIO_ACCOUNT_SID: 'AC0123',
    TWILIO_AUTH_TOKEN: authToken,
    TWILIO_FROM: '+447700900000',
    TWILIO_API_URL: apiUrl,
  };
}

/** What a test of texts and Teams cards works with; `now` is the app's clock, for the test to move. */
export interface SmsAndTeamsApp {
  now: Date;
  readonly running: RunningApp;
  readonly twilio: Awaited<ReturnType<typeof startFakeTwilioApi>>;
  readonly connector: FakeTeamsConnector;
}

/**
 * A new app for each test, with the results API, one coordinator in Teams and texts through Twilio,
 * both on loopback, on a clock that starts on a Monday in March before the clocks change (UK time
 * is UTC). Registers the mocha hooks that start and stop them.
 */
export function smsAndTeamsApp(setup: {
  authToken: string;
  publicUrl: string;
  staffAad: string;
  overrides?: () => AppOverrides;
}): SmsAndTeamsApp {
  let running: RunningApp | undefined;
  let twilio: SmsAndTeamsApp['twilio'] | undefined;
  let connector: FakeTeamsConnector | undefined;
  const world = {
    now: new Date('2030-03-04T12:00:00Z'),
    get running(): RunningApp {
      if (!running) throw new Error('the app is started for each test');
      return running;
    },
    get twilio(): SmsAndTeamsApp['twilio'] {
      if (!twilio) throw new Error('the fake Twilio API is started for each test');
      return twilio;
    },
    get connector(): FakeTeamsConnector {
      if (!connector) throw new Error('the fake Teams connector is started for each test');
      return connector;
    },
  };
  beforeEach(async () => {
    world.now = new Date('2030-03-04T12:00:00Z');
    twilio = await startFakeTwilioApi();
    connector = await startFakeTeamsConnector();
    running = await startApp({
      env: {
        CAREPREP_API_KEYS: apiKey,
        CAREPREP_STAFF_AAD_IDS: setup.staffAad,
        CAREPREP_PUBLIC_URL: setup.publicUrl,
        ...twilioEnv(twilio.url, setup.authToken),
      },
      overrides: { ...setup.overrides?.(), clock: () => world.now },
    });
  });
  afterEach(async () => {
    await running?.stop();
    await twilio?.close();
    await connector?.close();
  });
  return world;
}
