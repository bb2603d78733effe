/**
 * A plan counts as being sent to the lead contact (what the person is told "is on its way") only
 * while a send of it can really start: the queue and the lead contact's delivery as the service
 * wires them, over a real sqlite outbox and stores (hazard row on "shared"/"sent" wording, H85).
 */
import { expect } from 'chai';
import { loadConfig } from '../../bot/config';
import { leadContactDeliveries } from '../../bot/deliveryWiring';
import { createLogger } from '../../bot/logger';
import { loadCatalogue } from '../../content/catalogue';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { createRenderer } from '../../content/renderer';
import type { CoordinatorStore } from '../../coordination/coordinatorStore';
import { createInvitation } from '../../coordination/invitations';
import { applyConsent, consentFor } from '../../plan/consentScope';
import { newRecord, type PreparationRecord } from '../../plan/record';
import { SqlCoordinatorStore } from '../../storage/coordinatorStore';
import { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlInvitationStore } from '../../storage/invitationStore';
import { SqlOutbox } from '../../storage/outbox';
import { tempDir } from '../support/tempDb';
import { startFakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';

const catalogue = loadCatalogue();
const plans = createPlanRenderer(catalogue, loadPackLibrary());

describe('A plan said to be on its way to the lead contact', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: Database;
  const now = new Date('2026-11-23T10:00:00Z');
  const clock = (): Date => now;

  beforeEach(async () => {
    tmp = tempDir();
    db = await Database.open(tmp.file());
  });
  afterEach(async () => {
    await db.close();
    tmp.cleanup();
  });

  /** A record shared with the lead contact of a fresh invitation, which it holds. */
  async function sharedRecord(invitations: SqlInvitationStore): Promise<PreparationRecord> {
    const invitation = await createInvitation(
      invitations,
      { coordinatorId: 'aad-lead', leadName: 'Dr Sam Patel', personName: 'Sam', conditions: [] },
      now,
    );
    const record = newRecord('r1', now);
    expect(await invitations.claim(invitation.code, record.id)).to.include({ ok: true });
    record.leadContact = { name: 'Dr Sam Patel', coordinatorId: 'aad-lead', invitationId: invitation.id };
    record.answers['whatMatters.most'] = {
      value: 'my allotment',
      status: 'answered',
      by: 'person',
      at: record.createdAt,
    };
    applyConsent(record, consentFor(record, true, 'person', now.toISOString()));
    return record;
  }

  /**
   * The queue and delivery as wired in the service, and what the person would be told (being
   * sent or not) each time the delivery looked for where to reach the lead contact.
   */
  function wired(): {
    invitations: SqlInvitationStore;
    outbox: SqlOutbox;
    stored: SqlCoordinatorStore;
    seen: boolean[];
    deliveries: ReturnType<typeof leadContactDeliveries>['deliveries'];
  } {
    const invitations = new SqlInvitationStore(db, createSealer(null), clock);
    const outbox = new SqlOutbox(db, createSealer(null), clock);
    const stored = new SqlCoordinatorStore(db, clock);
    const seen: boolean[] = [];
    // Whenever the delivery looks for where to reach them, what the person would be told then.
    const coordinators: CoordinatorStore = {
      save: (id, reference) => stored.save(id, reference),
      get: async (id) => {
        seen.push(await outbox.sendingFor('r1', 'shared'));
        return stored.get(id);
      },
    };
    const { deliveries } = leadContactDeliveries({
      config: loadConfig({}),
      db,
      sealer: createSealer(null),
      clock,
      logger: createLogger('silent'),
      renderer: createRenderer(catalogue),
      plans,
      invitations,
      coordinators,
    });
    return { invitations, outbox, stored, seen, deliveries };
  }

  it('is never counted as being sent while the lead contact has no stored way to reach them', async () => {
    const { invitations, outbox, seen, deliveries } = wired();
    await deliveries.shared(await sharedRecord(invitations), undefined);
    await deliveries.idle();

    expect(seen, 'the delivery looked for them').to.not.have.length(0);
    expect(seen, 'said to be on its way while nothing could reach them').to.not.include(true);
    expect(await outbox.sendingFor('r1', 'shared'), 'after').to.equal(false);
    expect(await db.all('SELECT id FROM outbox'), 'still waiting for them').to.have.length(1);
  });

  it('is counted as being sent while a send to a lead contact who can be reached is under way', async () => {
    const connector = await startFakeTeamsConnector();
    try {
      const { invitations, outbox, stored, seen, deliveries } = wired();
      await stored.save('aad-lead', {
        serviceUrl: connector.serviceUrl,
        conversationId: 'a:chat-lead',
        botId: '28:careprep-bot',
        userId: '29:aad-lead',
      });

      await deliveries.shared(await sharedRecord(invitations), undefined);
      await deliveries.idle();

      expect(seen, 'said to be on its way as it went').to.include(true);
      expect(connector.delivered('a:chat-lead'), 'it reached them').to.have.length(1);
      expect(await outbox.sendingFor('r1', 'shared'), 'after').to.equal(false);
      expect(await db.all('SELECT id FROM outbox'), 'nothing left').to.have.length(0);
    } finally {
      await connector.close();
    }
  });
});
