import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allText, BotClient, type PostResult } from '../../support/botClient';
import { personPersona, runPersona } from '../../support/personas';
import { expectInOrder } from '../../support/inOrder';
import { startApp, type RunningApp } from '../../support/startApp';
import { startFakeTeamsConnector, type FakeTeamsConnector } from './fakeTeamsConnector';

const coordinatorA = { aad: 'aad-coordinator-a', name: 'Dr Sam Patel', conversation: 'a:chat-coordinator-a' };
const coordinatorB = { aad: 'aad-coordinator-b', name: 'Nurse Lee', conversation: 'a:chat-coordinator-b' };
const tenant = 'tenant-practice';
// Monday 3 March 2025, 10:00 local: "next Thursday 2pm" is 13 March.
const now = new Date(2025, 2, 3, 10, 0, 0);

/** A Teams user talking to the bot in a personal chat. */
function teamsUser(
  baseUrl: string,
  serviceUrl: string,
  who: { aad: string; name: string; conversation: string },
  tenantId = tenant,
): {
  client: BotClient;
  say(text: string, extra?: Record<string, unknown>): Promise<PostResult>;
  submit(value: Record<string, unknown>): Promise<PostResult>;
} {
  const client = new BotClient(baseUrl, {
    channelId: 'msteams',
    serviceUrl,
    conversationId: who.conversation,
    userId: `29:${who.aad}`,
  });
  const fields = {
    from: { id: `29:${who.aad}`, name: who.name, aadObjectId: who.aad },
    recipient: { id: '28:careprep-bot', name: 'Careprep' },
    channelData: { tenant: { id: tenantId } },
    conversation: { id: who.conversation, conversationType: 'personal', tenantId },
  };
  return {
    client,
    say: (text, extra = {}) => client.say(text, { ...fields, ...extra }),
    submit: (value) => client.post({ ...fields, value }),
  };
}

function cardOf(result: PostResult): Record<string, unknown> | undefined {
  const attachments = result.replies.flatMap((r) =>
    Array.isArray(r.attachments) ? (r.attachments as { content: Record<string, unknown> }[]) : [],
  );
  return attachments[0]?.content;
}

/** The invitation id the first card sent to coordinator A carries on its buttons. */
function invitationIdOnCard(connector: FakeTeamsConnector): string {
  const [card] = connector.delivered(coordinatorA.conversation)[0].attachments as {
    content: { actions: { data?: { invitationId: string } }[] };
  }[];
  const id = card.content.actions.find((action) => action.data)?.data?.invitationId;
  if (!id) throw new Error('the card has no button that names its invitation');
  return id;
}

function codeIn(text: string): string {
  const match = /\*\*([A-Z2-9]{8})\*\*/.exec(text);
  if (!match) throw new Error(`no code in: ${text}`);
  return match[1];
}

