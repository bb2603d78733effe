import { expect } from 'chai';
import { adaptiveCardIssues, teamsCardVersion } from '../../support/adaptiveCardSchema';
import { allText, BotClient, type PostResult } from '../../support/botClient';
import { personPersona, runPersona, type Persona } from '../../support/personas';
import { apiKey, bloodPressure, hba1c, postObservations, transaction } from '../../support/results';
import { startApp, type RunningApp } from '../../support/startApp';
import { startFakeTeamsConnector, type FakeTeamsConnector } from './fakeTeamsConnector';

const lead = { aad: 'aad-coordinator-s', name: 'Dr Sam Patel', conversation: 'a:chat-coordinator-s' };
const now = new Date('2030-03-04T12:00:00Z');
const adaptive = 'application/vnd.microsoft.card.adaptive';

interface Attachment {
  contentType: string;
  content: { version?: string; actions?: { title: string; data?: Record<string, string> }[] };
}
const attachmentsOf = (activities: readonly Record<string, unknown>[]): Attachment[] =>
  activities.flatMap((a) => (Array.isArray(a.attachments) ? (a.attachments as Attachment[]) : []));
const cardsIn = (result: PostResult): Attachment[] => attachmentsOf(result.replies);

const persona: Persona = {
  ...personPersona,
  name: 'person with results on Teams',
  answers: {
    ...personPersona.answers,
    'result.hba1c.thoughts': 'Is 52 low enough to drop a tablet?',
    'result.bloodPressure.thoughts': 'skip',
  },
};

describe('Teams: every card reads as Adaptive Cards 1.5, the version Teams renders', function () {
  this.timeout(60_000);
  let connector: FakeTeamsConnector;
  let running: RunningApp;

  beforeEach(async () => {
    connector = await startFakeTeamsConnector();
    running = await startApp({
      env: { CAREPREP_STAFF_AAD_IDS: lead.aad, CAREPREP_API_KEYS: apiKey },
      overrides: { clock: () => now },
    });
  });
  afterEach(async () => {
    await running.stop();
    await connector.close();
  });

  it('sends only cards the reference object model reads at 1.5: invite, a condition without topics, my patients, add results, pick lists and the plan', async () => {
    const coordinator = new BotClient(running.baseUrl, {
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      conversationId: lead.conversation,
      userId: `29:${lead.aad}`,
    });
    const fields = {
      from: { id: `29:${lead.aad}`, name: lead.name, aadObjectId: lead.aad },
      recipient: { id: '28:careprep-bot', name: 'Careprep' },
      conversation: { id: lead.conversation, conversationType: 'personal' },
    };
    const cards: { where: string; card: Attachment }[] = [];
    const keep = (where: string, found: readonly Attachment[]): void =>
      found.forEach((card) => cards.push({ where, card }));

    keep('invite', cardsIn(await coordinator.say('invite', fields)));
    const lupus = { careprep: 'teams.invite', name: 'Sam', conditions: 'lupus' };
    keep('a condition without topics', cardsIn(await coordinator.post({ ...fields, value: lupus })));
    const made = await coordinator.post({
      ...fields,
      value: { careprep: 'teams.invite', name: 'Sam', conditions: 'diabetes', date: '2030-03-14', time: '10:30' },
    });
    const code = /\*\*([A-Z2-9]{8})\*\*/.exec(allText(made))![1];
    const patients = cardsIn(await coordinator.say('my patients', fields));
    keep('my patients', patients);
    const button = patients.flatMap((c) => c.content.actions ?? []).find((a) => a.title === 'Add results for Sam');
    keep('add results', cardsIn(await coordinator.post({ ...fields, value: button?.data })));
    const invitationId = button?.data?.invitationId ?? '';
    const sheet = transaction([
      hba1c(58, '2029-09-02T09:10:00Z'),
      hba1c(52, '2030-02-25T09:10:00Z'),
      bloodPressure(138, 84, '2030-02-25T09:15:00Z'),
    ]);
    expect((await postObservations(running, invitationId, sheet)).status).to.equal(201);
    const person = new BotClient(running.baseUrl, { channelId: 'msteams', serviceUrl: connector.serviceUrl });
    await runPersona(
      async (said) => {
        const reply = await person.say(said);
        keep(`person after "${said}"`, cardsIn(reply));
        return reply.replies;
      },
      persona,
      code,
    );
    await running.app.deliveries.idle();
    const delivered = attachmentsOf(connector.delivered(lead.conversation));
    keep('the plan for the lead contact', delivered);

    const adaptiveCards = cards.filter(({ card }) => card.contentType === adaptive);
    expect(adaptiveCards.map((c) => c.where)).to.include.members([
      'invite',
      'a condition without topics',
      'my patients',
      'add results',
      'the plan for the lead contact',
    ]);
    expect(adaptiveCards.some((c) => c.where.startsWith('person'))).to.equal(true);
    for (const { where, card } of adaptiveCards) {
      expect(Number(card.content.version), `${where}: version`).to.be.at.most(Number(teamsCardVersion));
      expect(adaptiveCardIssues(card.content), where).to.deep.equal([]);
    }
    const plan = JSON.stringify(delivered.map((c) => c.content));
    expect(plan).to.include('HbA1c: 58 → 52 mmol/mol, down');
    // The charts ride in the card as PNG images, checked with the rest of it above.
    expect(plan.match(/"url":"data:image\/png;base64,/g)).to.have.length(2);
    expect(plan).to.include('Is 52 low enough to drop a tablet?');
  });

  it('finds what Teams would not read: an unknown element, a property it lacks, a value outside its list', () => {
    const issues = adaptiveCardIssues({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'x', wrapp: true, size: 'huge' },
        { type: 'Chart.Line', data: [] },
        { type: 'Input.Text' },
      ],
    });
    expect(issues).to.have.length(4);
    expect(issues.join('\n'))
      .to.match(/wrapp/)
      .and.match(/huge/)
      .and.match(/Chart\.Line/)
      .and.match(/unique Id/);
  });
});
