/**
 * Dialog 31 (H479): two texts sent at once, by a phone through Twilio's webhook and by Web Chat
 * through the built-in Direct Line, both on loopback. The turns of one conversation run one after
 * the other (the conversation lock), so the second is read only once the first has asked the next
 * question: it was written before that question could be seen, and is never noted as its answer.
 */
import { expect } from 'chai';
import { DirectLine } from '../support/directLineClient';
import { onlyRecord } from '../support/onlyRecord';
import { startApp, type RunningApp } from '../support/startApp';
import { SmsPhone } from '../channels/sms/smsPhone';

const authToken = 'two-texts-token';
const publicUrl = 'https://careprep.example.org';

/** A person on one channel: says a text, pressed send at `at` (a page stamps it so; a phone cannot). */
interface Sender {
  say(text: string, at: Date): Promise<unknown>;
}

/** Opens `channel` on `running`: a phone texting the webhook, or Web Chat's Direct Line. */
async function open(running: RunningApp, channel: 'sms' | 'webchat'): Promise<Sender> {
  if (channel === 'sms') {
    const phone = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl });
    return { say: (text) => phone.text(text) };
  }
  const line = await DirectLine.start(running.baseUrl);
  await line.poll();
  // As Web Chat posts: stamped by the browser's clock as the person pressed send.
  return {
    say: (text, at) =>
      line.post({
        type: 'message',
        text,
        localTimestamp: at.toISOString(),
        channelData: { clientActivityID: `client-${Math.random()}` },
      }),
  };
}

/** Who is answering and what matters, on each channel's own words for them. */
const toWhatMatters = { sms: ['hi', '1', 'Jean', 'diabetes'], webchat: ['me', 'Jean', 'diabetes'] };

for (const channel of ['sms', 'webchat'] as const)
  describe(`Two texts at once on ${channel}`, () => {
    let running: RunningApp | undefined;
    let sender: Sender | undefined;
    const person = (): Sender => {
      if (!sender) throw new Error('the channel is opened for each test');
      return sender;
    };
    /** How far the test has moved the clocks on: real time goes on, and a person reads between answers. */
    let shift = 0;
    const now = (): Date => new Date(Date.now() + shift);
    beforeEach(async () => {
      shift = 0;
      running = await startApp({
        overrides: { clock: now },
        env: {
          // As in service: a text's replies take at least this long to reach the phone and be read.
          CAREPREP_SMS_SEEN_AFTER_MS: '2000',
          TWILIO_AUTH_TOKEN: authToken,
          TWILIO_ACCOUNT_SID: 'ACtest0031',
          TWILIO_FROM: '+441632960000',
          TWILIO_API_URL: 'http://127.0.0.1:1',
          CAREPREP_PUBLIC_URL: publicUrl,
        },
      });
      sender = await open(running, channel);
    });
    afterEach(() => running?.stop());

    /** Answers in turn, each a while after the last question came: read and answered, as people do. */
    const walk = async (texts: readonly string[]): Promise<void> => {
      for (const text of texts) {
        shift += 20_000;
        await person().say(text, now());
      }
      shift += 20_000;
    };
    /** Sent together: pressed send at the same moment (the page's clock is the test's here). */
    const atOnce = (texts: readonly string[]) => {
      const at = now();
      return Promise.all(texts.map((text) => person().say(text, at)));
    };
    const record = () => onlyRecord(running as RunningApp);

    it('keeps the second of two answers to what matters with the first, never as what is going well', async () => {
      await walk(toWhatMatters[channel]);
      await atOnce(['my family', 'my garden too']);

      const answers = (await record()).answers;
      expect(answers['whatMatters.goingWell']).to.equal(undefined);
      expect(answers['whatMatters.most']?.value).to.include('my family').and.to.include('my garden too');
    });

    it('never notes words sent with a score as what they will do, a question not yet seen', async () => {
      await walk([...toWhatMatters[channel], 'family', 'skip', 'skip', 'skip', 'skip', 'skip', 'walk to the park']);
      await atOnce(['8', 'I will walk after lunch']);

      const answers = (await record()).answers;
      expect(answers['goal.1.importance']?.value).to.equal(8);
      expect(answers['goal.1.action']).to.equal(undefined);
      expect((await record()).progress.current).to.equal('goal.1.action');
    });

    it('never notes a name sent with who is answering as the name, a question not yet seen', async () => {
      await walk(channel === 'sms' ? ['hi'] : []);
      await atOnce([channel === 'sms' ? '1' : 'me', 'Jean']);

      const found = await record();
      expect(found.answers['respondent.type']).to.not.equal(undefined);
      expect(found.answers['subject.name']).to.equal(undefined);
      expect(found.progress.current).to.equal('subject.name');
    });
  });