describe('Teams: care coordinators invite, receive and review', function () {
  this.timeout(60_000);
  let connector: FakeTeamsConnector;
  let running: RunningApp;
  let a: ReturnType<typeof teamsUser>;
  let b: ReturnType<typeof teamsUser>;

  beforeEach(async () => {
    connector = await startFakeTeamsConnector();
    running = await startApp({
      env: {
        CAREPREP_STAFF_AAD_IDS: `${coordinatorA.aad},${coordinatorB.aad}`,
        CAREPREP_PUBLIC_URL: 'https://careprep.example.nhs.uk',
      },
      overrides: { clock: () => now },
    });
    a = teamsUser(running.baseUrl, connector.serviceUrl, coordinatorA);
    b = teamsUser(running.baseUrl, connector.serviceUrl, coordinatorB);
  });
  afterEach(async () => {
    await running.stop();
    await connector.close();
  });

  async function invite(who = a, fields: Record<string, unknown> = {}): Promise<{ code: string; text: string }> {
    const result = await who.submit({
      careprep: 'teams.invite',
      name: 'Sam',
      when: 'next Thursday 2pm',
      conditions: 'diabetes,musculoskeletal',
      ...fields,
    });
    const text = allText(result);
    return { code: codeIn(text), text };
  }

  async function person(code: string): Promise<{ web: BotClient; linked: PostResult }> {
    const web = new BotClient(running.baseUrl);
    const linked = await web.say(code);
    return { web, linked };
  }

  it('politely refuses staff commands from someone who is not staff', async () => {
    const stranger = teamsUser(
      running.baseUrl,
      connector.serviceUrl,
      { aad: 'aad-stranger', name: 'Pat', conversation: 'a:s' },
      'other-tenant',
    );
    const result = await stranger.say('my patients');
    expect(allText(result)).to.include('only care team staff');
  });

  it('counts everyone in a staff tenant as staff', async () => {
    await running.stop();
    running = await startApp({ env: { CAREPREP_STAFF_TENANT_IDS: tenant }, overrides: { clock: () => now } });
    const colleague = teamsUser(running.baseUrl, connector.serviceUrl, {
      aad: 'aad-new',
      name: 'Kim',
      conversation: 'a:k',
    });
    expect(allText(await colleague.say('my patients'))).to.include('not asked anyone yet');
  });

  it('gives staff an invitation card (Adaptive Card 1.5) when they say "invite" with an @mention', async () => {
    const result = await a.say('<at>Careprep</at> invite', {
      entities: [
        { type: 'mention', text: '<at>Careprep</at>', mentioned: { id: '28:careprep-bot', name: 'Careprep' } },
      ],
    });
    const card = cardOf(result);
    expect(card).to.include({ type: 'AdaptiveCard', version: '1.5' });
    const ids = (card?.body as { id?: string }[]).map((element) => element.id).filter(Boolean);
    expect(ids).to.deep.equal(['name', 'mobile', 'when', 'date', 'time', 'conditions']);
  });

  it('makes an invitation with a short code and a web chat link, understanding "next Thursday 2pm"', async () => {
    const { code, text } = await invite();
    expect(code).to.match(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
    expect(text).to.include(`https://careprep.example.nhs.uk/?code=${code}`);
    expect(allText(await a.say('my patients'))).to.include(
      'Sam: invited, not started yet. Visit: Thursday 13 March at 2:00 pm',
    );
  });

  it('asks again kindly when the appointment cannot be read', async () => {
    const result = await a.submit({ careprep: 'teams.invite', name: 'Sam', when: 'sometime soonish maybe' });
    expect(allText(result)).to.include('could not read that date');
  });

  it("links the person who sends the code and greets them with the lead contact's name", async () => {
    const { code } = await invite();
    const { linked } = await person(code);
    const text = allText(linked);
    expect(text).to.include(
      'Dr Sam Patel asked me to help you get ready for your visit on Thursday 13 March at 2:00 pm',
    );
    expect(linked.questions.at(-1)?.linkId).to.equal('respondent.type');
    expect(allText(await a.say('my patients'))).to.include('Sam: in progress');
  });

  it('refuses a code someone else has already used', async () => {
    const { code } = await invite();
    await person(code);
    const { linked } = await person(code);
    expect(allText(linked)).to.include('Sorry, I cannot use that code');
    // They go on without a code: the welcome's first question, and no lead contact named.
    expect(linked.questions.map((q) => q.linkId)).to.deep.equal(['respondent.type']);
    expect(allText(linked)).to.not.include('asked me to help you');
  });

  it('sends the lead contact a card when the person shares: flags first, then topics, goals, what matters', async () => {
    const { code } = await invite();
    const { web } = await person(code);
    await runPersona(async (text) => (await web.say(text)).replies, personPersona);
    await running.app.deliveries.idle();

    const cards = connector.delivered(coordinatorA.conversation);
    expect(cards).to.have.length(1);
    const attachment = (cards[0].attachments as { content: Record<string, unknown> }[])[0];
    // The example in docs/ keeps a fixed id, so re-running the tests does not change the file.
    const example = JSON.stringify(attachment, null, 2).replace(
      /"invitationId": "[^"]+"/g,
      '"invitationId": "example-invitation-id"',
    );
    writeFileSync(join(__dirname, '..', '..', '..', 'docs', 'examples', 'coordinator-card.json'), `${example}\n`);
    expect(Buffer.byteLength(JSON.stringify(attachment))).to.be.below(28 * 1024);
    const body = JSON.stringify(attachment.content);
    const order = [
      'Plan from Sam',
      'Read this first',
      'a positive screen, not a diagnosis',
      'Would like help with this',
      'Top things to talk about',
      'Goals',
      'Walk to the park',
      'What matters to them',
      'Filled in by: themselves',
      'Show the whole plan',
    ];
    expectInOrder(body, order);
    expect(connector.delivered(coordinatorB.conversation)).to.have.length(0);
  });

  it('lists invitations soonest first with their status, and marks a plan reviewed', async () => {
    await invite(a, { name: 'Later Person', when: '', date: '2025-04-20', time: '09:30' });
    const { code } = await invite(a, { name: 'Sam' });
    await invite(a, { name: 'No Date Yet', when: '' });
    const { web } = await person(code);
    await runPersona(async (text) => (await web.say(text)).replies, personPersona);
    await running.app.deliveries.idle();
    const invitationId = invitationIdOnCard(connector);

    let list = allText(await a.say('my patients'));
    expect(list.split('\n\n').slice(1)).to.deep.equal([
      'Sam: shared. Visit: Thursday 13 March at 2:00 pm',
      'Later Person: invited, not started yet. Visit: Sunday 20 April at 9:30 am',
      'No Date Yet: invited, not started yet',
    ]);
    expect(allText(await a.submit({ careprep: 'teams.reviewed', invitationId, planVersion: 1 }))).to.include(
      'Marked as reviewed',
    );
    list = allText(await a.say('my patients'));
    expect(list).to.include('Sam: reviewed by you');
    // A card for a version never sent (forged, or from another service) marks nothing and says so.
    const unknown = allText(await a.submit({ careprep: 'teams.reviewed', invitationId, planVersion: 7 }));
    expect(unknown).to.not.include('Marked as reviewed');
    expect(unknown).to.include('nothing is marked');
    expect(allText(await a.say('my patients'))).to.include('Sam: reviewed by you');
    console.log(
      `      status list:\n${list
        .split('\n\n')
        .map((line) => `        ${line}`)
        .join('\n')}`,
    );
  });

  it('shows a coordinator only their own invitations and plans', async () => {
    const { code } = await invite(a);
    const { web } = await person(code);
    await runPersona(async (text) => (await web.say(text)).replies, personPersona);
    await running.app.deliveries.idle();
    const invitationId = invitationIdOnCard(connector);

    expect(allText(await b.say('my patients'))).to.include('not asked anyone yet');
    expect(allText(await b.submit({ careprep: 'teams.fullPlan', invitationId }))).to.include("can't find that plan");
    expect(allText(await b.submit({ careprep: 'teams.reviewed', invitationId, planVersion: 1 }))).to.include(
      "can't find that plan",
    );
    expect(allText(await a.submit({ careprep: 'teams.fullPlan', invitationId }))).to.include('Walk to the park');
    expect(allText(await a.say('my patients'))).to.include('Sam: shared');
  });

  it('keeps long answers whole for the person but cuts them in the full plan the coordinator reads', async () => {
    const { code } = await invite();
    const { web } = await person(code);
    const long = `${'My feet hurt and I worry about them every day. '.repeat(400)}End.`;
    await runPersona(async (text) => (await web.say(text)).replies, {
      ...personPersona,
      answers: { ...personPersona.answers, 'whatMatters.most': long, 'whatMatters.hard': long },
    });
    await running.app.deliveries.idle();

    const full = allText(await a.submit({ careprep: 'teams.fullPlan', invitationId: invitationIdOnCard(connector) }));

    expect(long.length).to.be.above(18_000);
    expect(Buffer.byteLength(full)).to.be.below(28 * 1024);
    expect(full).to.include('My feet hurt').and.include('…');
    expect(allText(await web.say('show my plan'))).to.include('End.');
  });

  it('tells the lead contact when the person deletes their data, and the plan no longer opens', async () => {
    const { code } = await invite();
    const { web } = await person(code);
    await runPersona(async (text) => (await web.say(text)).replies, personPersona);
    await running.app.deliveries.idle();
    const invitationId = invitationIdOnCard(connector);

    await web.say('delete my data');
    await web.say('yes');
    await running.app.deliveries.idle();

    const sent = connector.delivered(coordinatorA.conversation);
    expect(sent).to.have.length(2);
    expect(sent[1].text).to.equal('Sam has taken back their plan. Please do not use the copy you had.');
    expect(JSON.stringify(sent[1])).to.not.include('Walk to the park');
    expect(allText(await a.submit({ careprep: 'teams.fullPlan', invitationId }))).to.not.include('Walk to the park');
    expect(allText(await a.say('my patients'))).to.match(/Sam: [^.]*taken back/);
  });

  it('tells the lead contact when the person withdraws consent, and the plan no longer opens, while the person keeps it', async () => {
    const { code } = await invite();
    const { web } = await person(code);
    await runPersona(async (text) => (await web.say(text)).replies, personPersona);
    await running.app.deliveries.idle();
    const invitationId = invitationIdOnCard(connector);

    await web.say('withdraw consent');
    await web.say('yes');
    await running.app.deliveries.idle();

    const sent = connector.delivered(coordinatorA.conversation);
    expect(sent).to.have.length(2);
    expect(sent[1].text).to.equal('Sam has taken back their plan. Please do not use the copy you had.');
    expect(allText(await a.submit({ careprep: 'teams.fullPlan', invitationId }))).to.not.include('Walk to the park');
    expect(allText(await a.say('my patients'))).to.match(/Sam: [^.]*taken back/);
    expect(allText(await web.say('show my plan'))).to.include('Walk to the park');
  });

  it('sends only what changed when the person changes a shared plan and shares it again', async () => {
    const { code } = await invite();
    const { web } = await person(code);
    await runPersona(async (text) => (await web.say(text)).replies, personPersona);
    await running.app.deliveries.idle();
    const answers: Record<string, string> = {
      'review.change': 'topics',
      'topics.selected': '1, 2, 8 and 13',
      'topics.own': 'keep',
      'topics.top': 'keep',
      'share.send': 'Send it all',
      'share.recipients': 'only the care team',
      'share.consent': 'yes',
    };
    let said = 'change';
    let reviewed = false;
    for (let turn = 0; turn < 20; turn++) {
      const result = await web.say(said);
      const linkId = result.questions.at(-1)?.linkId;
      if (!linkId) break;
      if (linkId === 'review.change' && reviewed) said = 'It looks right';
      else said = answers[linkId] ?? 'keep';
      if (linkId === 'review.change') reviewed = true;
    }
    await running.app.deliveries.idle();
    const cards = connector.delivered(coordinatorA.conversation);
    expect(cards).to.have.length(2);
    const update = JSON.stringify(cards[1]);
    expect(update).to.include('Sam changed their plan');
    expect(update).to.match(/What changed: new topic: [^.;"]+\./);
    expect(update).to.not.include('Walk to the park');
    expect(allText(await a.say('my patients'))).to.include('Sam: updated, so look again');
  });
});
