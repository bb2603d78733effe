import { expect } from 'chai';
import { screenWindows, screenWindowChars, windowOverlapChars } from '../../../channels/directline/screenWindows';
import { paste } from '../../support/longPaste';

/** Hardening 29 (H370): a paste too long to read is screened whole, in windows that overlap. */
describe('Direct Line: the windows a long paste is screened in', () => {
  const sentence = 'I have decided to end my life tonight.';

  it('holds every sentence whole in some window, wherever it falls', () => {
    const text = paste(60_000);
    for (let at = 0; at < 60_000; at += 97) {
      const placed = `${text.slice(0, at)} ${sentence} ${text.slice(at)}`;
      const windows = screenWindows(placed);
      expect(
        windows.some((window) => window.includes(sentence)),
        `at ${at}`,
      ).to.equal(true);
    }
  });

  it('covers every character, each window at most the window size, overlapping', () => {
    const text = 'x'.repeat(1_000_003);
    const windows = screenWindows(text);
    expect(windows.every((window) => window.length <= screenWindowChars)).to.equal(true);
    expect(windows.reduce((sum, window) => sum + window.length, 0)).to.be.at.least(text.length);
    expect(windows.length).to.be.at.most(Math.ceil(text.length / (screenWindowChars - windowOverlapChars)) + 1);
  });

  it('never splits a character in two', () => {
    const text = '😀'.repeat(300_000);
    for (const window of screenWindows(text)) expect(window).to.not.match(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('gives a text no longer than a window as itself', () => {
    expect(screenWindows('hello')).to.deep.equal(['hello']);
  });
});
