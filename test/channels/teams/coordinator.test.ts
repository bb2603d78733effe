import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allText, BotClient, type PostResult } from '../../support/botClient';
import { carerPersona, personPersona, runPersona } from '../../support/personas';
import { expectInOrder } from '../../support/inOrder';
import { startApp, type RunningApp } from '../../support/startApp';
import { startFakeTeamsConnector, type FakeTeamsConnector } from './fakeTeamsConnector';
import { startFakeTwilioApi } from '../sms/fakeTwilioApi';
import { loadPackLibrary } from '../../../content/packs/packLibrary';
import { createSealer } from '../../../storage/encryption';
import { SqlInvitationStore } from '../../../storage/invitationStore';
import { twilioEnv } from '../../support/smsAndTeamsApp';

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

/** The data of the first button on the first card of a reply. */
function buttonData(result: PostResult): Record<string, unknown> | undefined {
  const actions = cardOf(result)?.actions as { data?: Record<string, unknown> }[] | undefined;
  return actions?.[0]?.data;
}

/** The conditions the packs have topics for, by the labels the conditions question gives them. */
function conditionsWithTopics(): { id: string; label: string }[] {
  const library = loadPackLibrary();
  const withPack = new Set(library.packs.map((pack) => pack.condition).filter(Boolean));
  return (library.question('conditions').options ?? []).filter((option) => withPack.has(option.id));
}

