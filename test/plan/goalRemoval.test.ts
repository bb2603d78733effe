import { expect } from 'chai';
import { takeGoalOut } from '../../plan/goalRemoval';
import { newRecord, type PreparationRecord } from '../../plan/record';

const at = '2025-03-03T10:00:00.000Z';

/** A record with `goals` (their words), each with every follow-up, chained by `another`. */
function withGoals(goals: readonly string[], lastAnother?: boolean): PreparationRecord {
  const r = newRecord('r1', new Date(at));
  const put = (key: string, value: string | number | boolean): void => {
    r.answers[key] = { value, status: 'answered', by: 'person', at };
  };
  goals.forEach((words, i) => {
    const n = i + 1;
    put(`goal.${n}.text`, words);
    put(`goal.${n}.importance`, n + 5);
    put(`goal.${n}.action`, `${words}, daily`);
    put(`goal.${n}.confidence`, 4);
    put(`goal.${n}.moreLikely`, `help with ${words}`);
    if (n < 3 && (n < goals.length || lastAnother !== undefined))
      put(`goal.${n}.another`, n < goals.length || !!lastAnother);
  });
  r.progress.trail = Object.keys(r.answers);
  return r;
}

const value = (r: PreparationRecord, key: string): unknown => r.answers[key]?.value;

describe('Taking a goal out of the record', () => {
  it('moves every part of the goals after it down one, and leaves nothing of the last number', () => {
    const r = withGoals(['walk', 'sleep', 'cook']);
    takeGoalOut(r, 2, 3, at);
    expect(value(r, 'goal.1.text')).to.equal('walk');
    expect(value(r, 'goal.2.text')).to.equal('cook');
    expect(value(r, 'goal.2.importance')).to.equal(8);
    expect(value(r, 'goal.2.action')).to.equal('cook, daily');
    expect(value(r, 'goal.2.moreLikely')).to.equal('help with cook');
    expect(Object.keys(r.answers).filter((k) => k.startsWith('goal.3.'))).to.deep.equal([]);
    expect(JSON.stringify(r.answers)).to.not.include('sleep');
  });

  it('ends the chain at the new last goal, as it ended at the old one (three goals: no "another" was asked)', () => {
    const r = withGoals(['walk', 'sleep', 'cook']);
    takeGoalOut(r, 1, 3, at);
    expect(value(r, 'goal.1.another')).to.equal(true);
    expect(value(r, 'goal.2.another')).to.equal(false);
  });

  it('keeps the chain as it was at the end when the goals were two (no more, or still to be asked)', () => {
    const done = withGoals(['walk', 'sleep'], false);
    takeGoalOut(done, 1, 3, at);
    expect(value(done, 'goal.1.text')).to.equal('sleep');
    expect(value(done, 'goal.1.another')).to.equal(false);
    const going = withGoals(['walk', 'sleep']);
    takeGoalOut(going, 1, 3, at);
    expect(going.answers['goal.1.another']).to.equal(undefined);
    // A yes to another goal, not given yet: still to be given, now as goal 2.
    const adding = withGoals(['walk', 'sleep'], true);
    takeGoalOut(adding, 1, 3, at);
    expect(value(adding, 'goal.1.another')).to.equal(true);
  });

  it('a yes to another goal at the goal taken out, the last given, stands at the goal before it', () => {
    // Two goals and a yes to a third not given yet: that goal is still to be asked, now as goal 2.
    const r = withGoals(['walk', 'sleep'], true);
    takeGoalOut(r, 2, 3, at);
    expect(value(r, 'goal.1.another')).to.equal(true);
    expect(Object.keys(r.answers).filter((k) => k.startsWith('goal.2.'))).to.deep.equal([]);
  });

  it('taking out the last goal given says no more goals at the one before it', () => {
    const r = withGoals(['walk', 'sleep'], false);
    takeGoalOut(r, 2, 3, at);
    expect(value(r, 'goal.1.another')).to.equal(false);
    expect(Object.keys(r.answers).filter((k) => k.startsWith('goal.2.'))).to.deep.equal([]);
  });

  it('taking out the only goal leaves no goal at all', () => {
    const r = withGoals(['walk'], false);
    takeGoalOut(r, 1, 3, at);
    expect(Object.keys(r.answers).filter((k) => k.startsWith('goal.'))).to.deep.equal([]);
  });

  it('renames the goals in the trail, so "back" finds them under their new numbers', () => {
    const r = withGoals(['walk', 'sleep', 'cook']);
    takeGoalOut(r, 2, 3, at);
    expect(r.progress.trail.filter((k) => k.startsWith('goal.3.'))).to.deep.equal([]);
    expect(r.progress.trail).to.include('goal.2.moreLikely');
    expect(new Set(r.progress.trail).size).to.equal(r.progress.trail.length);
  });
});
