import { expect } from 'chai';
import { applyConsent, consentFor, sharedRecord } from '../../plan/consentScope';
import { partsTakenBack, sharePartAgain } from '../../plan/partSharedAgain';
import { takePartBack } from '../../plan/partTakenBack';
import { newRecord, type Consent, type PreparationRecord } from '../../plan/record';
import { keepsBackMore } from '../../plan/sharedReplacing';

/**
 * A part taken back shared again (truth 29, item 2): a new version holding it as the person's own
 * plan has it now, nothing else of theirs unshared, no longer kept back; and a share keeping back a
 * part the one before showed replaces what is queued (item 3).
 */
const day = (n: number): string => new Date(Date.UTC(2026, 1, n, 9)).toISOString();
const change = (n: number) => ({ by: 'person' as const, at: day(n), heldVersion: 1 });

function sharedThenTakenBack(): PreparationRecord {
  const record = newRecord('r1', new Date(day(1)));
  record.answers['whatMatters.most'] = { value: 'My garden', status: 'answered', by: 'person', at: day(1) };
  record.answers['mood.down'] = { value: true, status: 'answered', by: 'person', at: day(1) };
  applyConsent(record, consentFor(record, true, 'person', day(1)));
  takePartBack(record, ['mood'], change(2));
  return record;
}

describe('Sharing a part taken back again', () => {
  it('shares a new version with the part as it is now, nothing else unshared, and keeps it back no longer', () => {
    const record = sharedThenTakenBack();
    record.answers['mood.down'] = { value: false, status: 'answered', by: 'person', at: day(3) };
    record.answers['whatMatters.most'] = { value: 'Not yet shared', status: 'answered', by: 'person', at: day(3) };
    const shared = sharePartAgain(record, ['mood'], change(4));
    expect(sharedRecord(shared!.previous!)?.answers['mood.down'], 'told against the version without it').to.equal(
      undefined,
    );
    expect(record.shared?.planVersion).to.equal(3);
    expect(record.shared?.consent.excludedSections).to.deep.equal([]);
    const now = sharedRecord(record);
    expect(now?.answers['mood.down']?.value, 'as in their own plan now').to.equal(false);
    expect(now?.answers['whatMatters.most']?.value, 'nothing unshared goes with it').to.equal('My garden');
    expect(record.keptBack ?? []).to.deep.equal([]);
  });

  it('changes nothing for a part still shared, or a plan taken back', () => {
    const record = sharedThenTakenBack();
    expect(partsTakenBack(record, ['goals'])).to.deep.equal([]);
    const before = structuredClone(record);
    expect(sharePartAgain(record, ['goals'], change(3))).to.equal(undefined);
    record.status = 'withdrawn';
    expect(sharePartAgain(record, ['mood'], change(4))).to.equal(undefined);
    expect({ ...record, status: before.status }).to.deep.equal(before);
  });
});

describe('A share replacing what is queued', () => {
  const consent = (excludedSections: string[]): Consent => ({
    at: day(1),
    planVersion: 1,
    decision: 'share',
    by: 'person',
    recipients: [],
    excludedSections,
  });

  it('replaces only when the new consent keeps back a part the one before showed', () => {
    expect(keepsBackMore(consent([]), consent(['mood']))).to.equal(true);
    expect(keepsBackMore(consent(['mood']), consent(['mood']))).to.equal(false);
    expect(keepsBackMore(consent(['mood']), consent([]))).to.equal(false);
    expect(keepsBackMore(undefined, consent(['mood'])), 'nothing shared before').to.equal(false);
  });
});
