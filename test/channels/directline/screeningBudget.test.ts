import { expect } from 'chai';
import { OneAtATime } from '../../../channels/directline/oneAtATime';
import { ScreeningBudget } from '../../../channels/directline/screeningBudget';
import { screenTooLong } from '../../../channels/directline/tooLongScreened';
import { TurnsWaiting } from '../../../channels/directline/turnsWaiting';

/** Burns about `ms` of this thread's CPU time. */
function busy(ms: number): void {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return;
  }
}

describe('Direct Line: the screening budget for the middles of long pastes (H377, hardening 30)', () => {
  it('charges an address the CPU time of what it screens, until it has none, and fills again over a minute', () => {
    let now = 0;
    const budget = new ScreeningBudget({ perAddressMs: 20, overallMs: 1_000, now: () => now });
    expect(budget.has('203.0.113.5')).to.equal(true);
    budget.charged('203.0.113.5', () => busy(25));
    expect(budget.has('203.0.113.5')).to.equal(false);
    expect(budget.has('203.0.113.6')).to.equal(true);
    now += 60_000;
    expect(budget.has('203.0.113.5')).to.equal(true);
  });

  it('shares one budget among all addresses together', () => {
    const budget = new ScreeningBudget({ perAddressMs: 1_000, overallMs: 20, now: () => 0 });
    budget.charged('203.0.113.5', () => busy(25));
    expect(budget.has('198.51.100.7')).to.equal(false);
  });

  const decided = ' I have decided to end my life tonight. ';
  const prose = 'My feet are sore most days and walking is hard. ';
  const around = (middle: string) => `${prose.repeat(9_000)}${middle}${prose.repeat(9_000)}`;

  /** Screens `text` as the Direct Line does with `budget`, one window costing about 2 ms; the window taken to the guards. */
  async function screened(text: string, budget: ScreeningBudget): Promise<string | undefined> {
    let taken: string | undefined;
    const reading = (window: string): boolean => {
      busy(2);
      return window.includes('end my life');
    };
    await screenTooLong({
      conversationId: 'c30',
      userId: 'u30',
      bot: { id: 'bot', role: 'bot' },
      text,
      lane: new OneAtATime(),
      address: '203.0.113.5',
      budget,
      waiting: new TurnsWaiting(),
      read: Promise.resolve(reading),
      runTurn: (activity) => {
        taken = String(activity.text);
        return Promise.resolve(true);
      },
      at: new Date(),
    });
    return taken;
  }

  it('takes a disclosure in the middle of an 870,000-character paste to the guards within the budget', async () => {
    const text = around(decided);
    expect(text.length).to.be.above(800_000);
    expect(await screened(text, new ScreeningBudget())).to.include('end my life');
  });

  it('reads no more of the middle once the address has spent its budget, but still its ends', async () => {
    const spent = new ScreeningBudget({ perAddressMs: 10, overallMs: 60_000 });
    expect(await screened(around(decided), spent)).to.equal(undefined);
    const atTheEnd = `${prose.repeat(18_000)}${decided}`;
    expect(await screened(atTheEnd, new ScreeningBudget({ perAddressMs: 10, overallMs: 60_000 }))).to.include(
      'end my life',
    );
  });
});
