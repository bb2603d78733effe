import { expect } from 'chai';
import type { PlanEvents } from '../../dialogs/planEvents';
import type { PreparationRecord } from '../../plan/record';
import { SqliteAuditLog } from '../../storage/auditLog';
import { BotClient } from '../support/botClient';
import { carerPersona, personPersona, runPersona, type Persona, type PersonaRun } from '../support/personas';
import { startApp, type RunningApp } from '../support/startApp';

/** What the plan listeners were told. */
interface Told {
  shared: Array<{ record: PreparationRecord; previous?: PreparationRecord }>;
  withdrawn: PreparationRecord[];
}

function listening(): { events: PlanEvents; told: Told } {
  const told: Told = { shared: [], withdrawn: [] };
  return {
    told,
    events: {
      shared: (record, previous) => Promise.resolve(void told.shared.push({ record, previous })),
      withdrawn: (record) => Promise.resolve(void told.withdrawn.push(record)),
    },
  };
}

function replyTo(run: PersonaRun, linkId: string): string {
  const exchange = run.transcript.find((e) => e.answered === linkId);
  return (exchange?.replies ?? []).map((r) => (typeof r.text === 'string' ? r.text : '')).join('\n');
}

describe('Consent by section', () => {
  let running: RunningApp;
  let told: Told;

  beforeEach(async () => {
    const listener = listening();
    told = listener.told;
    running = await startApp({ overrides: { planListeners: [listener.events] } });
  });
  afterEach(() => running.stop());

  async function run(persona: Persona, channelId = 'webchat'): Promise<PersonaRun> {
    const client = new BotClient(running.baseUrl, { channelId });
    return runPersona(async (text) => (await client.say(text)).replies, persona);
  }

  it('shows exactly which parts go to whom before asking for consent', async () => {
    const result = await run({
      ...personPersona,
      answers: {
        ...personPersona.answers,
        'share.sections': 'goals and mood',
        'share.recipients': 'hospital and social services',
      },
    });
    const preview = replyTo(result, 'share.recipients');

    expect(preview).to.match(
      /I will send this to your care team, A&E and the social care team: about you, what matters and things to talk about\./,
    );
    expect(preview).to.include('I will keep back: goals and how you have been feeling.');
    expect(preview).to.include('Can I share this plan with your care team, A&E and the social care team');
  });

  it('records time, plan version, who gave it and what it covers', async () => {
    await run({ ...personPersona, answers: { ...personPersona.answers, 'share.sections': 'goals' } });
    const [{ record }] = told.shared;
    const consent = record.consents.at(-1)!;

    expect(consent).to.deep.include({
      decision: 'share',
      by: 'person',
      planVersion: 1,
      recipients: ['leadContact', 'ambulance'],
      excludedSections: ['goals'],
      covers: ['aboutMe', 'whatMatters', 'topics', 'mood', 'consent'],
    });
    expect(Date.parse(consent.at)).to.be.above(0);
  });

  it('records a consent given by a carer as given by the carer', async () => {
    await run(carerPersona);

    expect(told.shared[0].record.consents.at(-1)).to.deep.include({ by: 'carer', recipients: ['leadContact'] });
  });

  it('tells the plan listeners once, with no earlier version, on the first share', async () => {
    await run(personPersona);

    expect(told.shared).to.have.length(1);
    expect(told.shared[0].previous).to.equal(undefined);
  });

  it('tells nobody when the person says no, and still gives them their own copy', async () => {
    const result = await run({ ...personPersona, answers: { ...personPersona.answers, 'share.consent': 'no' } });

    expect(told.shared).to.deep.equal([]);
    expect(replyTo(result, 'share.consent')).to.match(/Nobody else will see your plan[\s\S]*\/plan\/[0-9a-f]{64}/);
  });

  it('leaves a share entry in the audit log with no answers in it', async () => {
    await run(personPersona);
    const entries = await new SqliteAuditLog(running.app.db).all();
    const share = entries.find((entry) => entry.action === 'share');

    expect(share).to.deep.include({ actor: 'person' });
    expect(share?.detail).to.deep.equal({
      planVersion: 1,
      recipients: ['leadContact', 'ambulance'],
      excludedSections: [],
    });
    expect(JSON.stringify(entries)).to.not.include('Walk to the park');
  });

  it('asks for consent again after a change, as a new plan version with the one before', async () => {
    const client = new BotClient(running.baseUrl, { channelId: 'webchat' });
    await runPersona(async (text) => (await client.say(text)).replies, personPersona);
    await client.say('change');
    // Back through the review: change the first goal's action, then share again.
    let replies = (await client.say('Goals')).replies;
    for (let i = 0; i < 20 && told.shared.length < 2; i++) {
      const linkId = replies.at(-1)?.channelData?.careprep?.linkId;
      const answer =
        linkId === 'goal.1.action'
          ? 'Walk to the shop'
          : linkId === 'review.change'
            ? 'It looks right'
            : linkId === 'share.sections'
              ? 'none'
              : linkId === 'share.recipients'
                ? 'none'
                : linkId === 'share.consent'
                  ? 'yes'
                  : 'keep';
      replies = (await client.say(answer)).replies;
    }

    expect(told.shared).to.have.length(2);
    expect(told.shared[1].record.planVersion).to.equal(2);
    expect(told.shared[1].previous?.planVersion).to.equal(1);
  });
});
