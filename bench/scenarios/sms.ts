import { smsScript } from '../../test/channels/sms/smsScript';
import { SmsPhone } from '../../test/channels/sms/smsPhone';
import { startBenchApp } from '../benchProcesses';
import { progress, summarise, thinker, warmThenMeasure } from '../harness';
import type { ScenarioOptions, ScenarioResult } from '../scenario';

/** One line for the report. */
export const description =
  'POST /api/sms, signed Twilio form posts; latency is webhook request sent -> TwiML response received';

/** p99 target from the SMS issue. */
export const p99TargetMs = 100;

const authToken = 'bench-auth-token';
const publicUrl = 'https://careprep.example.org';

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

  const phone = async (i: number, measured: boolean): Promise<void> => {
    const from = `+4477009${String(i).padStart(5, '0')}`;
    const device = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from });
    let last: string[] = [];
    const think = thinker(measured ? options.thinkMs : [0, 0]);
    for (const text of smsScript) {
      await think();
      const sentAt = performance.now();
      const result = await device.text(text);
      if (measured) latencies.push(performance.now() - sentAt);
      if (result.status !== 200) throw new Error(`/api/sms answered ${result.status}`);
      last = result.messages;
    }
    // A phone that did not reach the end measured a different conversation: fail, do not report.
    // With no care team linked, the end is the own-copy link.
    if (!/\/plan\//.test(last.join('\n'))) throw new Error(`phone ${i} did not reach the end of the preparation`);
    if (measured) tracker.done(smsScript.length);
  };

  let duration: number;
  try {
    duration = await warmThenMeasure(options, phone);
  } finally {
    await running.stop();
  }
  const notes: string[] = [];
  if (options.store === 'memory')
    notes.push('memory: MemoryStorage holds conversation state only; records, opt-outs and the ledger stay in sqlite');
  return summarise(
    { scenario: 'sms', store: options.store, concurrency: options.concurrency, conversations: count, notes },
    latencies,
    duration,
  );
}
