import { expect } from 'chai';
import { allText, BotClient, type PostResult } from '../../support/botClient';
import { onlyRecord } from '../../support/onlyRecord';
import { startApp, type RunningApp } from '../../support/startApp';
import { startFakeTeamsConnector, type FakeTeamsConnector } from './fakeTeamsConnector';
import { addResultsCard, patientsResultsCard } from '../../../channels/teams/resultsCard';
import type { CardWords } from '../../../channels/teams/coordinatorCards';
import { loadCatalogue } from '../../../content/catalogue';
import { createRenderer } from '../../../content/renderer';
import type { Invitation } from '../../../coordination/invitationStore';

const lead = { aad: 'aad-coordinator-c', name: 'Dr Sam Patel', conversation: 'a:chat-coordinator-c' };
const other = { aad: 'aad-coordinator-d', name: 'Nurse Lee', conversation: 'a:chat-coordinator-d' };
const now = new Date('2030-03-04T12:00:00Z');

type CardElement = { type: string; id?: string; label?: string; value?: string; items?: CardElement[]; text?: string };
type Card = { body: CardElement[]; actions: { title: string; data: Record<string, string> }[] };

function cardIn(result: PostResult): Card {
  const attachment = result.replies
    .flatMap((r) => (Array.isArray(r.attachments) ? (r.attachments as { content: Card }[]) : []))
    .at(-1);
  if (!attachment) throw new Error(`no card in: ${allText(result)}`);
  return attachment.content;
}
const inputs = (card: Card): CardElement[] =>
  card.body.flatMap((e) => (e.items ? e.items : [e])).filter((e) => e.type.startsWith('Input.'));

