import { expect } from 'chai';
import type { PlanEvents } from '../../plan/planEvents';
import { SqlAuditLog } from '../../storage/auditLog';
import { allText, lastQuestion } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { listeningAppPerTest } from '../support/planListeners';
import { carerPersona, personPersona, runPersona, type Persona, type PersonaRun } from '../support/personas';
import { chatClient, startApp } from '../support/startApp';

function everything(run: PersonaRun): string {
  return run.transcript.flatMap((e) => e.replies.map((r) => (typeof r.text === 'string' ? r.text : ''))).join('\n');
}

function replyTo(run: PersonaRun, linkId: string): string {
  const exchange = run.transcript.find((e) => e.answered === linkId);
  return (exchange?.replies ?? []).map((r) => (typeof r.text === 'string' ? r.text : '')).join('\n');
}

describe('Consent by section', () => {
  const app = listeningAppPerTest();

  /** A whole preparation by a person whose care team invited them (they open with the code). */
  async function run(persona: Persona, channelId = 'webchat'): Promise<PersonaRun> {
    const client = chatClient(app.running, { channelId });
    const code = await invitationCode(app.running);
    return runPersona(async (text) => (await client.say(text)).replies, persona, code);
  }

  it('shows exactly which parts go to the lead contact, by name, before asking for consent', async () => {
    const result = await run({
      ...personPersona,
      answers: { ...personPersona.answers, 'share.send': 'what matters and things to talk about' },
    });
    const preview = replyTo(result, 'share.send');

    expect(preview).to.include('I will send this to Dr Sam Patel: about you, what matters and things to talk about.');
    expect(preview).to.include('I will keep back: goals and how you have been feeling.');
    expect(preview).to.include('Can I share this plan with Dr Sam Patel before your appointment?');
  });

  it('never offers A&E, the ambulance or social services, which nothing delivers to', async () => {
    const result = await run(personPersona);

    expect(result.transcript.map((e) => e.answered)).to.not.include('share.recipients');
    expect(everything(result)).to.not.match(/A&E|ambulance|social (services|care)/i);
  });

  it('says who is sent the plan, by name, only once its delivery is queued', async () => {
    const result = await run(personPersona);

    expect(app.told.shared).to.have.length(1);
    expect(replyTo(result, 'share.consent')).to.match(/I will send your plan to Dr Sam Patel\./);
  });

  it('records time, plan version, who gave it and what it covers', async () => {
    await run({
      ...personPersona,
      answers: { ...personPersona.answers, 'share.send': 'what matters, things to talk about and mood' },
    });
    const [{ record }] = app.told.shared;
    const consent = record.consents.at(-1)!;

    expect(consent).to.deep.include({
      decision: 'share',
      by: 'person',
      planVersion: 1,
      recipients: ['leadContact'],
      excludedSections: ['goals'],
      covers: ['aboutMe', 'whatMatters', 'topics', 'mood', 'consent'],
    });
    expect(Date.parse(consent.at)).to.be.above(0);
  });

  it('records a consent given by a carer as given by the carer', async () => {
    await run(carerPersona);

    expect(app.told.shared[0].record.consents.at(-1)).to.deep.include({ by: 'carer', recipients: ['leadContact'] });
  });

  it('tells the plan listeners once, with no earlier version, on the first share', async () => {
    await run(personPersona);

    expect(app.told.shared).to.have.length(1);
    expect(app.told.shared[0].previous).to.equal(undefined);
  });

  it('tells nobody when the person says no, and still gives them their own copy', async () => {
    const result = await run({ ...personPersona, answers: { ...personPersona.answers, 'share.consent': 'no' } });

    expect(app.told.shared).to.deep.equal([]);
    expect(replyTo(result, 'share.consent')).to.match(/Nobody else will see your plan[\s\S]*\/plan\/[0-9a-f]{64}/);
  });

  it('leaves a share entry in the audit log with no answers in it', async () => {
    await run(personPersona);
    const entries = await new SqlAuditLog(app.running.app.db).all();
    const share = entries.find((entry) => entry.action === 'share');

    expect(share).to.deep.include({ actor: 'person' });
    expect(share?.detail).to.deep.equal({
      planVersion: 1,
      recipients: ['leadContact'],
      excludedSections: [],
    });
    expect(JSON.stringify(entries)).to.not.include('Walk to the park');
  });

  it('asks for consent again after a change, as a new plan version with the one before', async () => {
    const client = chatClient(app.running, { channelId: 'webchat' });
    const code = await invitationCode(app.running);
    await runPersona(async (text) => (await client.say(text)).replies, personPersona, code);
    await client.say('change');
    // Back through the review: change the first goal's action, then share again.
    let replies = (await client.say('Goals')).replies;
    for (let i = 0; i < 20 && app.told.shared.length < 2; i++) {
      const linkId = replies.at(-1)?.channelData?.careprep?.linkId;
      const answer =
        linkId === 'goal.1.action'
          ? 'Walk to the shop'
          : linkId === 'review.change'
            ? 'It looks right'
            : linkId === 'share.send'
              ? 'all'
              : linkId === 'share.consent'
                ? 'yes'
                : 'keep';
      replies = (await client.say(answer)).replies;
    }

    expect(app.told.shared).to.have.length(2);
    expect(app.told.shared[1].record.planVersion).to.equal(2);
    expect(app.told.shared[1].previous?.planVersion).to.equal(1);
  });
});

