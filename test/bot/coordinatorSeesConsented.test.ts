/**
 * The coordinator's view through the real plans API (truth 30, item 3): a pre-consultation summary
 * (`/api/plans/:id/fhir`, and the list) shows only what the person consented to share, as they
 * shared it. Never a draft: a plan half done, one finished but declined at "shall I send it?", or
 * changes made after sharing and not shared again; never a part taken back or a plan withdrawn.
 */
import { expect } from 'chai';
import { BotClient } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { personPersona, runPersona, type Persona } from '../support/personas';
import { onlyRecord } from '../support/onlyRecord';
import { startApp, type RunningApp } from '../support/startApp';

const key = 'coordinator-view-key';
const ownWords = /Seeing my grandchildren|My knees hurt on the stairs|Walk to the park/;

const get = (running: RunningApp, path: string): Promise<Response> =>
  fetch(`${running.baseUrl}${path}`, { headers: { authorization: `Bearer ${key}` } });

/** Runs `body` against a fresh app with the plans API on, and a person's web chat. */
async function withApp(body: (running: RunningApp, client: BotClient) => Promise<void>): Promise<void> {
  const running = await startApp({ env: { CAREPREP_API_KEYS: key } });
  try {
    await body(running, new BotClient(running.baseUrl, { channelId: 'webchat' }));
  } finally {
    await running.stop();
  }
}

/** The export of the only record, and the list's entries, as a care system reads them. */
async function exported(running: RunningApp): Promise<{ status: number; body: string; listed: string }> {
  const record = await onlyRecord(running);
  const res = await get(running, `/api/plans/${record.id}/fhir`);
  const listed = await (await get(running, '/api/plans')).text();
  return { status: res.status, body: await res.text(), listed };
}

describe('The coordinator sees only what was consented to, through the plans API', function () {
  this.timeout(120_000);

  it('exports nothing of a plan half done', async () => {
    await withApp(async (running, client) => {
      let turns = 0;
      const stop = new Error('stopped half way');
      const halfWay = async (text: string) => {
        if (++turns > 12) throw stop;
        return (await client.say(text)).replies;
      };
      await runPersona(halfWay, personPersona, await invitationCode(running)).catch((error: unknown) => {
        if (error !== stop) throw error;
      });
      const { status, body, listed } = await exported(running);
      expect(status).to.equal(404);
      expect(body + listed).not.to.match(ownWords);
    });
  });

  it('exports nothing of a finished plan the person chose not to send', async () => {
    const declined: Persona = { ...personPersona, answers: { ...personPersona.answers, 'share.consent': 'no' } };
    await withApp(async (running, client) => {
      await runPersona(async (text) => (await client.say(text)).replies, declined, await invitationCode(running));
      const { status, body, listed } = await exported(running);
      expect(status).to.equal(404);
      expect(body + listed).not.to.match(ownWords);
    });
  });

  it('exports the plan as shared, never a change made since and not shared again', async () => {
    await withApp(async (running, client) => {
      await runPersona(async (text) => (await client.say(text)).replies, personPersona, await invitationCode(running));
      await client.say('change');
      await client.say('what matters');
      await client.say("Dancing at my granddaughter's wedding");
      const record = await onlyRecord(running);
      expect(JSON.stringify(record.answers), 'changed in their own plan').to.include('Dancing at my granddaughter');
      const { status, body } = await exported(running);
      expect(status).to.equal(200);
      expect(body).to.include('Seeing my grandchildren');
      expect(body).not.to.include('Dancing at my granddaughter');
    });
  });

  it('exports nothing once the whole plan is taken back, and lists it as withdrawn with no answers', async () => {
    await withApp(async (running, client) => {
      await runPersona(async (text) => (await client.say(text)).replies, personPersona, await invitationCode(running));
      await client.say('withdraw consent');
      await client.say('yes');
      const { status, body, listed } = await exported(running);
      expect(status).to.equal(410);
      expect(body + listed).not.to.match(ownWords);
      expect(await (await get(running, '/api/plans?status=shared')).json()).to.deep.equal([]);
    });
  });

  it('exports the plan without a part taken back', async () => {
    await withApp(async (running, client) => {
      await runPersona(async (text) => (await client.say(text)).replies, personPersona, await invitationCode(running));
      await client.say('can you take my goals back please');
      await client.say('yes');
      const { status, body } = await exported(running);
      expect(status).to.equal(200);
      expect(body).to.include('Seeing my grandchildren');
      expect(body).not.to.match(/Check my blood sugar every morning|Walk to the end of the road/);
    });
  });
});
