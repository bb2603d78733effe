/**
 * What the lead contact is told of a carer's doing is told as the carer's: a carer (Ann, Jean's
 * daughter) changed the plan and sent it again, or took it back; the update card and the note once
 * said "Jean changed their plan" and "Jean has taken back their plan", as if Jean had done it.
 */
import { expect } from 'chai';
import { leadContactCards } from '../../channels/teams/leadContactCards';
import { loadCatalogue } from '../../content/catalogue';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { createRenderer } from '../../content/renderer';
import { planChanges } from '../../coordination/planChanges';
import { PlanDeliveryQueue } from '../../coordination/planDeliveryQueue';
import { silentLogger } from '../../bot/logger';
import { compileDraftPlan, type PlanLabels } from '../../plan/draftPlan';
import { newRecord, type PreparationRecord } from '../../plan/record';
import { storedRecordSchema } from '../../plan/recordMigration';
import { answeredBy } from '../../plan/recordView';
import { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlOutbox } from '../../storage/outbox';
import { z } from 'zod';
import { tempDir } from '../support/tempDb';

const catalogue = loadCatalogue();
const plans = createPlanRenderer(catalogue, loadPackLibrary());
const cards = leadContactCards(createRenderer(catalogue));
const labels: PlanLabels = { condition: (id) => id, topic: (id) => id, option: (_, id) => id };
const at = '2026-12-01T10:00:00.000Z';

function record(by: 'person' | 'carer', answers: Record<string, string | number>): PreparationRecord {
  const r = newRecord('r1', new Date(at));
  const who = by === 'carer' ? { 'respondent.type': 'carer', 'respondent.name': 'Ann' } : {};
  for (const [key, value] of Object.entries({ ...who, ...answers }))
    r.answers[key] = { value, status: 'answered', by, at };
  return r;
}

/** The title of the update card the lead contact gets after `before` was changed to `after`. */
function updateTitle(before: PreparationRecord, after: PreparationRecord): string {
  const plan = compileDraftPlan(after, labels, 'shared');
  const changes = planChanges(compileDraftPlan(before, labels, 'shared'), plan);
  const activity = cards.shared({ plan, view: plans.view(plan), personName: 'Jean', invitationId: 'i1', changes });
  const content = activity.attachments?.[0]?.content as { body: { text?: string; inlines?: { text: string }[] }[] };
  const first = content.body[0];
  return first.text ?? (first.inlines ?? []).map((run) => run.text).join('');
}

/**
 * The note the lead contact gets when the plan is taken back, from what the delivery queue keeps
 * of it (over a real sqlite outbox), told as the delivery tells it.
 */
async function takenBackNote(r: PreparationRecord): Promise<string> {
  const tmp = tempDir();
  const db = await Database.open(tmp.file());
  try {
    const queue = new PlanDeliveryQueue({
      outbox: new SqlOutbox(db, createSealer(null)),
      deliver: { shared: () => Promise.resolve(), withdrawn: () => Promise.resolve() },
      logger: silentLogger,
      clock: () => new Date(at),
    });
    const entry = queue.withdrawnEntry({ ...r, status: 'withdrawn' });
    const kept = z.object({ record: storedRecordSchema }).parse(JSON.parse(entry.payload));
    expect(JSON.stringify(kept.record.answers), 'none of the answers kept').not.to.include('Walk to the shop');
    return String(cards.withdrawn({ personName: 'Jean', byCarer: answeredBy(kept.record) === 'carer' }).text);
  } finally {
    await db.close();
    tmp.cleanup();
  }
}

describe("What the lead contact is told of a carer's changes", () => {
  const goal = { 'subject.name': 'Jean', 'goal.1.text': 'Walk to the shop', 'goal.1.importance': 8 };
  const changed = { ...goal, 'goal.1.text': 'Walk to the shop and back' };

  it('says a plan the person changed was changed by them', () => {
    expect(updateTitle(record('person', goal), record('person', changed))).to.equal('Jean changed their plan');
  });

  it('says a plan a carer changed was changed by the carer, by the name they gave', () => {
    const title = updateTitle(record('carer', goal), record('carer', changed));
    expect(title).to.include('Ann').and.include('carer').and.not.equal('Jean changed their plan');
  });

  it('says a plan the person took back was taken back by them', async () => {
    expect(await takenBackNote(record('person', goal))).to.equal(
      'Jean has taken back their plan. Please do not use the copy you had.',
    );
  });

  it("says a plan a carer took back was taken back by the carer, keeping none of the plan's answers", async () => {
    const note = await takenBackNote(record('carer', goal));
    expect(note).to.include('carer').and.include('Please do not use the copy you had.');
    expect(note).not.to.match(/^Jean has taken back their plan/);
  });
});
