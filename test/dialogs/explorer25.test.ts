/**
 * Explorer 25, new people trying Careprep: Tom not sure whether he wants help with his mood, and
 * Priya sending only an emoji and changing her mind about taking her plan back.
 */
import { expect } from 'chai';
import { sharedRecord } from '../../plan/consentScope';
import { allText, lastQuestion } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion, jeanToShare, plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms']) {
  describe(`Explorer 25: new people, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    // Priya sent a smiley where words were asked for: the reply told her twice over that she could
    // say 'skip' or 'not sure'.
    it('says once, not twice, that an emoji-only answer can be skipped', async () => {
      await atQuestion(app.client, 'whatMatters.goingWell', '🙂');
      const again = await app.client.say('🙂');

      expect(lastQuestion(again)).to.equal('whatMatters.goingWell');
      const skips = allText(again).match(/'skip'|SKIP/g) ?? [];
      expect(skips, allText(again)).to.have.length.at.most(1);
    });

    // Tom, unsure whether he wants help with his mood ("dunno"): his care team read "Has not asked
    // for help with this yet", as if he had never been asked.
    it('tells the care team that a person is not sure about help with their mood, when they said so', async () => {
      const answers = {
        ...plainPersonAnswers,
        'mood.down': 'yes',
        'mood.harmThoughts': 'no',
        'mood.wantsHelp': 'not sure',
      };
      const review = await walkTo((text) => app.client.say(text), 'review.change', answers);

      expect(allText(review)).to.not.match(/Has not asked for help/);
      expect(allText(review)).to.match(/not sure/i);
    });

    // Priya shared her plan, asked to take it back, then at "Do you want to take your plan back?"
    // said "ok share it after all": the "ok" was read as a yes and the plan was taken back.
    it('keeps the plan shared at "ok share it after all" when asked whether to take it back', async () => {
      const code = await invitationCode(app.running);
      await walkTo((text) => app.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
      await app.client.say(channelId === 'sms' ? 'YES' : 'yes');
      const asked = await app.client.say("actually no, don't share it");
      expect(lastQuestion(asked), allText(asked)).to.equal('control.withdraw');

      const reply = await app.client.say('ok share it after all');

      expect(allText(reply)).to.not.match(/I have taken|is taken back/i);
      expect(sharedRecord(await onlyRecord(app.running))).to.not.equal(undefined);
    });
  });
}
