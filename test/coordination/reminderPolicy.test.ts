import { expect } from 'chai';
import type { Job } from '../../coordination/jobs';
import { appointmentReminderAt, decide, nextSendable, type ReminderFacts } from '../../coordination/reminderPolicy';

const job = (kind: Job['kind'] = 'resultsReady'): Job => ({
  id: `${kind}:i1`,
  kind,
  invitationId: 'i1',
  dueAt: '2030-03-04T10:00:00.000Z',
  state: 'running',
  attempts: 0,
});
const facts = (extra: Partial<ReminderFacts> = {}): ReminderFacts => ({
  job: job(),
  now: new Date('2030-03-04T10:00:00Z'),
  sentSoFar: 0,
  record: { status: 'inProgress', shared: false },
  appointmentAt: '2030-03-14T10:30',
  canText: true,
  canTellCoordinator: true,
  ...extra,
});

describe('Reminder rules', () => {
  it('keeps texts out of the quiet hours, UK time, in winter and in summer', () => {
    // Winter (GMT): 20:00 UK is 20:00 UTC.
    expect(nextSendable(new Date('2030-01-10T19:59:00Z')).toISOString()).to.equal('2030-01-10T19:59:00.000Z');
    expect(nextSendable(new Date('2030-01-10T20:00:00Z')).toISOString()).to.equal('2030-01-11T09:00:00.000Z');
    expect(nextSendable(new Date('2030-01-11T08:59:00Z')).toISOString()).to.equal('2030-01-11T09:00:00.000Z');
    // Summer (BST): 09:00 UK is 08:00 UTC, 20:00 UK is 19:00 UTC.
    expect(nextSendable(new Date('2030-07-10T19:00:00Z')).toISOString()).to.equal('2030-07-11T08:00:00.000Z');
    expect(nextSendable(new Date('2030-07-10T07:30:00Z')).toISOString()).to.equal('2030-07-10T08:00:00.000Z');
    expect(nextSendable(new Date('2030-07-10T08:00:00Z')).toISOString()).to.equal('2030-07-10T08:00:00.000Z');
  });

  it('times appointment reminders 7 and 2 days before, at 10:00 UK', () => {
    expect(appointmentReminderAt('2030-03-14T10:30', 7)?.toISOString()).to.equal('2030-03-07T10:00:00.000Z');
    expect(appointmentReminderAt('2030-07-14', 2)?.toISOString()).to.equal('2030-07-12T09:00:00.000Z');
  });

  it('texts when there is a mobile, and otherwise tells the coordinator in Teams', () => {
    expect(decide(facts())).to.deep.equal({ act: 'send', channel: 'sms' });
    expect(decide(facts({ canText: false }))).to.deep.equal({ act: 'send', channel: 'teams' });
    expect(decide(facts({ canText: false, canTellCoordinator: false }))).to.deep.equal({
      act: 'skip',
      reason: 'unreachable',
    });
  });

  it('waits until 09:00 in the quiet hours', () => {
    expect(decide(facts({ now: new Date('2030-03-04T22:00:00Z') }))).to.deep.equal({
      act: 'wait',
      until: new Date('2030-03-05T09:00:00Z'),
    });
  });

  it('sends nothing after sharing, after erasure, after three, or once the appointment is past', () => {
    expect(decide(facts({ record: { status: 'shared', shared: true } }))).to.deep.include({ reason: 'shared' });
    expect(decide(facts({ record: { status: 'inProgress', shared: true } }))).to.deep.include({ reason: 'shared' });
    expect(decide(facts({ record: null }))).to.deep.include({ reason: 'erased' });
    expect(decide(facts({ sentSoFar: 3 }))).to.deep.include({ reason: 'limit' });
    expect(decide(facts({ sentSoFar: 2 }))).to.deep.equal({ act: 'send', channel: 'sms' });
    const late = { job: job('appointmentDays'), now: new Date('2030-03-15T10:00:00Z') };
    expect(decide(facts(late))).to.deep.include({ reason: 'past' });
    expect(decide(facts({ ...late, now: new Date('2030-03-14T11:00:00Z') }))).to.deep.equal({
      act: 'send',
      channel: 'sms',
    });
  });

  it('still reminds someone who has not used their code yet', () => {
    expect(decide(facts({ record: undefined }))).to.deep.equal({ act: 'send', channel: 'sms' });
  });
});
