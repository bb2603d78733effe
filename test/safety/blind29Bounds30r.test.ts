/**
 * Review 30: two of blind 29's exclusions reached past what they say. `exclude.blind29.
 * stockpileInCaseOfShortage` took "in case I run out" whole, so "saving up my tablets in case i run
 * out of strength to carry on" and "...of hope" got nothing (H469); `exclude.blind29.couldKillButGetBy`
 * took "I could kill him sometimes, but we get by" whatever came after, so "..., and tonight I
 * will" got nothing (H470). Both had the crisis reply before.
 */
import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { allText, lastQuestion } from '../support/botClient';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';
import { itAsksAtLeast, itGetsNothing, itGivesCrisisReplies } from './screenWordings';

const screen = createCrisisScreen();

describe("blind 29's stockpile and 'could kill him but we get by' exclusions, bounded (H469, H470)", () => {
  describe('a stockpile against running out of the will to go on: the suicide crisis reply', () => {
    itGivesCrisisReplies(screen, [
      ['suicide', 'saving up my tablets in case i run out of strength to carry on'],
      ['suicide', 'stockpiling my tablets in case i run out of hope'],
    ]);
  });
  describe("a wish to kill with a time or 'I will' after 'but we get by': asked at least", () => {
    itGivesCrisisReplies(screen, [['harmOthers', 'I could kill him sometimes, but we get by, and tonight I will']]);
    itAsksAtLeast(screen, 'harmOthers', ['I could strangle him at times, but we muddle along, one day i will']);
  });
  describe('near misses: a stockpile against a shortage and the everyday saying, nothing', () => {
    itGetsNothing(screen, [
      "I stockpile my tablets in case there's a strike at the pharmacy, is that allowed? I've got about a month's worth.",
      'I save up my tablets in case I run out of them over christmas',
      'stockpiling my insulin in case we run out',
      'I could kill him sometimes, but we get by',
      'i could kill her at times but i love her to bits',
    ]);
  });

  for (const channelId of ['webchat', 'sms'] as const) {
    describe(`at "What is hard?", on ${channelId}`, () => {
      const fresh = freshAppPerTest(channelId);
      it('gives the crisis reply to a stockpile against running out of hope', async () => {
        const reply = await atQuestion(
          fresh.client,
          'whatMatters.hard',
          'stockpiling my tablets in case i run out of hope',
        );
        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        expect(allText(reply)).to.match(/116 123/);
      });
      it("gives the harm-to-others reply to 'I could kill him sometimes, but we get by, and tonight I will'", async () => {
        const reply = await atQuestion(
          fresh.client,
          'whatMatters.hard',
          'I could kill him sometimes, but we get by, and tonight I will',
        );
        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        expect(allText(reply)).to.match(/safeguarding/i);
      });
    });
  }
});
