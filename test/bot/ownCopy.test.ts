import { expect } from 'chai';
import { SqlAuditLog } from '../../storage/auditLog';
import { SqlOwnCopyLinks } from '../../storage/ownCopyLinks';
import { BotClient } from '../support/botClient';
import { personPersona, runPersona, type PersonaReply } from '../support/personas';
import { startApp, type RunningApp } from '../support/startApp';

const publicUrl = 'https://careprep.example.org';
const linkPattern = /https:\/\/careprep\.example\.org(\/plan\/[0-9a-f]{64})/;

function linkIn(replies: readonly PersonaReply[]): string | undefined {
  for (const reply of replies) {
    const match = linkPattern.exec((reply.text ?? '').replace(/\\/g, ''));
    if (match) return match[1];
  }
  return undefined;
}

describe("The person's own copy", () => {
  let running: RunningApp;
  let path: string;
  let lastReplies: PersonaReply[];

  before(async () => {
    running = await startApp({ env: { CAREPREP_PUBLIC_URL: publicUrl } });
    const client = new BotClient(running.baseUrl, { channelId: 'webchat' });
    const persona = {
      ...personPersona,
      answers: { ...personPersona.answers, 'goal.1.text': '<script>alert("x")</script> & walk' },
    };
    const run = await runPersona(async (text) => (await client.say(text)).replies, persona);
    lastReplies = [...(run.transcript.at(-1)?.replies ?? [])];
    path = linkIn(lastReplies) ?? '';
  });
  after(() => running.stop());

  const open = (p: string): Promise<Response> => fetch(`${running.baseUrl}${p}`);

  it('is sent at the end of the preparation in Web Chat as a markdown link under CAREPREP_PUBLIC_URL', () => {
    const text = lastReplies.map((reply) => reply.text ?? '').join('\n');

    expect(text).to.match(/\]\(https:\/\/careprep\.example\.org\/plan\/[0-9a-f]{64}\)/);
  });

  it('is texted as a bare URL on SMS', async () => {
    const sms = new BotClient(running.baseUrl, { channelId: 'sms', userId: '+447700900111' });
    const run = await runPersona(async (text) => (await sms.say(text)).replies, personPersona);
    const text = (run.transcript.at(-1)?.replies ?? []).map((reply) => reply.text ?? '').join('\n');

    expect(text).to.match(/plan: https:\/\/careprep\.example\.org\/plan\/[0-9a-f]{64} /);
    expect(text).to.not.include('](');
  });

  it('opens as a printable A4 page of the whole plan', async () => {
    const res = await open(path);
    const html = await res.text();

    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^text\/html/);
    expect(html).to.include('@page { size: A4').and.include('Walk to the end of the road');
    expect(res.headers.get('cache-control')).to.equal('no-store');
    expect(res.headers.get('referrer-policy')).to.equal('no-referrer');
  });

  it('escapes everything the person typed', async () => {
    const html = await (await open(path)).text();

    expect(html).to.not.include('<script>');
    expect(html).to.include('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; walk');
  });

  it('switches to large print and back', async () => {
    const large = await (await open(`${path}?size=large`)).text();
    const standard = await (await open(path)).text();

    expect(large).to.include('<body class="large">').and.include(`href="${path}"`);
    // Handlebars writes = as &#x3D; in attributes; a browser reads it back as =.
    expect(standard).to.include('<body>').and.include(`href="${path}?size&#x3D;large"`);
  });

  it('answers 404 for a guessed token', async () => {
    expect((await open(`/plan/${'0'.repeat(64)}`)).status).to.equal(404);
    expect((await open('/plan/short')).status).to.equal(404);
  });

  it('answers 410 once the link is revoked', async () => {
    // A record of its own: revoking must not touch the link the other tests open.
    const links = new SqlOwnCopyLinks(running.app.db);
    const other = await links.issue('revoked-link-record');
    await links.revoke(other.token);

    expect((await open(`/plan/${other.token}`)).status).to.equal(410);
  });

  it('revokes the older link when a new one is issued for the same record', async () => {
    const links = new SqlOwnCopyLinks(running.app.db);
    const first = await links.issue('reissued-link-record');
    const second = await links.issue('reissued-link-record');

    expect(second.replaced).to.equal(1);
    expect((await open(`/plan/${first.token}`)).status).to.equal(410);
    expect(await links.resolve(first.token)).to.deep.equal({ ok: false, reason: 'revoked' });
    expect((await links.resolve(second.token)).ok).to.equal(true);
  });

  it('answers 410 once the link has expired', async () => {
    const later = () => new Date(Date.now() + 91 * 86_400_000);
    const links = new SqlOwnCopyLinks(running.app.db);
    const token = path.split('/').at(-1)!;

    expect(await new SqlOwnCopyLinks(running.app.db, later).resolve(token)).to.deep.equal({
      ok: false,
      reason: 'expired',
    });
    expect((await links.resolve(token)).ok).to.equal(true);
  });

  it('audits each view by the link id', async () => {
    await open(path);
    const entries = await new SqlAuditLog(running.app.db).all();

    expect(entries.some((entry) => entry.action === 'view' && /^link:[0-9a-f]{12}$/.test(entry.actor))).to.equal(true);
  });
});

