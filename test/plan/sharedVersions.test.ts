import { expect } from 'chai';
import { applyConsent, consentFor, sharedRecord, sharedVersion } from '../../plan/consentScope';
import { newRecord, type PreparationRecord } from '../../plan/record';

/**
 * The versions of a plan a lead contact may hold (H261): a re-share keeps the version it replaced,
 * the last few only, so "Open full plan" can show the one that reached them while a newer one
 * waits; none from before the plan was taken back, and none once it is.
 */
const day = (n: number): string => new Date(Date.UTC(2026, 1, n, 9)).toISOString();

function answered(record: PreparationRecord, most: string, n: number): void {
  record.answers['whatMatters.most'] = { value: most, status: 'answered', by: 'person', at: day(n) };
}

/** Sam answers `most` and shares the plan on day `n`; `held`: the version last delivered to the lead contact. */
function sharedAs(record: PreparationRecord, most: string, n: number, held?: number): void {
  answered(record, most, n);
  applyConsent(record, consentFor(record, true, 'person', day(n)), held);
}

const most = (record: PreparationRecord | undefined): unknown => record?.answers['whatMatters.most']?.value;

describe('Plan versions kept for the lead contact who holds an older one', () => {
  it('keeps the version a re-share replaced, as it was shared', () => {
    const record = newRecord('r1', new Date(day(1)));
    sharedAs(record, 'My garden', 1);
    sharedAs(record, 'My grandchildren', 2);
    expect(record.shared?.planVersion).to.equal(2);
    expect(most(sharedVersion(record, 1))).to.equal('My garden');
    expect(most(sharedVersion(record, 2))).to.equal('My grandchildren');
    expect(sharedVersion(record, 1)?.planVersion).to.equal(1);
    expect(sharedRecord(record)?.sharedEarlier, 'what recipients see carries no other version').to.equal(undefined);
  });

  it('keeps the last five earlier versions only', () => {
    const record = newRecord('r1', new Date(day(1)));
    for (let n = 1; n <= 7; n++) sharedAs(record, `Answer ${n}`, n);
    expect(record.sharedEarlier?.map((kept) => kept.planVersion)).to.deep.equal([2, 3, 4, 5, 6]);
    expect(sharedVersion(record, 1)).to.equal(undefined);
    expect(most(sharedVersion(record, 2))).to.equal('Answer 2');
  });

  it('gives no version of a plan taken back', () => {
    const record = newRecord('r1', new Date(day(1)));
    sharedAs(record, 'My garden', 1);
    sharedAs(record, 'My grandchildren', 2);
    record.status = 'withdrawn';
    expect(sharedVersion(record, 1)).to.equal(undefined);
    expect(sharedVersion(record, 2)).to.equal(undefined);
  });

  it('keeps nothing from before the plan was taken back when it is shared again', () => {
    const record = newRecord('r1', new Date(day(1)));
    sharedAs(record, 'My garden', 1);
    sharedAs(record, 'My grandchildren', 2);
    record.status = 'withdrawn';
    sharedAs(record, 'My dog', 3);
    expect(record.shared?.planVersion).to.equal(3);
    expect(sharedVersion(record, 1)).to.equal(undefined);
    expect(sharedVersion(record, 2)).to.equal(undefined);
    expect(record.sharedEarlier).to.equal(undefined);
  });

  it('shares a plan taken back again as a new version, even unchanged, keeping none from before (H284)', () => {
    const record = newRecord('r1', new Date(day(1)));
    sharedAs(record, 'My garden', 1);
    record.status = 'withdrawn';
    const previous = applyConsent(record, consentFor(record, true, 'person', day(2)));
    expect(previous, 'nothing of theirs to tell changes against').to.equal(undefined);
    expect(record.shared?.planVersion).to.equal(2);
    expect(record.consents.at(-1)?.planVersion).to.equal(2);
    expect(sharedVersion(record, 1), 'the version taken back').to.equal(undefined);
    expect(most(sharedVersion(record, 2))).to.equal('My garden');
  });

  it('keeps no version twice when the same plan is shared again unchanged', () => {
    const record = newRecord('r1', new Date(day(1)));
    sharedAs(record, 'My garden', 1);
    sharedAs(record, 'My grandchildren', 2);
    sharedAs(record, 'My grandchildren', 3);
    expect(record.shared?.planVersion).to.equal(2);
    expect(record.sharedEarlier?.map((kept) => kept.planVersion)).to.deep.equal([1]);
  });

  it('keeps the version the lead contact holds however far behind, and the last five shared after it', () => {
    const record = newRecord('r1', new Date(day(1)));
    sharedAs(record, 'Answer 1', 1);
    for (let n = 2; n <= 9; n++) sharedAs(record, `Answer ${n}`, n, 1);
    expect(record.sharedEarlier?.map((kept) => kept.planVersion)).to.deep.equal([1, 4, 5, 6, 7, 8]);
    expect(most(sharedVersion(record, 1)), 'theirs, eight versions behind').to.equal('Answer 1');
  });

  it('keeps none older than the version delivered to the lead contact', () => {
    const record = newRecord('r1', new Date(day(1)));
    for (let n = 1; n <= 3; n++) sharedAs(record, `Answer ${n}`, n);
    sharedAs(record, 'Answer 4', 4, 3);
    expect(record.sharedEarlier?.map((kept) => kept.planVersion)).to.deep.equal([3]);
    sharedAs(record, 'Answer 5', 5, 5);
    expect(record.sharedEarlier, 'they hold the newest: nothing earlier is kept').to.equal(undefined);
  });
});
