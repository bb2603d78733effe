import { expect } from 'chai';
import type { CardWords } from '../../channels/teams/coordinatorCards';
import { planCard } from '../../channels/teams/planCard';
import { loadCatalogue } from '../../content/catalogue';
import { toGsm7 } from '../../content/gsm7';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { createRenderer } from '../../content/renderer';
import { applyConsent, consentFor, sharedRecord } from '../../plan/consentScope';
import { compileDraftPlan } from '../../plan/draftPlan';
import { toFhirBundle } from '../../plan/fhir/bundle';
import { lineText, type PlanView } from '../../plan/planView';
import { newRecord, type AnswerValue, type PreparationRecord } from '../../plan/record';
import { bundleOptions } from './fhirFixtures';

const catalogue = loadCatalogue();
const renderer = createRenderer(catalogue);
const plans = createPlanRenderer(catalogue, loadPackLibrary());
const cardWords: CardWords = (key, data = {}) => renderer.text(key, data, 'teams');
const at = '2026-02-02T09:00:00.000Z';

/** Ann's own part: how she is coping, what would help (picked and in her words), and that Ron cannot say. */
const carerPart: Record<string, AnswerValue> = {
  'carer.coping': 'Tired but managing',
  'carer.help': ['assessment', 'break', 'other'],
  'carer.help.other': 'help with forms',
  'carer.personAgrees': 'unable',
};

/** Ann answers for her father Ron: every section has something in it, and mood is kept back. */
function fullRecord(carer: Record<string, AnswerValue> = carerPart): PreparationRecord {
  const record = newRecord('r1', new Date(at));
  const answers: Record<string, AnswerValue> = {
    'respondent.type': 'carer',
    'subject.name': 'Ron',
    'respondent.name': 'Ann',
    'respondent.relationship': 'daughter',
    'respondent.personAgrees': false,
    conditions: ['heart', 'dementia', 'stroke'],
    'stroke.seesTeam': true,
    'whatMatters.most': 'Staying at home with his dog',
    'whatMatters.hard': 'Getting up the stairs',
    'goal.1.text': 'Walk to the corner',
    'goal.1.importance': 8,
    'goal.1.action': 'Walk after lunch on dry days',
    'goal.1.confidence': 5,
    'topics.selected': ['pain', 'sleep'],
    'topics.top': ['sleep'],
    'mood.down': true,
    'mood.interest': false,
    'mood.wantsHelp': true,
    'mood.share': false,
    ...carer,
  };
  for (const [key, value] of Object.entries(answers))
    record.answers[key] = { value, status: 'answered', by: 'carer', at };
  record.carerViews.whatMatters = { text: 'He worries more than he says', at };
  record.flags.push({ kind: 'moodScreenPositive', detail: 'whooley', at, by: 'carer' });
  record.flags.push({ kind: 'crisis', detail: 'selfHarm', via: 'checkIn', at, by: 'carer' });
  record.leadContact = { name: 'Dr Patel', coordinatorId: 'c1', invitationId: 'i1', appointmentAt: '2026-02-12T14:00' };
  return record;
}

/** The record as the lead contact got it: shared, then read back as the export and the card read it. */
function asShared(): PreparationRecord {
  const record = fullRecord();
  applyConsent(record, consentFor(record, true, 'carer', '2026-02-02T10:00:00.000Z'));
  const shared = sharedRecord(record);
  if (!shared) throw new Error('not shared');
  return shared;
}

