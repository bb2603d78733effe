import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { SmsPhone } from '../channels/sms/smsPhone';
import { createInvitation } from '../../coordination/invitations';
import { openDatabase } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlInvitationStore } from '../../storage/invitationStore';
import { allText, BotClient, lastQuestion, type PostResult } from '../support/botClient';
import { realProcessTestTimeoutMs } from '../support/serverProcess';
import { twoInstancesOnPostgres } from '../support/twoInstances';

const authToken = 'two-instances-token';
const publicUrl = 'https://careprep.example.org';
/** To "what matters", answered; the five questions after it are skipped one by one. */
const opening = ['hi', 'me', 'Jean', 'diabetes', 'family'];
const skips = 5;

function linkIds(results: readonly PostResult[]): string[] {
  return results.map((result) => lastQuestion(result) ?? '(none)');
}

describe('Two instances on one PostgreSQL database (real processes)', function () {
  this.timeout(realProcessTestTimeoutMs);

  const servers = twoInstancesOnPostgres({ TWILIO_AUTH_TOKEN: authToken, CAREPREP_PUBLIC_URL: publicUrl });

  it("processes one conversation's messages arriving at both at once one after the other, losing none", async () => {
    // The yardstick: the same answers one at a time.
    const reference = new BotClient(servers.a.baseUrl);
    for (const text of opening) await reference.say(text);
    const expected: PostResult[] = [];
    for (let i = 0; i < skips; i++) expected.push(await reference.say('skip'));

    const ids = { conversationId: `conv-${randomUUID()}`, userId: `user-${randomUUID()}` };
    const atA = new BotClient(servers.a.baseUrl, ids);
    const atB = new BotClient(servers.b.baseUrl, ids);
    for (const text of opening) await atA.say(text);
    const together = await Promise.all(Array.from({ length: skips }, (_, i) => (i % 2 ? atB : atA).say('skip')));

    expect(together.map((result) => result.status)).to.deep.equal(Array<number>(skips).fill(200));
    // Each turn saw the one before it: every skip moved on one question, none answered the same one.
    expect(linkIds(together).sort()).to.deep.equal(linkIds(expected).sort());
    expect(lastQuestion(await atB.say('walk to the park'))).to.equal(
      lastQuestion(await reference.say('walk to the park')),
    );
  });

  it('processes a delivery that reaches both (same activity id, or Web Chat resending its client id) once', async () => {
    const ids = { conversationId: `conv-${randomUUID()}`, userId: `user-${randomUUID()}` };
    const atA = new BotClient(servers.a.baseUrl, ids);
    const atB = new BotClient(servers.b.baseUrl, ids);
    expect(lastQuestion(await atA.say('hi'))).to.equal('respondent.type');

    const delivery = atA.activity({ text: 'Me, for myself' });
    const twice = await Promise.all([atA.postRaw(delivery), atB.postRaw(delivery)]);
    expect(twice.map((result) => result.status)).to.deep.equal([200, 200]);
    expect(linkIds(twice).sort()).to.deep.equal(['(none)', 'subject.name']);

    const resend = { text: 'Sam', channelData: { clientActivityID: `client-${randomUUID()}` } };
    const resent = await Promise.all([atA.say(resend.text, resend), atB.say(resend.text, resend)]);
    expect(resent.filter((result) => result.questions.length > 0)).to.have.length(1);
  });

  it('counts wrong invitation codes at both together: five in a conversation refuse even the right one', async () => {
    const db = await openDatabase({ url: servers.databaseUrl, path: '' });
    let right: string;
    try {
      const store = new SqlInvitationStore(db, createSealer(null));
      const details = { coordinatorId: 'aad-1', leadName: 'Dr Lee', personName: 'Sam', conditions: [] };
      right = (await createInvitation(store, details, new Date())).code;
    } finally {
      await db.close();
    }
    const ids = { conversationId: `conv-${randomUUID()}`, userId: `user-${randomUUID()}` };
    const atA = new BotClient(servers.a.baseUrl, ids);
    const atB = new BotClient(servers.b.baseUrl, ids);
    for (const [i, guess] of ['ABCD2345', 'ABCD2346', 'ABCD2347', 'ABCD2348', 'ABCD2349'].entries())
      await (i % 2 ? atB : atA).say(guess);
    const linked = (result: PostResult): boolean => allText(result).includes('Dr Lee asked me to help you');
    expect(linked(await atA.say(right))).to.equal(false);
    expect(linked(await new BotClient(servers.b.baseUrl).say(right))).to.equal(true);
  });

  it('processes a Twilio MessageSid that reaches both once', async () => {
    const phoneA = new SmsPhone({ baseUrl: servers.a.baseUrl, authToken, publicUrl });
    const phoneB = new SmsPhone({ baseUrl: servers.b.baseUrl, authToken, publicUrl, from: phoneA.from });
    const sid = `SM${randomUUID().replace(/-/g, '')}`;
    const twice = await Promise.all([phoneA.text('hello', { sid }), phoneB.text('hello', { sid })]);
    expect(twice.map((result) => result.status)).to.deep.equal([200, 200]);
    expect(twice.filter((result) => result.messages.length > 0)).to.have.length(1);
  });

  it('loses no acknowledged answer when one is killed mid-turn, and the other resumes at the same question', async () => {
    const ids = { conversationId: `conv-${randomUUID()}`, userId: `user-${randomUUID()}` };
    const atA = new BotClient(servers.a.baseUrl, ids);
    const atB = new BotClient(servers.b.baseUrl, ids);
    await atA.say('hi');
    const acknowledged = await atA.say('me');
    expect(lastQuestion(acknowledged)).to.equal('subject.name');

    // Another session holds the tables' write lock, so A's next turn is still waiting to commit
    // (its answer not yet acknowledged) when A is killed.
    const blocker = new pg.Client({ connectionString: servers.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE records, documents IN EXCLUSIVE MODE');
    const inFlight = atA.say('Jean').then(
      () => 'answered',
      () => 'cut off',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    servers.a.child.kill('SIGKILL');
    await servers.a.exited;
    await blocker.query('ROLLBACK');
    await blocker.end();
    expect(await inFlight).to.equal('cut off');

    // Its conversation lock went with it: B takes the next message at once, at the same question.
    const resumed = await atB.say('Jean');
    expect(resumed.status).to.equal(200);
    const asked = lastQuestion(resumed);
    const reference = new BotClient(servers.b.baseUrl);
    for (const text of ['hi', 'me']) await reference.say(text);
    expect(asked).to.equal(lastQuestion(await reference.say('Jean')));
    servers.a = await servers.start();
  });
});
