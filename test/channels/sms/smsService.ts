import { startApp, type RunningApp } from '../../support/startApp';
import { SmsPhone } from './smsPhone';

const publicUrl = 'https://careprep.example.org';

/** The service with SMS set up, and a phone texting it, fresh for each test of a suite. */
export interface SmsService {
  running: () => RunningApp;
  phone: () => SmsPhone;
  /** Texts each message in turn; the texts that came back to the last. */
  texts: (messages: readonly string[]) => Promise<string>;
}

/**
 * Starts the service before each test of the calling suite (Twilio's REST API unreachable, so
 * replies go only in the webhook's TwiML) and stops it after. Call inside `describe`.
 */
export function smsService(authToken: string): SmsService {
  let running: RunningApp | undefined;
  let phone: SmsPhone | undefined;
  beforeEach(async () => {
    running = await startApp({
      env: {
        TWILIO_AUTH_TOKEN: authToken,
        TWILIO_ACCOUNT_SID: 'ACtest0001',
        TWILIO_FROM: '+441632960000',
        TWILIO_API_URL: 'http://127.0.0.1:1',
        CAREPREP_PUBLIC_URL: publicUrl,
      },
    });
    phone = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl });
  });
  afterEach(() => running?.stop());
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('smsService is used outside a test');
    return value;
  };
  return {
    running: () => started(running),
    phone: () => started(phone),
    texts: async (messages) => {
      let last: string[] = [];
      for (const message of messages) last = (await started(phone).text(message)).messages;
      return last.join('\n');
    },
  };
}
