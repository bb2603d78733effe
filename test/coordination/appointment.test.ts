import { expect } from 'chai';
import { parseAppointment } from '../../coordination/appointment';

/** Monday 3 March 2025, 10:00 local time. */
const now = new Date(2025, 2, 3, 10, 0);
const typed = (when: string) => parseAppointment({ when }, 'en-GB', now);

describe('The visit as a coordinator types it', () => {
  const cases: Array<[string, string]> = [
    // The recogniser offers last Thursday first: the visit is the one to come.
    ['Thursday 2pm', '2025-03-06T14:00'],
    ['5/4', '2025-04-05'],
    // "at 11" is 11 am before 11 pm, on the first day not yet past.
    ['14th March at 11', '2025-03-14T11:00'],
    ['next Thursday 2pm', '2025-03-13T14:00'],
    ['tomorrow 9am', '2025-03-04T09:00'],
  ];
  for (const [when, value] of cases) {
    it(`reads "${when}" as ${value}`, () => {
      expect(typed(when)).to.deep.equal({ ok: true, value });
    });
  }

  it('refuses a time already past today rather than moving it to the evening', () => {
    expect(typed('3/3 at 9')).to.deep.equal({ ok: false, code: 'out_of_range' });
    expect(typed('Monday 9am')).to.deep.equal({ ok: false, code: 'out_of_range' });
  });

  it('refuses words that are no date', () => {
    expect(typed('whenever suits')).to.deep.equal({ ok: false, code: 'not_understood' });
  });
});
