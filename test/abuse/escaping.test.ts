import { expect } from 'chai';
import type { CardWords } from '../../channels/teams/coordinatorCards';
import { planCard } from '../../channels/teams/planCard';
import { loadCatalogue } from '../../content/catalogue';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { createRenderer } from '../../content/renderer';
import { compileDraftPlan, type PlanLabels } from '../../plan/draftPlan';
import { newRecord, type PreparationRecord } from '../../plan/record';
import { allText, BotClient } from '../support/botClient';
import { startApp } from '../support/startApp';
import { unpackBody } from '../../storage/bodyPacking';

const phishing = '[Urgent: re-enter your NHS login](https://evil.example/login)';
const reversed = 'Sam\u202Egpj.exe';
const linkSyntax = /\]\((https?:)?\/\//;
const bidi = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const at = '2025-03-03T10:00:00.000Z';
const catalogue = loadCatalogue();
const renderer = createRenderer(catalogue);
const plans = createPlanRenderer(catalogue, loadPackLibrary());
const labels: PlanLabels = { condition: (id) => id, topic: (id) => id, option: (_, id) => id };

/** A record whose every free-text answer is an attack. */
function hostileRecord(): PreparationRecord {
  const r = newRecord('r1', new Date(at));
  const answers: Record<string, string | number | string[]> = {
    'subject.name': reversed,
    'whatMatters.most': phishing,
    'goal.1.text': `${phishing} \u202Eevil`,
    'goal.1.importance': 8,
    'goal.1.confidence': 6,
    'topics.own': phishing,
    'topics.selected': ['pain'],
    'topics.top': ['pain'],
  };
  for (const [key, value] of Object.entries(answers)) r.answers[key] = { value, status: 'answered', by: 'person', at };
  return r;
}

/** Every object of a card whose `type` is `type`. */
function elements(node: unknown, type: string): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap((item) => elements(item, type));
  if (!node || typeof node !== 'object') return [];
  const found = (node as Record<string, unknown>).type === type ? [node as Record<string, unknown>] : [];
  return [...found, ...Object.values(node).flatMap((value) => elements(value, type))];
}

describe("Abuse: a person's own words on every surface", () => {
  it("never lets the person's words make a link or run backwards on the coordinator's card", () => {
    const words: CardWords = (key, data = {}) => renderer.text(key, data, 'teams');
    const plan = compileDraftPlan(hostileRecord(), labels, 'shared');
    const card = planCard(words, {
      plan,
      view: plans.view(plan),
      personName: reversed,
      invitationId: 'i1',
    });
    for (const block of elements(card.content, 'TextBlock')) expect(String(block.text)).to.not.match(linkSyntax);
    expect(JSON.stringify(card.content)).to.not.match(bidi);
    const runs = elements(card.content, 'TextRun').map((run) => run.text);
    expect(runs).to.include(phishing);
  });

  it('escapes the plan in chat markdown so a link stays text, and strips bidi controls', () => {
    const plan = compileDraftPlan(hostileRecord(), labels, 'own');
    for (const family of ['webchat', 'teams'] as const) {
      const text = plans.chat(plan, family);
      expect(text, family).to.not.match(linkSyntax);
      expect(text, family).to.contain('\\[Urgent: re-enter your NHS login]\\(https://evil.example/login)');
      expect(text, family).to.not.match(bidi);
    }
    expect(plans.chat(plan, 'sms')).to.not.match(bidi);
  });

  it('strips bidi controls from the printable page, and escapes its HTML', () => {
    const r = hostileRecord();
    r.answers['goal.1.text'] = { value: '<script>x()</script>\u202Eevil', status: 'answered', by: 'person', at };
    const html = plans.html(compileDraftPlan(r, labels, 'own'), { title: 'Plan' });
    expect(html).to.not.match(bidi);
    expect(html).to.not.contain('<script>x()');
  });

  it('never stores or echoes a bidi control typed in a name, on Web Chat or SMS', async () => {
    const running = await startApp();
    try {
      for (const channelId of ['webchat', 'sms']) {
        const client = new BotClient(running.baseUrl, { channelId });
        await client.say('hello');
        await client.say('I am helping someone else');
        const reply = await client.say(`${reversed} ${phishing}`);
        const text = allText(reply);
        expect(text, channelId).to.contain('Sam');
        expect(text, channelId).to.not.match(bidi);
        // SMS is plain text: nothing there renders markdown, so only chat needs the link escaped.
        if (channelId === 'webchat') expect(text, channelId).to.not.match(linkSyntax);
      }
      const rows = await running.app.db.all('SELECT body FROM records');
      const bodies = rows.map((row) => unpackBody(String(row.body)));
      for (const body of bodies) expect(body).to.not.match(bidi);
      expect(bodies.join('')).to.contain('gpj.exe');
    } finally {
      await running.stop();
    }
  });

  it('tells every cache not to keep the plans list', async () => {
    const running = await startApp({ env: { CAREPREP_API_KEYS: 'abuse-test-key-0123' } });
    try {
      const response = await fetch(`${running.baseUrl}/api/plans`, {
        headers: { authorization: 'Bearer abuse-test-key-0123' },
      });
      expect(response.status).to.equal(200);
      expect(response.headers.get('cache-control')).to.equal('no-store');
    } finally {
      await running.stop();
    }
  });
});
