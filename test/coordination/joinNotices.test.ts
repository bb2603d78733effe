import { expect } from 'chai';
import { createLogger } from '../../bot/logger';
import { loadCatalogue } from '../../content/catalogue';
import { createRenderer } from '../../content/renderer';
import { JoinNotices, type JoinNotice, type NoticeSenders } from '../../coordination/joinNotices';
import { backoffMs, maxAttempts } from '../../coordination/outboxWorker';
import type { OutboundActivity } from '../../coordination/outbound';
import type { Reach } from '../../coordination/reach';
import { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlOutbox } from '../../storage/outbox';
import { tempDir } from '../support/tempDb';

const renderer = createRenderer(loadCatalogue());
const phoneJoined = { by: 'code', family: 'sms', ending: '321' } as const;

describe('Notices to the channels on a record', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: Database;
  let now: Date;
  const clock = (): Date => now;
  const logs: string[] = [];
  /** What each kind of channel was sent: `kind:where:text`. */
  let sent: string[];
  let untied: Set<string>;

  beforeEach(async () => {
    tmp = tempDir();
    db = await Database.open(tmp.file());
    now = new Date('2030-03-04T12:00:00Z');
    logs.length = 0;
    sent = [];
    untied = new Set();
  });
  afterEach(async () => {
    await db.close();
    tmp.cleanup();
  });

  const outbox = (): SqlOutbox => new SqlOutbox(db, createSealer(Buffer.alloc(32, 3)), clock, 'notice');
  const senders = (overrides: Partial<NoticeSenders> = {}): NoticeSenders => ({
    texter: (to, body) => {
      sent.push(`sms:${to}:${body}`);
      return Promise.resolve({ ok: true, sid: 'SM1' });
    },
    chat: (reach, activity: OutboundActivity) => {
      sent.push(`chat:${reach.conversationId}:${activity.text ?? ''}`);
      return Promise.resolve('id-1');
    },
    stream: (conversationId, activity) => {
      sent.push(`stream:${conversationId}:${activity.text ?? ''}`);
      return Promise.resolve(true);
    },
    ...overrides,
  });
  const notices = (with_: Partial<NoticeSenders> = {}): JoinNotices =>
    new JoinNotices({
      outbox: outbox(),
      renderer,
      senders: senders(with_),
      stillTied: (identity) => Promise.resolve(!untied.has(identity)),
      logger: createLogger('debug', (line) => logs.push(line)),
      clock,
    });
  const queue = async (identity: string, reach: Reach): Promise<void> => {
    const notice: JoinNotice = {
      recordId: 'rec-1',
      to: { identity, reach },
      joined: phoneJoined,
      at: now.toISOString(),
    };
    await outbox().enqueue('rec-1', JSON.stringify(notice), now);
  };
  const drained = async (worker: JoinNotices): Promise<void> => {
    worker.deliverDue();
    await worker.idle();
  };
  const left = async (): Promise<number> => (await outbox().due(new Date('2031-01-01T00:00:00Z'), 100)).length;

  it('sends each notice queued before a restart once, in the words of the channel it goes to', async () => {
    await queue('id-sms', { kind: 'sms', number: '+447700900654' });
    await queue('id-stream', { kind: 'stream', conversationId: 'dl-1' });
    await queue('id-teams', {
      kind: 'chat',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/uk/',
      conversationId: 'a:robin',
      userId: '29:robin',
      botId: '28:careprep',
    });

    const afterRestart = notices();
    await drained(afterRestart);
    await drained(afterRestart);

    expect(sent).to.deep.equal([
      'sms:+447700900654:Careprep: your answers were opened by text from the phone ending 321 at 12:00 on Monday 4 March. If that was not you, reply NOT MY PHONE.',
      "stream:dl-1:Your preparation was opened by text from the phone ending 321 at 12:00 on Monday 4 March. If that was not you, say 'not my phone'.",
      "chat:a:robin:Your preparation was opened by text from the phone ending 321 at 12:00 on Monday 4 March. If that was not you, say 'not my phone'.",
    ]);
    expect(await left()).to.equal(0);
  });

  it('tries a failed text again once its backoff has passed, and never tells a channel untied meanwhile', async () => {
    let failing = true;
    const worker = notices({
      texter: (to, body) => {
        if (failing) return Promise.reject(new Error('twilio down'));
        sent.push(`sms:${to}:${body}`);
        return Promise.resolve({ ok: true, sid: 'SM2' });
      },
    });
    await queue('id-sms', { kind: 'sms', number: '+447700900654' });
    await queue('id-gone', { kind: 'sms', number: '+447700900999' });

    await drained(worker);
    const whileDown = [...sent];
    failing = false;
    untied.add('id-gone');
    now = new Date(now.getTime() + backoffMs(1, () => 1) + 1);
    await drained(worker);

    expect(whileDown).to.deep.equal([]);
    expect(sent.map((line) => line.split(':').slice(0, 2).join(':'))).to.deep.equal(['sms:+447700900654']);
    expect(logs.some((line) => line.includes('join_notice_retry'))).to.equal(true);
    expect(logs.some((line) => line.includes('join_notice_dropped'))).to.equal(true);
    expect(await left()).to.equal(0);
  });

  it('gives up a notice its channel keeps refusing after the last retry, with an error in the log', async () => {
    const worker = notices({ texter: () => Promise.reject(new Error('twilio down')) });
    await queue('id-sms', { kind: 'sms', number: '+447700900654' });

    for (let i = 0; i < maxAttempts + 4; i++) {
      now = new Date(now.getTime() + 3 * 60 * 60 * 1000);
      await drained(worker);
    }

    const gaveUp = logs.filter((line) => line.includes('join_notice_gave_up'));
    expect(gaveUp.map((line) => (JSON.parse(line) as { attempts: number }).attempts)).to.deep.equal([maxAttempts]);
    expect(await left()).to.equal(0);
  });

  it('drops without trying again a notice to a number that texted STOP, or to a stream no longer held', async () => {
    const worker = notices({
      texter: () => Promise.resolve({ ok: false, code: 'opted_out' }),
      stream: () => Promise.resolve(false),
    });
    await queue('id-sms', { kind: 'sms', number: '+447700900654' });
    await queue('id-stream', { kind: 'stream', conversationId: 'dl-gone' });

    await drained(worker);

    const done = logs
      .map((line) => JSON.parse(line) as { event: string; to?: string; outcome?: string })
      .filter((line) => line.event === 'join_notice_done');
    expect(done.map((line) => `${line.to}:${line.outcome}`)).to.deep.equal(['sms:optedOut', 'stream:unreachable']);
    expect(logs.some((line) => line.includes('join_notice_retry'))).to.equal(false);
    expect(await left()).to.equal(0);
  });
});
