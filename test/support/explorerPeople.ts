/**
 * Explorer 29's people reach the bot as new people do: by text through the Twilio webhook (a
 * signed form posted to /api/sms, TwiML back), or in Web Chat through Direct Line (a post, then a
 * poll), on a real app over 127.0.0.1 whose clock moves only when a test says.
 */
import { SmsPhone } from '../channels/sms/smsPhone';
import { DirectLine, type DlActivity } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';

const publicUrl = 'https://careprep.example.org';
const authToken = 'explore29-token';

/** What came back to one message: the texts in order, and the question left waiting (Web Chat only). */
export interface Heard {
  text: string;
  linkId?: string;
}

/** A fresh app for each test of the enclosing `describe`, with SMS set up and a clock to move. */
export function appPerTest29(): { readonly running: RunningApp; later: (minutes: number) => void } {
  let running: RunningApp | undefined;
  let now = new Date('2026-02-02T10:00:00Z');
  beforeEach(async () => {
    now = new Date('2026-02-02T10:00:00Z');
    running = await startApp({
      env: {
        TWILIO_AUTH_TOKEN: authToken,
        TWILIO_ACCOUNT_SID: 'ACtest0001',
        TWILIO_FROM: '+441632960000',
        TWILIO_API_URL: 'http://127.0.0.1:1',
        CAREPREP_PUBLIC_URL: publicUrl,
      },
      overrides: { clock: () => now },
    });
  });
  afterEach(() => running?.stop());
  return {
    get running(): RunningApp {
      if (!running) throw new Error('appPerTest29: read running inside a test');
      return running;
    },
    later: (minutes) => void (now = new Date(now.getTime() + minutes * 60_000)),
  };
}

/** A mobile texting the app as Twilio delivers texts; `photo` is an MMS with a picture and no words. */
export class Texter {
  private readonly phone: SmsPhone;

  constructor(running: RunningApp) {
    this.phone = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl });
  }

  async text(body: string): Promise<Heard> {
    const result = await this.phone.text(body);
    return { text: result.messages.join('\n') };
  }

  async texts(bodies: readonly string[]): Promise<Heard> {
    let last: Heard = { text: '' };
    for (const body of bodies) last = await this.text(body);
    return last;
  }

  async photo(): Promise<Heard> {
    const params = {
      ...this.phone.params(''),
      NumMedia: '1',
      MediaUrl0: 'https://api.twilio.com/2010-04-01/Accounts/ACtest/Messages/MM1/Media/ME1',
      MediaContentType0: 'image/jpeg',
    };
    const result = await this.phone.post(params);
    return { text: result.messages.join('\n') };
  }
}

/** Web Chat on a phone: a Direct Line conversation, each message posted and the replies polled. */
export class WebChatter {
  private constructor(private readonly dl: DirectLine) {}

  static async open(running: RunningApp): Promise<WebChatter> {
    const dl = await DirectLine.start(running.baseUrl);
    await dl.poll();
    return new WebChatter(dl);
  }

  async say(text: string): Promise<Heard> {
    await this.dl.say(text);
    const bot = (await this.dl.poll()).filter((a: DlActivity) => a.from.role === 'bot');
    const linkId = bot.flatMap((a) => (a.channelData?.careprep ? [a.channelData.careprep.linkId] : [])).at(-1);
    return { text: bot.map((a) => a.text ?? '').join('\n'), linkId };
  }

  async sayAll(texts: readonly string[]): Promise<Heard> {
    let last: Heard = { text: '' };
    for (const text of texts) last = await this.say(text);
    return last;
  }
}

/** Lee for his mum, who has dementia, to "What would Mum like to be able to do that they can't do now?". */
export const leeToWouldLikeTo: readonly string[] = [
  'hi',
  '2',
  'mum',
  'Lee',
  'she does, she said its fine',
  'dementia',
  'her cat and her garden',
  'she still enjoys her garden',
  'she forgets to eat',
];

/** Amira, for herself, in Web Chat, to "How important is this goal to you, from 0 to 10?". */
export const amiraToImportance: readonly string[] = [
  'Me, for myself',
  'Amira',
  'asthma and diabetes',
  'my kids',
  'work is going ok',
  'mornings are hard',
  'run again',
  'my husband',
  'tired',
  'run a 5k',
];

/** Amira on from there to "How sure are you that you can do this?". */
export const amiraToConfidence: readonly string[] = [
  ...amiraToImportance,
  '7️⃣',
  'couch to 5k app three times a week',
  'the weather',
];

/** Pat, 78, with COPD, by text, to "How sure are you that you can do this?" for her first goal. */
export const patToConfidence: readonly string[] = [
  'hi',
  '1',
  'pat',
  'copd',
  'my grandaughter, and being able to get to the shops',
  'shes coming on sunday which is nice',
  'getting my breath on the stairs',
  'id like to go to the seaside again',
  'my son and the nurse',
  'a bit fed up if im honest',
  'being able to walk to the shops',
  '8 i think',
  'walk a bit further every day, maybe to the post box',
  'my breathing when its cold',
];
