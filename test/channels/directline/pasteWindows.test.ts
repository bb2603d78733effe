import { expect } from 'chai';
import { OneAtATime } from '../../../channels/directline/oneAtATime';
import {
  maxScreenedPasteChars,
  pasteWindows,
  screenedEndsChars,
  screenWindowChars,
  screenWindows,
} from '../../../channels/directline/screenWindows';

const prose = (characters: number): string =>
  'My feet are sore most days. '.repeat(characters / 28 + 1).slice(0, characters);

describe('Direct Line: the windows a long paste is screened in (H377)', () => {
  it('screens a paste of up to 200,000 characters whole', () => {
    const text = prose(maxScreenedPasteChars);
    expect(pasteWindows(text)).to.deep.equal({ always: screenWindows(text), ifBudget: [] });
  });

  it('always screens the first and last 10,000 characters of a longer one, whatever its length', () => {
    for (const length of [maxScreenedPasteChars + 1, 1_000_000]) {
      const text = `START ${prose(length - 10)} END`;
      const windows = pasteWindows(text).always;
      expect(windows.join('').length).to.be.at.most(2 * screenedEndsChars * 1.3);
      expect(windows.every((window) => window.length <= screenWindowChars)).to.equal(true);
      expect(windows[0]).to.match(/^START/);
      expect(windows.at(-1)).to.match(/END$/);
    }
  });

  it('never cuts a character in two where it takes the ends', () => {
    const text = '😀'.repeat(150_000);
    const { always, ifBudget } = pasteWindows(text);
    for (const window of [...always, ...ifBudget]) expect(window).to.not.match(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
});

describe('Direct Line: the middle of a paste over 200,000 characters (H377, hardening 30)', () => {
  it('puts the whole middle in bounded windows that overlap both ends', () => {
    const text = `START ${prose(1_000_000 - 10)} END`;
    const { always, ifBudget } = pasteWindows(text);
    expect(ifBudget.every((window) => window.length <= screenWindowChars)).to.equal(true);
    expect(ifBudget.join('').length).to.be.at.least(text.length - 2 * screenedEndsChars);
    expect(always.length + ifBudget.length).to.be.below(700);
  });

  it('has any stretch of 300 characters whole in some window, wherever it lies', () => {
    // Words that never repeat, so a stretch is found only where it lies.
    const text = Array.from({ length: 60_000 }, (_, n) => `w${n}`)
      .join(' ')
      .slice(0, 400_000);
    const { always, ifBudget } = pasteWindows(text);
    const windows = [...always, ...ifBudget];
    for (const at of [
      0,
      9_800,
      9_900,
      10_000,
      200_000,
      text.length - 10_300,
      text.length - 10_150,
      text.length - 300,
    ]) {
      const stretch = text.slice(at, at + 300);
      expect(
        windows.some((window) => window.includes(stretch)),
        `at ${at}`,
      ).to.equal(true);
    }
  });
});

describe('Direct Line: pastes screened one at a time (H377)', () => {
  it('starts a piece of work only once the one before it has finished, failed or not', async () => {
    const lane = new OneAtATime();
    const log: string[] = [];
    let release: () => void = () => undefined;
    const first = lane.run(
      () =>
        new Promise<void>((resolve) => {
          log.push('first started');
          release = () => {
            log.push('first done');
            resolve();
          };
        }),
    );
    const failing = lane.run(() => {
      log.push('second started');
      return Promise.reject(new Error('screen failed'));
    });
    const third = lane.run(() => {
      log.push('third started');
      return Promise.resolve(3);
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).to.deep.equal(['first started']);
    release();
    await first;
    await failing.catch(() => undefined);
    expect(await third).to.equal(3);
    expect(log).to.deep.equal(['first started', 'first done', 'second started', 'third started']);
  });
});
