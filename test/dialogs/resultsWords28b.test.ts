/**
 * Explorer 28b: Sam, who has had diabetes for years, goes through the results Dr Sam Patel sent,
 * on SMS. Only the latest HbA1c was sent, none before it.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { atResult, onEach } from '../support/resultsChat';

describe('Explorer 28b: a result with no earlier value, on SMS', function () {
  this.timeout(60_000);

  // The text said "HbA1c, 27 Nov 2026: 75 mmol/mol, first result, target 48-53.": Sam has had an
  // HbA1c every year; only none earlier was sent. Web Chat says nothing of an earlier one.
  it('does not call the only result sent their "first result"', () =>
    onEach(['sms'], async (running, channelId) => {
      const { asked } = await atResult(running, channelId);
      const text = allText(asked);

      expect(text).to.match(/HbA1c, .*75 mmol\/mol/);
      expect(text).to.not.match(/first result/i);
      expect(text).to.match(/no earlier result/);
    }));
});