/** A card's title: the words of the runs of its first element. */
function titleOf(content: unknown): string {
  const [first] = (content as { body: { inlines?: { text: string }[] }[] }).body;
  return (first.inlines ?? []).map((run) => run.text).join('');
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

  /** Sam shares a plan with coordinator A (version 1), changes a topic and shares it again (version 2). */
  async function sharedTwice(): Promise<void> {
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
  }

  /** What each card's "Mark as reviewed" button sends, in the order the cards came. */
  function reviewButtons(): Record<string, unknown>[] {
    return connector
      .delivered(coordinatorA.conversation)
      .flatMap((activity) =>
        (activity.attachments as { content: { actions: { data?: Record<string, unknown> }[] } }[]).flatMap((card) =>
          card.content.actions.flatMap((action) => (action.data?.careprep === 'teams.reviewed' ? [action.data] : [])),
        ),
      );
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
    expect(ids).to.deep.equal(['name', 'mobile', 'nhsNumber', 'when', 'date', 'time', 'conditions']);
  });

  it('makes an invitation with a short code and a web chat link, understanding "next Thursday 2pm"', async () => {
    const { code, text } = await invite();
    expect(code).to.match(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
    expect(text).to.include(`https://careprep.example.nhs.uk/?code=${code}`);
    expect(allText(await a.say('my patients'))).to.include(
      'Sam: invited, not started yet. Visit: Thursday 13 March 2025 at 2:00 pm',
    );
  });

  it('asks again kindly when the appointment cannot be read, saying how to type one', async () => {
    const result = await a.submit({ careprep: 'teams.invite', name: 'Sam', when: 'sometime soonish maybe' });
    const text = allText(result);
    expect(text).to.include('could not read that date');
    for (const form of ['next Tuesday at 10', 'in 2 weeks', 'a week on Friday', 'Friday week'])
      expect(text).to.include(form);
    expect(text).to.not.include('has passed');
    expect(allText(await a.say('my patients'))).to.include('not asked anyone yet');
  });

  it('says the time could not be read when one was typed, never making the invitation for the day alone', async () => {
    const text = allText(await a.submit({ careprep: 'teams.invite', name: 'Sam', when: 'Friday 1030' }));
    expect(text).to.include('could not read the time');
    expect(allText(await a.say('my patients'))).to.include('not asked anyone yet');
  });

  it('says the visit has passed when it has, rather than that it could not read it', async () => {
    const text = allText(await a.submit({ careprep: 'teams.invite', name: 'Sam', when: 'Monday 9am' }));
    expect(text).to.include('has passed');
    expect(text).to.not.include('could not read');
  });

  it('reads "in 2 weeks" as the coming date and says which day it took', async () => {
    const { text } = await invite(a, { when: 'in 2 weeks' });
    expect(text).to.include('Monday 17 March');
    expect(allText(await a.say('my patients'))).to.include(
      'Sam: invited, not started yet. Visit: Monday 17 March 2025',
    );
  });

  it('offers on the invitation card only the conditions it has topics for', async () => {
    const card = cardOf(await a.say('invite'));
    const set = (card?.body as { id?: string; choices?: { value: string }[] }[]).find((e) => e.id === 'conditions');
    expect(set?.choices?.map((choice) => choice.value)).to.deep.equal(conditionsWithTopics().map((c) => c.id));
  });

  it('tells the coordinator a condition it has no topics for, and those it has, and makes no invitation', async () => {
    await running.stop();
    const twilio = await startFakeTwilioApi();
    try {
      running = await startApp({
        env: {
          CAREPREP_STAFF_AAD_IDS: coordinatorA.aad,
          CAREPREP_PUBLIC_URL: 'https://careprep.example.nhs.uk',
          ...twilioEnv(twilio.url, 'twilio-token'),
        },
        overrides: { clock: () => now },
      });
      a = teamsUser(running.baseUrl, connector.serviceUrl, coordinatorA);
      const fields = { name: 'Sam', mobile: '07700 900123', when: 'next Thursday 2pm', conditions: 'diabetes,lupus' };
      const refused = await a.submit({ careprep: 'teams.invite', ...fields });
      const text = allText(refused);
      expect(text).to.include('lupus');
      for (const { label } of conditionsWithTopics()) expect(text).to.include(label);
      expect(text).to.not.include('Done');
      expect(twilio.requests).to.have.length(0);
      expect(allText(await a.say('my patients'))).to.include('not asked anyone yet');

      // Going on makes the invitation with the conditions it knows, and only then texts the person.
      const goOn = buttonData(refused);
      expect(goOn).to.include({ careprep: 'teams.invite', name: 'Sam' });
      const made = allText(await a.submit(goOn ?? {}));
      expect(made).to.include('Done').and.include('I have sent them a text');
      expect(twilio.requests).to.have.length(1);
      const store = new SqlInvitationStore(running.app.db, createSealer(null));
      const [invitation] = await store.forCoordinator(coordinatorA.aad);
      expect(invitation.details.conditions).to.deep.equal(['diabetes']);
    } finally {
      await twilio.close();
    }
  });

  it('asks again about a condition picked on an old card that it has no topics for', async () => {
    const text = allText(await a.submit({ careprep: 'teams.invite', name: 'Sam', conditions: ['cancer'] }));
    expect(text).to.include('Cancer');
    expect(allText(await a.say('my patients'))).to.include('not asked anyone yet');
  });

  it('reads a condition typed by its name or a word for it', async () => {
    const { text } = await invite(a, { conditions: 'Diabetes, asthma' });
    expect(text).to.include('Done');
    const store = new SqlInvitationStore(running.app.db, createSealer(null));
    const [invitation] = await store.forCoordinator(coordinatorA.aad);
    expect(invitation.details.conditions).to.deep.equal(['diabetes', 'copd']);
  });

  it('writes a name in its messages as typed, escaping only what would become markdown', async () => {
    const shown: Array<[string, string]> = [
      ["O'Brien_Smith", "O'Brien_Smith"],
      ['J. [Doe]', 'J. [Doe]'],
      // Unescaped, Teams would show "Lee" in italics.
      ['Ann *Lee*', 'Ann \\*Lee\\*'],
    ];
    for (const [name, markdown] of shown) {
      const { text } = await invite(a, { name });
      expect(text).to.include(`Give ${markdown} this code`);
    }
    const list = allText(await a.say('my patients'));
    for (const [, markdown] of shown) expect(list).to.include(`${markdown}: invited, not started yet`);
  });

  it("links the person who sends the code and greets them with the lead contact's name", async () => {
    const { code } = await invite();
    const { linked } = await person(code);
    const text = allText(linked);
    expect(text).to.include(
      'Dr Sam Patel asked me to help you get ready for your visit on Thursday 13 March 2025 at 2:00 pm',
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

  describe('a second invitation code', () => {
    // One record has one lead contact. A code from a second coordinator, typed by someone who has
    // one already, is answered plainly: who their plan is with, and that nothing went to the other.
    it('answers a second invitation code typed after sharing without "something went wrong"', async () => {
      const { code } = await invite();
      const { code: second } = await invite(b);
      const { web } = await person(code);
      await runPersona(async (text) => (await web.say(text)).replies, personPersona);
      await running.app.deliveries.idle();

      const text = allText(await web.say(second));
      expect(text).to.not.match(/something went wrong/i);
      expect(text).to.not.include('Nurse Lee asked me to help you');
      expect(text)
        .to.match(/chose to share your plan with Dr Sam Patel/)
        .and.include('Nurse Lee');
      await running.app.deliveries.idle();
      expect(connector.delivered(coordinatorB.conversation)).to.have.length(0);
      expect(allText(await b.say('my patients'))).to.include('Sam: invited, not started yet');
      expect(allText(await a.say('my patients'))).to.include('Sam: shared');
    });

    it('never quietly changes the lead contact when a second code is typed partway through', async () => {
      const { code } = await invite();
      const { code: second } = await invite(b);
      const { web } = await person(code);
      const asked = await web.say('1');
      const on = asked.questions.at(-1)?.linkId;

      const reply = await web.say(second);
      const text = allText(reply);
      expect(text).to.not.include('Nurse Lee asked me to help you');
      expect(text)
        .to.match(/lead contact is still Dr Sam Patel/)
        .and.include('Nurse Lee');
      expect(reply.questions.at(-1)?.linkId).to.equal(on);
      expect(allText(await b.say('my patients'))).to.include('Sam: invited, not started yet');

      await runPersona(async (said) => (await web.say(said)).replies, personPersona, 'Sam');
      await running.app.deliveries.idle();
      expect(connector.delivered(coordinatorA.conversation)).to.have.length(1);
      expect(connector.delivered(coordinatorB.conversation)).to.have.length(0);
    });
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
    expect(titleOf(attachment.content)).to.equal('Plan from Sam');
    const body = JSON.stringify(attachment.content);
    const order = [
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

  // Explore 20b: Sam was invited; Ann answered for Jean. The card said "Plan from Sam", and only
  // the full plan said "Name: Jean", so a plan about Jean could be filed as Sam's.
  it("names on the coordinator's card the person the plan is about when it is not the person invited", async () => {
    // No conditions on the invitation: Ann names Jean's own.
    const { code } = await invite(a, { conditions: '' });
    const { web } = await person(code);
    await runPersona(async (text) => (await web.say(text)).replies, carerPersona);
    await running.app.deliveries.idle();

    const [card] = connector.delivered(coordinatorA.conversation)[0].attachments as { content: unknown }[];
    const [headline, warning] = (card.content as { body: unknown[] }).body.map((block) => JSON.stringify(block));
    expect(titleOf(card.content)).to.equal('Plan from Jean');
    expect(warning).to.include('Sam').and.include('Jean').and.include('right person');
    expect(headline).to.not.include('Sam');
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
      'Sam: shared, read this first. Visit: Thursday 13 March 2025 at 2:00 pm',
      'Later Person: invited, not started yet. Visit: Sunday 20 April 2025 at 9:30 am',
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
    expect(sent[1].text).to.equal(
      'Sam has taken back their plan. Please do not use the copy you had. ' +
        'I have changed my earlier card about Sam above so it no longer shows their plan.',
    );
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
    expect(sent[1].text).to.equal(
      'Sam has taken back their plan. Please do not use the copy you had. ' +
        'I have changed my earlier card about Sam above so it no longer shows their plan.',
    );
    expect(allText(await a.submit({ careprep: 'teams.fullPlan', invitationId }))).to.not.include('Walk to the park');
    expect(allText(await a.say('my patients'))).to.match(/Sam: [^.]*taken back/);
    expect(allText(await web.say('show my plan'))).to.include('Walk to the park');
  });

  it('sends only what changed when the person changes a shared plan and shares it again', async () => {
    await sharedTwice();
    const cards = connector.delivered(coordinatorA.conversation);
    expect(cards).to.have.length(2);
    const update = JSON.stringify(cards[1]);
    expect(titleOf((cards[1].attachments as { content: unknown }[])[0].content)).to.equal('Sam changed their plan');
    expect(update).to.match(/What changed: new topic: [^.;"]+\./);
    expect(update).to.not.include('Walk to the park');
    expect(allText(await a.say('my patients'))).to.include('Sam: updated, so look again');
  });

  it('tells only that a goal was taken out when the person takes their first goal out and shares again', async () => {
    const { code } = await invite();
    const { web } = await person(code);
    await runPersona(async (text) => (await web.say(text)).replies, personPersona);
    await running.app.deliveries.idle();
    await web.say('change');
    const atGoal = await web.say('goals');
    expect(atGoal.questions.at(-1)?.linkId).to.equal('goal.1.text');
    expect(allText(await web.say('delete this goal'))).to.include("'Walk to the park'");
    const removed = await web.say('yes');
    expect(allText(removed)).to.include('I have taken that goal out');
    expect(removed.questions.at(-1)?.linkId).to.equal('review.change');
    const answers: Record<string, string> = {
      'review.change': 'It looks right',
      'share.send': 'Send it all',
      'share.recipients': 'only the care team',
      'share.consent': 'yes',
    };
    let said = 'It looks right';
    for (let turn = 0; turn < 10; turn++) {
      const linkId = (await web.say(said)).questions.at(-1)?.linkId;
      if (!linkId) break;
      said = answers[linkId] ?? 'keep';
    }
    await running.app.deliveries.idle();

    const cards = connector.delivered(coordinatorA.conversation);
    expect(cards).to.have.length(2);
    const update = JSON.stringify(cards[1]);
    // The goal after it only moved down to goal 1: not told as changed, nor sent again.
    expect(update).to.match(/What changed: goal 1 taken out\./);
    expect(update).to.not.include('goal 2').and.not.include('Walk to the park').and.not.include('Check my blood sugar');
  });

  describe('marking a plan reviewed', () => {
    it('marks an older version from its own card, says which, and leaves the newer one to review', async () => {
      await sharedTwice();
      const [first, second] = reviewButtons();
      expect([first.planVersion, second.planVersion]).to.deep.equal([1, 2]);

      const older = allText(await a.submit(first));
      expect(older).to.include('Marked version 1 as reviewed').and.include('Version 2 has come since');
      expect(allText(await a.say('my patients'))).to.include('Sam: updated, so look again');

      expect(allText(await a.submit(second))).to.include('Marked as reviewed');
      expect(allText(await a.say('my patients'))).to.include('Sam: reviewed by you');
    });

    it('keeps the newer version reviewed when the older card is marked after it, and says so', async () => {
      await sharedTwice();
      const [first, second] = reviewButtons();
      expect(allText(await a.submit(second))).to.include('Marked as reviewed');

      const older = allText(await a.submit(first));
      expect(older).to.not.include('is not marked');
      expect(older).to.include('version 2').and.include('already');
      expect(allText(await a.say('my patients'))).to.include('Sam: reviewed by you');
    });

    it('marks nothing for a version never sent, or a plan not yet shared, and says so', async () => {
      const { code } = await invite();
      const [invitation] = await new SqlInvitationStore(running.app.db, createSealer(null)).forCoordinator(
        coordinatorA.aad,
      );
      // Before anything was shared: with a version and without one.
      for (const planVersion of [1, undefined]) {
        const text = allText(await a.submit({ careprep: 'teams.reviewed', invitationId: invitation.id, planVersion }));
        expect(text).to.include('nothing is marked').and.not.include("can't find");
      }
      const { web } = await person(code);
      await runPersona(async (text) => (await web.say(text)).replies, personPersona);
      await running.app.deliveries.idle();
      // A version that is no version (a forged or broken card) is no plan they were sent either.
      for (const planVersion of [7, 0, -1, 'latest']) {
        const text = allText(await a.submit({ careprep: 'teams.reviewed', invitationId: invitation.id, planVersion }));
        expect(text, String(planVersion)).to.include('nothing is marked');
      }
      expect(allText(await a.say('my patients'))).to.include('Sam: shared');
    });

    it('does not say "Marked as reviewed" for a plan the person has taken back', async () => {
      const { code } = await invite();
      const { web } = await person(code);
      await runPersona(async (text) => (await web.say(text)).replies, personPersona);
      await running.app.deliveries.idle();
      const [button] = reviewButtons();

      await web.say('withdraw consent');
      await web.say('yes');
      await running.app.deliveries.idle();
      const text = allText(await a.submit(button));

      expect(text).to.not.match(/Marked as reviewed/i);
      expect(text).to.include('Sam has taken back their plan').and.include('nothing is marked');
      expect(allText(await a.say('my patients'))).to.match(/Sam: [^.]*taken back/);
    });

    it("says it can't find a plan that is not in the coordinator's list", async () => {
      const text = allText(
        await a.submit({ careprep: 'teams.reviewed', invitationId: 'no-such-invitation', planVersion: 1 }),
      );
      expect(text).to.include("can't find that plan");
    });
  });
});
