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
    expect(pasteWindows(text)).to.deep.equal(screenWindows(text));
  });

  it('screens only the first and last 10,000 characters of a longer one, whatever its length', () => {
    for (const length of [maxScreenedPasteChars + 1, 1_000_000]) {
      const text = `START ${prose(length - 10)} END`;
      const windows = pasteWindows(text);
      expect(windows.join('').length).to.be.at.most(2 * screenedEndsChars * 1.3);
      expect(windows.every((window) => window.length <= screenWindowChars)).to.equal(true);
      expect(windows[0]).to.match(/^START/);
      expect(windows.at(-1)).to.match(/END$/);
    }
  });

  it('never cuts a character in two where it takes the ends', () => {
    const text = '😀'.repeat(150_000);
    for (const window of pasteWindows(text)) expect(window).to.not.match(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
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
