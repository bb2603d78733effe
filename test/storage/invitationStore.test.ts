import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { createInvitation } from '../../coordination/invitations';
import { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlInvitationStore } from '../../storage/invitationStore';
import { type Invitation, type InvitationStore } from '../../coordination/invitationStore';
import { tempDir } from '../support/tempDb';

describe('Invitation store: codes are unique', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: Database;
  let store: SqlInvitationStore;

  beforeEach(async () => {
    tmp = tempDir();
    db = await Database.open(tmp.file());
    store = new SqlInvitationStore(db, createSealer(null));
  });
  afterEach(async () => {
    await db.close();
    tmp.cleanup();
  });

  const invitation = (code: string): Omit<Invitation, 'deliveries' | 'recordId'> => ({
    id: randomUUID(),
    code,
    coordinatorId: 'aad-1',
    details: { version: 1, personName: 'Sam', conditions: [], leadName: 'Dr Lee' },
    createdAt: '2026-03-02T09:00:00.000Z',
  });

  it('says a code is taken rather than store a second invitation with it', async () => {
    expect(await store.create(invitation('ABCD2345'))).to.equal('created');
    expect(await store.create(invitation('ABCD2345'))).to.equal('code_taken');
    expect((await store.page({ limit: 10 })).map((stored) => stored.code)).to.deep.equal(['ABCD2345']);
  });

  it('gives a new invitation a code no other invitation has, trying again on a clash', async () => {
    const taken = new Set<string>();
    const clashing: Pick<InvitationStore, 'create'> = {
      create: async (candidate: Omit<Invitation, 'deliveries' | 'recordId'>) => {
        // The first code drawn is taken, as if another invitation had it already.
        if (taken.size === 0) {
          taken.add(candidate.code);
          return 'code_taken';
        }
        return store.create(candidate);
      },
    };
    const made = await createInvitation(
      clashing,
      { coordinatorId: 'aad-1', leadName: 'Dr Lee', personName: 'Sam', conditions: [] },
      new Date('2026-03-02T09:00:00Z'),
    );
    expect(taken.has(made.code)).to.equal(false);
    expect((await store.byCode(made.code))?.id).to.equal(made.id);
  });

  it('still fails on a storage error that is not a clash of codes', async () => {
    await store.create(invitation('ABCD2345'));
    const first = (await store.page({ limit: 1 }))[0];
    const failed = await store.create({ ...invitation('ABCD2346'), id: first.id }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failed).to.be.instanceOf(Error);
  });
});