/** Everything said in a set of replies, with markdown escapes taken out. */
function said(replies: readonly PersonaReply[]): string {
  return replies.map((reply) => (reply.text ?? '').replace(/\\/g, '')).join('\n');
}

describe("Stopping the person's own-copy link", () => {
  let running: RunningApp;
  let client: BotClient;
  let path: string;
  let lastReplies: PersonaReply[];

  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_PUBLIC_URL: publicUrl } });
    client = new BotClient(running.baseUrl, { channelId: 'webchat' });
    const run = await runPersona(async (text) => (await client.say(text)).replies, personPersona);
    lastReplies = [...(run.transcript.at(-1)?.replies ?? [])];
    path = linkIn(lastReplies) ?? '';
  });
  afterEach(() => running.stop());

  const open = (p: string): Promise<Response> => fetch(`${running.baseUrl}${p}`);

  it('tells the person how to turn the link off when it is sent', async () => {
    expect(said(lastReplies)).to.include("say 'stop my link'");
    expect((await open(path)).status).to.equal(200);
  });

  it('turns the link off when the person says "stop my link", and says so', async () => {
    const replies = (await client.say('stop my link')).replies;
    const res = await open(path);
    const page = await res.text();

    expect(said(replies)).to.include('turned off your own copy link');
    expect(res.status).to.equal(410);
    expect(page).to.include('this link has been turned off');
    expect(res.headers.get('cache-control')).to.equal('no-store');
  });

  it('says there was nothing to turn off when no link works, rather than claim it stopped one', async () => {
    await client.say('stop my link');
    const replies = (await client.say('stop my link')).replies;

    expect(said(replies)).to.include('nothing to turn off').and.not.include('turned off your own copy link');
  });

  it('audits the link being turned off, without any answer in the entry', async () => {
    await client.say('stop my link');
    const entries = await new SqlAuditLog(running.app.db).all();
    const revoked = entries.filter((entry) => entry.action === 'linkRevoked');

    expect(revoked).to.have.length(1);
    expect(revoked[0].detail).to.deep.equal({});
  });

  it('revokes the old link when the plan is looked over again and a new link sent, and says so', async () => {
    await client.say('change');
    const replies = (await client.say('It looks right')).replies;
    const next = linkIn(replies) ?? '';

    expect(next)
      .to.match(/^\/plan\//)
      .and.not.equal(path);
    expect(said(replies)).to.include('The link I sent you before no longer works');
    expect((await open(path)).status).to.equal(410);
    expect((await open(next)).status).to.equal(200);
  });
});
