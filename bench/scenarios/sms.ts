import { SmsPhone } from '../../test/sms/smsPhone';
import { progress, runPool, summarise, startBenchApp, thinker } from '../harness';
import type { ScenarioOptions, ScenarioResult } from '../scenario';

/** One line for the report. */
export const description =
  'POST /api/sms, signed Twilio form posts; latency is webhook request sent -> TwiML response received';

const authToken = 'bench-auth-token';
const publicUrl = 'https://careprep.example.org';

/**
 * A whole preparation as one person texts it (the answers of test/sms/smsJourney.test.ts, in the
 * order the questions come): numbers, "1,3 and 5", "y", "yeah", "nah", "seven", "7/10", a typo.
 */
export const smsScript: readonly string[] = [
  'hi',
  '1',
  'Sam',
  'somthing else',
  'Arthritis',
  'My grandchildren',
  'ok',
  'Stairs',
  'Walk to the shop',
  'Walk to the shop',
  '7',
  'Every morning',
  'Rain',
  'seven',
  'y',
  'Sleep better',
  '7/10',
  'Bed by 11',
  'Pain',
  '5',
  'A friend to walk with',
  'n',
  '1 3 5 7',
  'My knee',
  '1,3 and 5',
  'yeah',
  'n',
  'nah',
  'no',
  'it looks rigt',
  'yes',
];

/**
 * Full preparations over the Twilio webhook, `concurrency` phones at once, each texting its
 * next answer as soon as the TwiML for the last one arrives. Every turn runs the whole path:
 * signature check, opt-out lookup, adapter, middleware (ledger, lock), bot, sqlite writes.
 */
export async function run(options: ScenarioOptions): Promise<ScenarioResult> {
  const running = await startBenchApp(options.store, { TWILIO_AUTH_TOKEN: authToken, CAREPREP_PUBLIC_URL: publicUrl });
  const latencies: number[] = [];
  const count = options.concurrency;
  const tracker = progress(`sms ${options.store}`, count, options.log);
  let unfinished = 0;

  const phone = async (i: number): Promise<void> => {
    const from = `+4477009${String(i).padStart(5, '0')}`;
    const device = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from });
    let last: string[] = [];
    const think = thinker(options.thinkMs);
    for (const text of smsScript) {
      await think();
      const sentAt = performance.now();
      const result = await device.text(text);
      latencies.push(performance.now() - sentAt);
      if (result.status !== 200) throw new Error(`/api/sms answered ${result.status}`);
      last = result.messages;
    }
    if (!/shared/.test(last.join('\n'))) unfinished += 1;
    tracker.done(smsScript.length);
  };

  const started = performance.now();
  try {
    await runPool(count, options.concurrency, phone);
  } finally {
    await running.stop();
  }
  const duration = performance.now() - started;
  const notes = unfinished > 0 ? [`${unfinished} of ${count} phones did not reach the shared plan`] : [];
  if (options.store === 'memory')
    notes.push('memory: MemoryStorage holds conversation state only; records, opt-outs and the ledger stay in sqlite');
  return summarise(
    { scenario: 'sms', store: options.store, concurrency: options.concurrency, conversations: count, notes },
    latencies,
    duration,
  );
}
