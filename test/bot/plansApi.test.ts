import { expect } from 'chai';
import { SqlAuditLog } from '../../storage/auditLog';
import { bundleSchema } from '../fhir/schemas';
import { BotClient } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { personPersona, runPersona, type Persona } from '../support/personas';
import { startApp, type RunningApp } from '../support/startApp';

const key = 'test-key-0123456789';
const publicUrl = 'https://careprep.example.org';

/** Sam, invited by their care team, keeping mood back. */
const moodKeptBack: Persona = {
  ...personPersona,
  name: 'mood kept back',
  answers: { ...personPersona.answers, 'mood.share': 'no', 'share.send': 'Send it all' },
};

async function json(res: Response): Promise<unknown> {
  return JSON.parse(await res.text()) as unknown;
}

describe('The plans API for clinical systems', () => {
  let running: RunningApp;
  let client: BotClient;
  let recordId: string;

  const get = (path: string, auth: string | null = `Bearer ${key}`): Promise<Response> =>
    fetch(`${running.baseUrl}${path}`, { headers: auth ? { authorization: auth } : {} });

  before(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: `${key}, other-key`, CAREPREP_PUBLIC_URL: publicUrl } });
    client = new BotClient(running.baseUrl, { channelId: 'webchat' });
    await runPersona(async (text) => (await client.say(text)).replies, moodKeptBack, await invitationCode(running));
    const list = (await json(await get('/api/plans?status=shared'))) as { id: string }[];
    recordId = list[0].id;
  });
  after(() => running.stop());

  it('answers 401 without a key', async () => {
    expect((await get('/api/plans', null)).status).to.equal(401);
  });

  it('answers 401 with a wrong key', async () => {
    expect((await get('/api/plans', 'Bearer not-a-key')).status).to.equal(401);
    expect((await get(`/api/plans/${recordId}/fhir`, 'Bearer not-a-key')).status).to.equal(401);
  });

  it('lists shared plans without their answers', async () => {
    const list = (await json(await get('/api/plans?status=shared'))) as Record<string, unknown>[];

    expect(list).to.have.length(1);
    expect(list[0]).to.have.keys(['id', 'status', 'updatedAt']);
    expect(list[0].status).to.equal('shared');
  });

  it('refuses an unknown status filter', async () => {
    expect((await get('/api/plans?status=everything')).status).to.equal(400);
  });

  it('exports a shared plan as a valid FHIR R4 document Bundle', async () => {
    const res = await get(`/api/plans/${recordId}/fhir`);
    const bundle = await json(res);

    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^application\/fhir\+json/);
    const parsed = bundleSchema.safeParse(bundle);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).to.equal(true);
  });

  it('exports nothing the person kept back: no mood answers and no mood flag', async () => {
    const text = await (await get(`/api/plans/${recordId}/fhir`)).text();

    expect(text).to.not.include('"mood.down"').and.not.include('mood-screen-positive');
    expect(text).to.include('"goal.1.text"').and.include('leadContact');
  });

  it('answers 404 for a plan that does not exist', async () => {
    expect((await get('/api/plans/no-such-plan/fhir')).status).to.equal(404);
  });

  it('audits each export with the key id, never the key or any answer', async () => {
    await get(`/api/plans/${recordId}/fhir`);
    const entries = await new SqlAuditLog(running.app.db).forSubject(recordId);
    const exports = entries.filter((entry) => entry.action === 'export');

    expect(exports.length).to.be.at.least(1);
    expect(exports[0].actor).to.match(/^apiKey:[0-9a-f]{12}$/);
    expect(JSON.stringify(entries)).to.not.include(key).and.not.include('grandchildren');
  });

  it('answers 410 once the person has deleted their data', async () => {
    const person = new BotClient(running.baseUrl, { channelId: 'webchat' });
    await runPersona(async (text) => (await person.say(text)).replies, personPersona, await invitationCode(running));
    const list = (await json(await get('/api/plans?status=shared'))) as { id: string }[];
    const id = list.find((plan) => plan.id !== recordId)!.id;
    expect((await get(`/api/plans/${id}/fhir`)).status).to.equal(200);

    await person.say('delete my data');
    await person.say('yes');

    expect((await get(`/api/plans/${id}/fhir`)).status).to.equal(410);
  });
});
