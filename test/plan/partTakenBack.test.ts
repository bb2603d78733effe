import { expect } from 'chai';
import { applyConsent, consentFor, sharedRecord, sharedVersion } from '../../plan/consentScope';
import { takePartBack } from '../../plan/partTakenBack';
import { newRecord, type PreparationRecord } from '../../plan/record';
import { sharedVersionNow, takenBackSince } from '../../plan/sharedNow';

/**
 * A part of a shared plan taken back (H321): a new version without it, the versions the lead
 * contact may hold kept by the same rule as any re-share (H296), and none of them showing it again.
 */
const day = (n: number): string => new Date(Date.UTC(2026, 1, n, 9)).toISOString();

function sharedAs(record: PreparationRecord, most: string, n: number, held?: number): void {
  record.answers['whatMatters.most'] = { value: most, status: 'answered', by: 'person', at: day(n) };
  record.answers['mood.down'] = { value: true, status: 'answered', by: 'person', at: day(n) };
  applyConsent(record, consentFor(record, true, 'person', day(n)), held);
}

const mood = (record: PreparationRecord | undefined): unknown => record?.answers['mood.down']?.value;
const change = (n: number, heldVersion?: number) => ({ by: 'person' as const, at: day(n), heldVersion });

describe('Taking a part of a shared plan back', () => {
  it('shares a new version without the part, the one before unchanged, and keeps it back from later shares', () => {
    const record = newRecord('r1', new Date(day(1)));
    sharedAs(record, 'My garden', 1);
    record.answers['whatMatters.most'] = { value: 'Not yet shared', status: 'answered', by: 'person', at: day(2) };
    const taken = takePartBack(record, ['mood'], change(3, 1));
    expect(mood(taken?.previous), 'told against the version they hold, as sent').to.equal(true);
    expect(record.shared?.planVersion).to.equal(2);
    expect(record.shared?.consent.excludedSections).to.deep.equal(['mood']);
    const now = sharedRecord(record);
    expect(mood(now)).to.equal(undefined);
    expect(now?.answers['whatMatters.most']?.value, 'nothing unshared goes with it').to.equal('My garden');
    expect(record.keptBack).to.deep.equal(['mood']);
  });

  it('keeps the version the lead contact holds however far behind, as a re-share does (H296)', () => {
    const record = newRecord('r1', new Date(day(1)));
    sharedAs(record, 'Answer 1', 1);
    for (let n = 2; n <= 9; n++) sharedAs(record, `Answer ${n}`, n, 1);
    takePartBack(record, ['mood'], change(10, 1));
    expect(record.sharedEarlier?.map((kept) => kept.planVersion)).to.deep.equal([1, 5, 6, 7, 8, 9]);
    expect(mood(sharedVersion(record, 1)), 'as it was sent').to.equal(true);
    expect(mood(sharedVersionNow(record, 1)), 'as it may be shown now').to.equal(undefined);
    expect(takenBackSince(record, 1)).to.deep.equal(['mood']);
    expect(takenBackSince(record, 10)).to.deep.equal([]);
  });

  it('changes nothing for a part not shared, or a plan taken back', () => {
    const record = newRecord('r1', new Date(day(1)));
    sharedAs(record, 'My garden', 1);
    takePartBack(record, ['mood'], change(2));
    const before = structuredClone(record);
    expect(takePartBack(record, ['mood'], change(3))).to.equal(undefined);
    record.status = 'withdrawn';
    expect(takePartBack(record, ['goals'], change(4))).to.equal(undefined);
    expect({ ...record, status: before.status }).to.deep.equal(before);
  });
});