describe('Teams: the coordinator adds results', function () {
  this.timeout(60_000);
  let connector: FakeTeamsConnector;
  let running: RunningApp;

  const as = (who: typeof lead) => {
    const client = new BotClient(running.baseUrl, {
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      conversationId: who.conversation,
      userId: `29:${who.aad}`,
    });
    const fields = {
      from: { id: `29:${who.aad}`, name: who.name, aadObjectId: who.aad },
      recipient: { id: '28:careprep-bot', name: 'Careprep' },
      conversation: { id: who.conversation, conversationType: 'personal' },
    };
    return {
      say: (text: string) => client.say(text, fields),
      submit: (value: Record<string, unknown>) => client.post({ ...fields, value }),
    };
  };

  beforeEach(async () => {
    connector = await startFakeTeamsConnector();
    running = await startApp({
      env: { CAREPREP_STAFF_AAD_IDS: `${lead.aad},${other.aad}` },
      overrides: { clock: () => now },
    });
  });
  afterEach(async () => {
    await running.stop();
    await connector.close();
  });

  /** Invites Sam (diabetes) and opens the "add results" card from "my patients". */
  async function openCard(): Promise<{ code: string; invitationId: string; card: Card }> {
    const made = await as(lead).submit({ careprep: 'teams.invite', name: 'Sam', conditions: 'diabetes' });
    const code = /\*\*([A-Z2-9]{8})\*\*/.exec(allText(made))![1];
    const patients = await as(lead).say('my patients');
    const button = cardIn(patients).actions.find((a) => a.title === 'Add results for Sam')!;
    const card = cardIn(await as(lead).submit(button.data));
    return { code, invitationId: button.data.invitationId, card };
  }

  it('offers the measures that fit the person’s conditions, units in the labels and today as the date', async () => {
    const { card } = await openCard();
    const labels = inputs(card).map((i) => i.label);

    expect(labels).to.include.members([
      'HbA1c (mmol/mol)',
      'Blood pressure, top number (mmHg)',
      'Cholesterol (mmol/L)',
      'Smoking',
    ]);
    expect(labels).to.not.include('Breathing test (FEV1) (%)');
    expect(inputs(card).find((i) => i.id === 'date')?.value).to.equal('2030-03-04');
    expect(Buffer.byteLength(JSON.stringify(card))).to.be.below(28 * 1024);
  });

  it('asks again on the card, keeping what was typed, when a value cannot be right; nothing is saved', async () => {
    const { code, invitationId } = await openCard();
    const again = await as(lead).submit({
      careprep: 'teams.saveResults',
      invitationId,
      date: '2030-03-03',
      'value.hba1c': '900',
      'value.bloodPressure.first': '138',
      'value.bloodPressure.second': '84',
    });
    const card = cardIn(again);

    expect(JSON.stringify(card.body)).to.include('Nothing was saved. The HbA1c needs a look');
    expect(inputs(card).find((i) => i.id === 'value.hba1c')?.value).to.equal('900');
    await new BotClient(running.baseUrl).say(code);
    expect((await onlyRecord(running)).results.items).to.deep.equal([]);
  });

  it("saves results, a target of the person's own and a wish to talk in person, through the same checks as the API", async () => {
    const { code, invitationId } = await openCard();
    const saved = await as(lead).submit({
      careprep: 'teams.saveResults',
      invitationId,
      date: '2030-03-03',
      'value.hba1c': '52',
      'target.hba1c': '48-58',
      'value.bloodPressure.first': '138',
      'value.bloodPressure.second': '84',
      'target.bloodPressure': '150/90',
      'inPerson.bloodPressure': 'true',
      'value.smoking': 'exSmoker',
    });

    expect(allText(saved)).to.include('New results saved for Sam: 3. Sam will see them once they use their code.');
    await new BotClient(running.baseUrl).say(code);
    const results = (await onlyRecord(running)).results;
    expect(results.items.map((r) => r.measure).sort()).to.deep.equal(['bloodPressure', 'hba1c', 'smoking']);
    expect(results.items.every((r) => r.from === 'coordinator')).to.equal(true);
    expect(results.targets.hba1c).to.deep.include({ low: 48, high: 58, setBy: 'coordinator' });
    expect(results.targets.bloodPressure).to.deep.include({ high: 150, highSecond: 90 });
    expect(results.inPerson).to.deep.equal(['bloodPressure']);
  });

  // Today is Monday 4 March 2030. Tests are done before they are sent: a day of the month alone is
  // the last one gone by, and a day still to come is never taken.
  for (const [typed, day] of [
    ['the 20th', '2030-02-20'],
    ['on the 20th', '2030-02-20'],
    ['20th', '2030-02-20'],
    ['the 4th', '2030-03-04'],
  ] as const) {
    it(`reads "${typed}" typed as the date of the tests as ${day}, the last such day gone by`, async () => {
      const { code, invitationId } = await openCard();
      const saved = await as(lead).submit({
        careprep: 'teams.saveResults',
        invitationId,
        date: typed,
        'value.hba1c': '52',
      });

      expect(allText(saved)).to.include('New results saved for Sam: 1.');
      await new BotClient(running.baseUrl).say(code);
      expect((await onlyRecord(running)).results.items.map((r) => r.at.slice(0, 10))).to.deep.equal([day]);
    });
  }

  for (const typed of ['tomorrow', 'next Friday']) {
    it(`does not take "${typed}" as the date of the tests, says why on the card and saves nothing`, async () => {
      const { code, invitationId } = await openCard();
      const again = await as(lead).submit({
        careprep: 'teams.saveResults',
        invitationId,
        date: typed,
        'value.hba1c': '52',
      });
      const card = cardIn(again);

      expect(JSON.stringify(card.body)).to.match(/date of the tests[^"]*future/);
      expect(inputs(card).find((i) => i.id === 'date')?.value).to.equal(typed);
      await new BotClient(running.baseUrl).say(code);
      expect((await onlyRecord(running)).results.items).to.deep.equal([]);
    });
  }

  it('refuses a target it cannot read, and opens no one else’s card', async () => {
    const { invitationId } = await openCard();
    const bad = await as(lead).submit({
      careprep: 'teams.saveResults',
      invitationId,
      date: '2030-03-03',
      'value.hba1c': '52',
      'target.hba1c': 'lower please',
    });
    expect(JSON.stringify(cardIn(bad).body)).to.include('I could not read the target for HbA1c');

    const theirs = await as(other).submit({ careprep: 'teams.addResults', invitationId });
    expect(allText(theirs)).to.not.include('Test results for Sam');
  });
});

describe("Teams: a person's name on the results cards", () => {
  const renderer = createRenderer(loadCatalogue());
  const words: CardWords = (key, data = {}) => renderer.text(key, data, 'teams');
  const invitation = (personName: string): Invitation => ({
    id: 'i1',
    code: 'ABCD2345',
    coordinatorId: 'c1',
    details: { version: 1, personName, conditions: [], leadName: 'Dr Sam Patel' },
    deliveries: 0,
    createdAt: '2030-03-01T09:00:00.000Z',
  });

  for (const name of ["O'Brien_Smith", 'Ann *Lee*', 'J. [Doe]']) {
    it(`shows "${name}" on the "Add results" button exactly as typed (a button's title is plain text)`, () => {
      const card = patientsResultsCard(words, [invitation(name)]).content as Card;
      expect(card.actions.map((action) => action.title)).to.deep.equal([`Add results for ${name}`]);
    });

    it(`shows "${name}" in the results card's title exactly as typed, never as markdown`, () => {
      const card = addResultsCard(words, { invitation: invitation(name), measures: [], today: '2030-03-04' })
        .content as { body: { type: string; text?: string; inlines?: { type: string; text: string }[] }[] };
      const [first] = card.body;
      expect(first.type).to.equal('RichTextBlock');
      expect(first.inlines?.map((run) => run.text)).to.deep.equal(['Test results for ', name]);
      expect(JSON.stringify(card)).to.not.include('\\\\');
    });
  }
});
