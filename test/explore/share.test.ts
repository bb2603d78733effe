/**
 * The share step, tried as new users would: parts to keep back named in words rather than
 * unticked on the card, and a question asked where the parts are picked. Found trying the bot as
 * new users.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Jean for herself, with diabetes and one goal, invited by her care team: to "which parts shall I send?". */
const toShare: Record<string, string> = {
  'respondent.type': 'me',
  'subject.name': 'Jean',
  conditions: 'diabetes',
  'goal.1.text': 'Walk to the park',
  'goal.another': 'no',
  'review.change': 'It looks right',
};

describe('Choosing in words which parts to share', () => {
  const fresh = freshAppPerTest('webchat');

  // "all but mood" sent mood and kept back everything else: the one part named to keep back was
  // the one sent. The same for "not the mood bit" and "everything except the goals".
  it('never sends mood after "all but mood", and keeps nothing else back', async () => {
    const code = await invitationCode(fresh.running);
    await walkTo((text) => fresh.client.say(text), 'share.send', toShare, code);
    const preview = await fresh.client.say('all but mood');
    // Asking again which parts to send is as right as reading it; sending mood is not.
    if (lastQuestion(preview) === 'share.consent') await fresh.client.say('yes');

    const shared = (await onlyRecord(fresh.running)).consents.filter((consent) => consent.decision === 'share');
    for (const consent of shared) {
      expect(consent.excludedSections, allText(preview)).to.deep.equal(['mood']);
    }
  });

  // "what will they do with it?" at "Which parts shall I send?" was read as a pick of "what
  // matters" alone: the preview then offered to send about you and what matters and keep back the
  // rest, and a yes would have sent that.
  it('does not read "what will they do with it?" as a choice of parts to send', async () => {
    const code = await invitationCode(fresh.running);
    await walkTo((text) => fresh.client.say(text), 'share.send', toShare, code);
    const reply = await fresh.client.say('what will they do with it?');

    expect((await onlyRecord(fresh.running)).answers['share.send'], allText(reply)).to.equal(undefined);
  });
});
