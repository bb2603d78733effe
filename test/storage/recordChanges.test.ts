import { expect } from 'chai';
import { newRecord, type PreparationRecord } from '../../plan/record';
import { copyJson, sameJson, validateChanges } from '../../storage/recordChanges';

describe('Record writes validate what changed', () => {
  const at = '2026-11-01T10:00:00.000Z';
  const base = (): PreparationRecord => {
    const record = newRecord('record-1', new Date(at));
    record.answers['subject.name'] = { value: 'Sam', status: 'answered', by: 'person', at };
    return record;
  };
  const changed = (change: (draft: PreparationRecord) => void): PreparationRecord => {
    const draft = structuredClone(base());
    change(draft);
    return draft;
  };
  const refused = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('gives back the changed record itself, not a copy, when the change is valid', () => {
    const next = changed((draft) => {
      draft.answers.conditions = { value: ['diabetes'], status: 'answered', by: 'person', at };
      draft.progress.current = 'whatMatters.most';
    });

    expect(validateChanges(base(), next)).to.equal(next);
  });

  it('refuses a changed answer that is not valid, as a whole-record parse would', () => {
    const next = changed((draft) => {
      draft.answers.conditions = { value: ['diabetes'], status: 'maybe', by: 'person', at } as never;
    });

    expect(refused(() => validateChanges(base(), next))).to.have.property('name', 'ZodError');
  });

  it('refuses an invalid change anywhere else in the record', () => {
    const next = changed((draft) => {
      draft.progress.lastActiveAt = 'yesterday';
    });

    expect(refused(() => validateChanges(base(), next))).to.have.property('name', 'ZodError');
    expect(
      refused(() =>
        validateChanges(
          base(),
          changed((draft) => void (draft.status = 'lost' as never)),
        ),
      ),
    ).to.not.equal(undefined);
  });

  it('drops a field the record does not have, as parse does, returning the parsed copy', () => {
    const next = changed((draft) => Object.assign(draft, { stray: 'x' }));

    const valid = validateChanges(base(), next);
    expect(valid).to.not.equal(next);
    expect(valid).to.not.have.property('stray');
  });

  it('drops a field an answer does not have, as parse does, returning the parsed copy', () => {
    const next = changed((draft) => {
      draft.answers.conditions = { value: ['diabetes'], status: 'answered', by: 'person', at, stray: 'x' } as never;
    });

    const valid = validateChanges(base(), next);
    expect(valid).to.not.equal(next);
    expect(valid.answers.conditions).to.deep.equal({ value: ['diabetes'], status: 'answered', by: 'person', at });
  });

  it('gives back the record itself when an answer is taken out or set to undefined', () => {
    const removed = changed((draft) => delete draft.answers['subject.name']);
    const undefinedAnswer = changed((draft) => void (draft.answers['other'] = undefined as never));

    expect(validateChanges(base(), removed)).to.equal(removed);
    expect(validateChanges(base(), undefinedAnswer)).to.equal(undefinedAnswer);
  });

  it('sends answers held in an object of another kind through parse only when they changed', () => {
    const unchanged = changed((draft) => {
      draft.answers = Object.assign(Object.create(null) as PreparationRecord['answers'], draft.answers);
    });
    const added = changed((draft) => {
      draft.answers = Object.assign(Object.create(null) as PreparationRecord['answers'], draft.answers, {
        conditions: { value: ['diabetes'], status: 'answered', by: 'person', at },
      });
    });

    expect(validateChanges(base(), unchanged)).to.equal(unchanged);
    const parsed = validateChanges(base(), added);
    expect(parsed).to.not.equal(added);
    expect(Object.getPrototypeOf(parsed.answers)).to.equal(Object.prototype);
    expect(parsed.answers.conditions).to.deep.equal({ value: ['diabetes'], status: 'answered', by: 'person', at });
  });

  it('counts a property set to undefined as absent, as JSON does', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).to.equal(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).to.equal(true);
    expect(sameJson({ a: [1, { c: 2 }] }, { a: [1, { c: 3 }] })).to.equal(false);
    expect(sameJson([1], { 0: 1 })).to.equal(false);
  });

  it('copies a record deeply, sharing nothing with the original', () => {
    const record = base();
    const copy = copyJson(record);

    expect(copy).to.deep.equal(record);
    copy.answers['subject.name'].value = 'Jean';
    copy.progress.trail.push('x');
    expect(record.answers['subject.name'].value).to.equal('Sam');
    expect(record.progress.trail).to.deep.equal([]);
  });
});