/** The text of an XHTML narrative or a page, tags out and character references read back. */
function narrativeText(xhtml: string): string {
  return xhtml.replace(/<[^>]+>/g, '\n').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/** Every heading and line of a view, as plain text: what each surface must show. */
function everything(view: PlanView): string[] {
  return view.sections.flatMap((section) => [
    section.heading,
    ...section.lines.flatMap((line) => [lineText(line), ...(line.items ?? []).map((item) => lineText(item))]),
  ]);
}

/** An HTML page's text: tags out, the entities Handlebars writes read back. */
function pageText(html: string): string {
  const entities: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    '#x27': "'",
    '#x3D': '=',
    '#x60': '`',
  };
  return html
    .replace(/<[^>]+>/g, '\n')
    .replace(/&(amp|lt|gt|quot|#x27|#x3D|#x60);/g, (_, name: string) => entities[name]);
}

/** Every line of text on a card: each TextBlock, and each RichTextBlock's runs joined. */
function cardLines(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(cardLines);
  if (!node || typeof node !== 'object') return [];
  const element = node as Record<string, unknown>;
  const own =
    element.type === 'TextBlock'
      ? [String(element.text)]
      : element.type === 'RichTextBlock'
        ? [(element.inlines as { text: string }[]).map((run) => run.text).join('')]
        : [];
  return [...own, ...Object.values(element).flatMap(cardLines)];
}

describe('One plan on every surface', () => {
  it('shows on the printable page what the chat shows: carer support, mood not shared, has not said they agree', () => {
    // A record from before the carer's own part, when a carer was asked one yes or no about support.
    const plan = compileDraftPlan(fullRecord({ 'carer.support': true }), plans.labels, 'own');
    const page = pageText(plans.html(plan, { title: 'My plan' }));
    const chat = plans.chat(plan, 'webchat');

    for (const words of ['The carer would like support for themselves', 'Only in my own copy', 'not said they agree']) {
      expect(chat, `chat: ${words}`).to.include(words);
      expect(page, `page: ${words}`).to.include(words);
    }
  });

  describe("the person's own copy", () => {
    const view = plans.view(compileDraftPlan(fullRecord(), plans.labels, 'own'));
    const plan = compileDraftPlan(fullRecord(), plans.labels, 'own');
    const surfaces: [string, string, (line: string) => string][] = [
      ['the chat on Web Chat', plans.chat(plan, 'webchat'), (line) => line],
      ['the chat in Teams', plans.chat(plan, 'teams'), (line) => line],
      ['the SMS copy', plans.chat(plan, 'sms'), toGsm7],
      ['the printable page', pageText(plans.html(plan, { title: 'My plan' })), (line) => line],
    ];

    it('has every section, with the carer, flags and mood among them', () => {
      expect(view.sections.map((section) => section.id)).to.include.members(['flags', 'aboutMe', 'mood', 'carer']);
      expect(everything(view)).to.include.members([
        'Sees a stroke nurse, therapist or stroke team now: yes',
        'How the carer is coping: Tired but managing',
        "What would help the carer: A carer's assessment, A break from caring; help with forms",
        'Does Ron agree with these answers? They are not able to say',
      ]);
    });

    for (const [name, shown, as] of surfaces) {
      it(`shows every heading and line of the view on ${name}`, () => {
        const missing = everything(view).filter((line) => !shown.includes(as(line)));
        expect(missing, name).to.deep.equal([]);
      });
    }
  });

  describe('the copy the lead contact gets', () => {
    const plan = compileDraftPlan(asShared(), plans.labels, 'shared');
    const view = plans.view(plan);

    it('leaves out only what was kept back', () => {
      expect(view.sections.map((section) => section.id)).to.not.include('mood');
      expect(view.sections.map((section) => section.id)).to.include.members([
        'flags',
        'aboutMe',
        'carer',
        'contacts',
        'review',
        'sharing',
      ]);
    });

    it('shows every heading and line of the view in the FHIR document', () => {
      const bundle = toFhirBundle(asShared(), bundleOptions());
      const sections = bundle.entry[0].resource.section as { title: string; text: { div: string } }[];
      const shown = sections.flatMap((section) => [section.title, ...narrativeText(section.text.div).split('\n')]);

      const missing = everything(view).filter((line) => !shown.includes(line));
      expect(missing).to.deep.equal([]);
    });

    it("shows every heading and line of the view on the coordinator's Teams card", () => {
      const card = planCard(cardWords, { plan, view, personName: 'Ron', invitationId: 'i1' });
      const shown = cardLines(card.content);

      const missing = everything(view).filter((line) => !shown.includes(line));
      expect(missing).to.deep.equal([]);
    });
  });
});
