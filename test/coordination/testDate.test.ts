import { expect } from 'chai';
import { readTypedTestDate } from '../../coordination/typedTestDate';

/** Monday 4 March 2030, 10:00 local time. */
const now = new Date(2030, 2, 4, 10, 0);
const typed = (text: string) => readTypedTestDate(text, 'en-gb', now);

describe('The date of tests as a coordinator types it', () => {
  // Tests are done before their results are sent: every date is the last one gone by (today counts).
  const cases: Array<[string, string]> = [
    ['the 20th', '2030-02-20'],
    ['on the 20th', '2030-02-20'],
    ['20th', '2030-02-20'],
    ['On the 20th.', '2030-02-20'],
    ['the 4th', '2030-03-04'],
    ['the 1st', '2030-03-01'],
    // February 2030 has no 31st: the last 31st gone by is in January.
    ['on the 31st', '2030-01-31'],
    ['the 20th of February', '2030-02-20'],
    ['20 Feb', '2030-02-20'],
    ['20/2', '2030-02-20'],
    // The 20th of March is still to come: last year's.
    ['20 March', '2029-03-20'],
    ['yesterday', '2030-03-03'],
    ['today', '2030-03-04'],
    ['last Tuesday', '2030-02-26'],
    ['Thursday', '2030-02-28'],
    ['3 days ago', '2030-03-01'],
    ['Thursday 28th', '2030-02-28'],
  ];
  for (const [text, day] of cases) {
    it(`reads "${text}" as ${day}`, () => {
      expect(typed(text)).to.deep.equal({ ok: true, value: day });
    });
  }

  for (const text of ['tomorrow', 'next Friday', 'the 20th of this month']) {
    it(`never reads "${text}" as a day to come`, () => {
      expect(typed(text)).to.deep.equal({ ok: false, code: 'out_of_range' });
    });
  }

  // A day of the month the recogniser cannot place beside a weekday is asked again, not moved.
  for (const text of ['Thu 13th', 'Wed 20th', 'the 32nd', 'last week', 'in 2 weeks', 'soon', '']) {
    it(`does not read "${text}" as another day`, () => {
      expect(typed(text)).to.deep.equal({ ok: false, code: 'not_understood' });
    });
  }
});
