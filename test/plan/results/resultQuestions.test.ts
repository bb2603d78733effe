import { expect } from 'chai';
import { newRecord, type PreparationRecord } from '../../../plan/record';
import type { IncomingResult } from '../../../plan/results/mergeResults';
import {
  askedAboutEarlier,
  correctionsToTell,
  resultsKeptOnRestart,
  settleCorrections,
  takeResults,
  tieQuestion,
} from '../../../plan/results/resultQuestions';
import { reopenNewerResults } from '../../../plan/results/newerResults';
import type { StoredResult } from '../../../plan/results/resultSchema';

const measured = '2026-11-20T12:00:00.000Z';

function hba1c(value: number, status: StoredResult['status'] = 'final', at = measured): IncomingResult {
  return {
    result: {
      id: `hba1c-${at}-${value}`,
      measure: 'hba1c',
      at,
      value: { kind: 'number', value },
      coding: { system: 'http://loinc.org', code: '59261-8' },
      status,
      from: 'clinicalSystem',
      receivedAt: '2026-11-21T09:00:00.000Z',
    },
    inPerson: false,
  };
}

/** A record holding an HbA1c of 75, with `question` asked about it (without it being tied, as before ties were kept). */
function askedAbout75(question?: string): PreparationRecord {
  const record = newRecord('r1', new Date('2026-11-21T10:00:00.000Z'));
  takeResults(record, [hba1c(75)], '2026-11-21T09:00:00.000Z');
  record.progress.current = 'result.hba1c.thoughts';
  if (question)
    record.answers['result.hba1c.thoughts'] = {
      value: question,
      status: 'answered',
      by: 'person',
      at: '2026-11-21T10:00:00.000Z',
    };
  return record;
}

describe('Questions about results, and corrections', () => {
  it('keeps what a corrected result said before, once, beside the corrected value', () => {
    const record = askedAbout75();
    takeResults(record, [hba1c(57, 'corrected')], '2026-11-22T09:00:00.000Z');

    expect(record.results.items.map((r) => r.value)).to.deep.equal([{ kind: 'number', value: 57 }]);
    expect(record.results.corrections).to.deep.equal([
      {
        measure: 'hba1c',
        at: measured,
        wasId: `hba1c-${measured}-75`,
        was: { kind: 'number', value: 75 },
        now: { kind: 'number', value: 57 },
        correctedAt: '2026-11-22T09:00:00.000Z',
      },
    ]);
  });

  it('ties a question asked before questions were tied to the value it was asked about, when a correction comes', () => {
    const record = askedAbout75('Is 75 too high?');
    takeResults(record, [hba1c(57, 'corrected')], '2026-11-22T09:00:00.000Z');

    expect(askedAboutEarlier(record.results, 'hba1c')).to.deep.equal({ kind: 'number', value: 75 });
  });

  it('says nothing of the value asked about while it is still the result shown', () => {
    const record = askedAbout75('Is 75 too high?');
    tieQuestion(record, 'hba1c');

    expect(askedAboutEarlier(record.results, 'hba1c')).to.equal(undefined);
  });

  it('ties a question to the value shown before a correction told in the same turn', () => {
    const record = askedAbout75();
    takeResults(record, [hba1c(57, 'corrected')], '2026-11-22T09:00:00.000Z');
    const told = correctionsToTell(record);
    tieQuestion(record, 'hba1c', told);

    expect(askedAboutEarlier(record.results, 'hba1c')).to.deep.equal({ kind: 'number', value: 75 });
  });

  it('tells a correction once, and only to a person who was shown the result', () => {
    const shown = askedAbout75('Is 75 too high?');
    const notShown = askedAbout75();
    notShown.progress.current = 'whatMatters.most';
    for (const record of [shown, notShown]) takeResults(record, [hba1c(57, 'corrected')], '2026-11-22T09:00:00.000Z');

    expect(correctionsToTell(shown)).to.have.length(1);
    expect(correctionsToTell(notShown)).to.have.length(0);
    settleCorrections(shown, '2026-11-22T10:00:00.000Z');
    expect(correctionsToTell(shown)).to.have.length(0);
  });

  it('never tells the value of a correction to a result the team now wants to talk about in person', () => {
    const record = askedAbout75('Is 75 too high?');
    takeResults(record, [{ ...hba1c(57, 'corrected'), inPerson: true }], '2026-11-22T09:00:00.000Z');

    expect(correctionsToTell(record)).to.have.length(0);
  });

  it('keeps every result on a restart, and lets go of which result each cleared question was about', () => {
    const record = askedAbout75('Is 75 too high?');
    takeResults(record, [hba1c(57, 'corrected')], '2026-11-22T09:00:00.000Z');
    const kept = resultsKeptOnRestart(record.results);

    expect(kept.items).to.deep.equal(record.results.items);
    expect(kept.corrections).to.deep.equal(record.results.corrections);
    expect(kept.askedAbout).to.equal(undefined);
  });
});

describe('A newer result of a measure the person went through', () => {
  const later = '2026-12-01T12:00:00.000Z';
  const earlierTest = '2026-10-01T12:00:00.000Z';

  it('is noted to offer them, and a correction, a repeat or an older result is not', () => {
    const record = askedAbout75('Is 75 too high?');
    takeResults(
      record,
      [hba1c(57, 'corrected'), hba1c(57, 'corrected'), hba1c(80, 'final', earlierTest)],
      '2026-11-22T09:00:00.000Z',
    );
    expect(record.results.newer, 'no new test').to.equal(undefined);

    takeResults(record, [hba1c(60, 'final', later)], '2026-12-02T09:00:00.000Z');
    expect(record.results.newer).to.deep.equal([
      { measure: 'hba1c', resultId: `hba1c-${later}-60`, arrivedAt: '2026-12-02T09:00:00.000Z' },
    ]);
  });

  it('is not noted for a person still to reach it, or who chose not to go through their results', () => {
    const unseen = askedAbout75();
    takeResults(unseen, [hba1c(60, 'final', later)], '2026-12-02T09:00:00.000Z');
    const declined = askedAbout75('Is 75 too high?');
    declined.results.declinedAt = '2026-11-21T10:01:00.000Z';
    takeResults(declined, [hba1c(60, 'final', later)], '2026-12-02T09:00:00.000Z');

    expect(unseen.results.newer).to.equal(undefined);
    expect(declined.results.newer).to.equal(undefined);
  });

  it('is opened to go through again keeping the question asked before, with the value it was about', () => {
    const record = askedAbout75('Is 75 too high?');
    takeResults(record, [hba1c(60, 'final', later)], '2026-12-02T09:00:00.000Z');
    reopenNewerResults(record);

    expect(record.answers['result.hba1c.thoughts']).to.equal(undefined);
    expect(record.results.newer).to.equal(undefined);
    expect(record.results.earlierQuestions).to.deep.equal([
      {
        measure: 'hba1c',
        question: 'Is 75 too high?',
        by: 'person',
        at: '2026-11-21T10:00:00.000Z',
        about: { resultId: `hba1c-${measured}-75`, value: { kind: 'number', value: 75 } },
      },
    ]);
    expect(resultsKeptOnRestart(record.results).earlierQuestions, "the person's words go with the answers").to.equal(
      undefined,
    );
  });
});