describe('Sharing when the delivery cannot be queued', () => {
  it('does not say the plan is being sent when queuing its delivery failed', async () => {
    const failing: PlanEvents = {
      shared: () => Promise.reject(new Error('outbox unavailable')),
      withdrawn: () => Promise.resolve(),
    };
    const running = await startApp({ overrides: { planListeners: [failing] } });
    try {
      const client = chatClient(running, { channelId: 'webchat' });
      const code = await invitationCode(running);
      const result = await runPersona(
        async (text) => (await client.say(text)).replies,
        { ...personPersona, answers: { ...personPersona.answers, 'share.consent': 'no' } },
        code,
      );
      // Said no first (nothing to queue), then yes with a failing queue.
      await client.say('change');
      await client.say('It looks right');
      await client.say('Send it all');
      const yes = allText(await client.say('yes'));

      expect(replyTo(result, 'share.consent')).to.match(/Nobody else will see your plan/);
      expect(yes).to.not.match(/send(ing)? your plan|shared/i);
      expect(yes).to.match(/went wrong/);
    } finally {
      await running.stop();
    }
  });
});

for (const channelId of ['webchat', 'msteams', 'sms'] as const) {
  describe(`Sharing with no care team linked, on ${channelId}`, () => {
    const app = listeningAppPerTest();

    it('asks nothing about sharing, says plainly nothing was sent, and says how to take their copy', async () => {
      const client = chatClient(app.running, { channelId });
      const result = await runPersona(async (text) => (await client.say(text)).replies, personPersona);
      const end = replyTo(result, 'review.change');

      expect(result.transcript.map((e) => e.answered)).to.not.include.members(['share.send', 'share.consent']);
      expect(end).to.match(/No care team is linked/);
      expect(end).to.match(/not (been )?sent (it )?to anyone/);
      expect(end).to.match(/[Pp]rint it or show it on your phone/);
      expect(end).to.match(/code/);
      expect(end).to.match(/\/plan\/[0-9a-f]{64}/);
      expect(everything(result)).to.not.match(/shared your plan|is shared with|send(ing)? your plan/i);
      expect(app.told.shared).to.deep.equal([]);
    });

    it('offers sharing once they type an invitation code later', async () => {
      const client = chatClient(app.running, { channelId });
      await runPersona(async (text) => (await client.say(text)).replies, personPersona);
      const code = await invitationCode(app.running);

      const linked = await client.say(code);

      expect(allText(linked)).to.match(/Dr Sam Patel/);
      expect(lastQuestion(linked)).to.equal('share.send');
    });
  });
}
