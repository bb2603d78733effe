import { expect } from 'chai';
import { parseAppointment } from '../../coordination/appointment';
import { loadAppointmentPhrases } from '../../coordination/typedAppointment';

/** Monday 3 March 2025, 10:00 local time. */
const now = new Date(2025, 2, 3, 10, 0);
const phrases = loadAppointmentPhrases();
const typed = (when: string) => parseAppointment({ when }, 'en-GB', now, phrases);

describe('The visit as a coordinator types it', () => {
  const cases: Array<[string, string]> = [
    // The recogniser offers last Thursday first: the visit is the one to come.
    ['Thursday 2pm', '2025-03-06T14:00'],
    ['5/4', '2025-04-05'],
    // "at 11" is 11 am before 11 pm, on the first day not yet past.
    ['14th March at 11', '2025-03-14T11:00'],
    ['next Thursday 2pm', '2025-03-13T14:00'],
    ['tomorrow 9am', '2025-03-04T09:00'],
    ['next Tuesday at 10', '2025-03-11T10:00'],
    ['in 3 days', '2025-03-06'],
    ['Thursday the 13th', '2025-03-13'],
    ['Thursday 13 March 2pm', '2025-03-13T14:00'],
  ];
  for (const [when, value] of cases) {
    it(`reads "${when}" as ${value}`, () => {
      expect(typed(when)).to.deep.equal({ ok: true, value });
    });
  }

  // Explore 20: a time of day with no am or pm is one in the working day, 7 am to 7 pm, as "at 11"
  // is 11 am: "half past two" was 2:30 in the morning on the invitation, reminders and plan.
  const workingDay: Array<[string, string]> = [
    ['Friday at half past two', '2025-03-07T14:30'],
    ['14/3/25 at 2.30', '2025-03-14T14:30'],
    ['Friday at 2', '2025-03-07T14:00'],
    ['Friday at 6', '2025-03-07T18:00'],
    ['Friday at 7', '2025-03-07T07:00'],
    ['Friday at 12', '2025-03-07T12:00'],
    // Said so, the night stays the night.
    ['Friday at 2.30am', '2025-03-07T02:30'],
    ['Friday at 02:30', '2025-03-07T02:30'],
    ['Friday at 19:30', '2025-03-07T19:30'],
  ];
  for (const [when, value] of workingDay) {
    it(`reads "${when}" as ${value}`, () => {
      expect(typed(when)).to.deep.equal({ ok: true, value });
    });
  }

  // Explore 20: a time the recogniser left unread was dropped, and only the day kept; a day of the
  // month beside its weekday ("wed 12th", a Wednesday) or alone ("11th") was not understood.
  const timesAround: Array<[string, string]> = [
    ['10.30 on Friday', '2025-03-07T10:30'],
    ['next wed 9', '2025-03-12T09:00'],
    ['Fri 7th Mar 10.40', '2025-03-07T10:40'],
    ['Friday 2.15', '2025-03-07T14:15'],
    ['Friday 3pm', '2025-03-07T15:00'],
    ['wed 12th 3pm', '2025-03-12T15:00'],
    ['Thu 13th 2pm', '2025-03-13T14:00'],
    ['Thursday 13th at 2pm', '2025-03-13T14:00'],
    ['Fri 14th', '2025-03-14'],
    ['11th at 2', '2025-03-11T14:00'],
    ['the 11th at 2', '2025-03-11T14:00'],
    // The 2nd is past this month: the next 2nd is in April.
    ['2nd at 10am', '2025-04-02T10:00'],
  ];
  for (const [when, value] of timesAround) {
    it(`reads "${when}" as ${value}, the time kept`, () => {
      expect(typed(when)).to.deep.equal({ ok: true, value });
    });
  }

  // A time given that cannot be read is said to be so: dropped, the visit would be at no time.
  for (const when of ['Friday 1030', 'Friday at 25:00', 'Friday at 9 30', 'next Tuesday 10:3', 'Friday room 3']) {
    it(`says the time in "${when}" was not understood, never keeping the day alone`, () => {
      expect(typed(when)).to.deep.equal({ ok: false, code: 'time_not_understood' });
    });
  }

  // The recogniser drops a day of the month it cannot place beside a weekday, and offered the
  // coming Wednesday for a 13th that is a Thursday: a weekday and a day of the month that are not
  // the same day are asked again.
  for (const when of ['Wed 13th 2pm', 'Mon 14th', 'Friday the 13th']) {
    it(`does not read "${when}" as another day of the month`, () => {
      expect(typed(when)).to.deep.equal({ ok: false, code: 'not_understood' });
    });
  }

  describe('a length of time from today, or after a day', () => {
    // The recogniser reads "in 2 weeks" as a length of time with no date, and "a week from today"
    // as tomorrow: the visit is that long after today, or after the day named.
    const relative: Array<[string, string]> = [
      ['in 2 weeks', '2025-03-17'],
      ['in two weeks', '2025-03-17'],
      ["in 2 weeks' time", '2025-03-17'],
      ['in a fortnight', '2025-03-17'],
      ['in 2 weeks at 3pm', '2025-03-17T15:00'],
      ['in 3 months', '2025-06-03'],
      ['a week on Friday', '2025-03-14'],
      ['a week on Friday at 2pm', '2025-03-14T14:00'],
      ['two weeks on Thursday at 10am', '2025-03-20T10:00'],
      ['Friday week', '2025-03-14'],
      ['Tuesday week at 10', '2025-03-11T10:00'],
      ['a week today', '2025-03-10'],
      ['a week tomorrow', '2025-03-11'],
      ['a week from today', '2025-03-10'],
      ['2 weeks from tomorrow', '2025-03-18'],
      ['2 weeks from Friday', '2025-03-21'],
    ];
    for (const [when, value] of relative) {
      it(`reads "${when}" as ${value}`, () => {
        expect(typed(when)).to.deep.equal({ ok: true, value });
      });
    }

    // Read as the recogniser offers them, each of these would be a wrong day (today, this Friday).
    const unclear = [
      'Monday after next',
      'week on Friday',
      'Friday in 2 weeks',
      'in 2 weeks on Tuesday',
      'a week after Friday',
      'Thursday or Friday',
      'next month',
    ];
    for (const when of unclear) {
      it(`asks again for "${when}" rather than guess a day`, () => {
        expect(typed(when)).to.deep.equal({ ok: false, code: 'not_understood' });
      });
    }
  });

  it('refuses a time already past today rather than moving it to the evening', () => {
    expect(typed('3/3 at 9')).to.deep.equal({ ok: false, code: 'out_of_range' });
    expect(typed('Monday 9am')).to.deep.equal({ ok: false, code: 'out_of_range' });
  });

  it('refuses words that are no date', () => {
    expect(typed('whenever suits')).to.deep.equal({ ok: false, code: 'not_understood' });
  });
});
