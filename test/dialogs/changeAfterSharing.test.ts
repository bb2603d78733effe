/**
 * Asking in words to change a part of the plan once it is shared ("I want to change my goal"):
 * that part opens for changes, as picking it at the review does, never "You have finished
 * getting ready". Found playing a plan changed after sharing (branch `explore19b`,
 * test/explore/findings19b.test.ts).
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { jeanToShare, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

describe('Asking to change a part of the plan after sharing it', () => {
  const fresh = freshAppPerTest('webchat');

  /** Jean, invited, shares her plan with Dr Sam Patel. */
  async function jeanShares(): Promise<void> {
    const code = await invitationCode(fresh.running);
    await walkTo((text) => fresh.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
    await fresh.client.say('yes');
    expect((await onlyRecord(fresh.running)).shared).to.not.equal(undefined);
  }

  const asks: readonly [string, RegExp][] = [
    ['I want to change my goal', /^goal\.1\./],
    ['can I change my goals?', /^goal\.1\./],
    ['change the importance of my goal to 3', /^goal\.1\./],
    ['I would like to change what matters', /^whatMatters/],
    ['change my mood answers', /^mood\./],
    ['can I update the topics', /^topics\./],
  ];
  for (const [said, opens] of asks) {
    it(`opens that part for changes on "${said}"`, async () => {
      await jeanShares();
      const reply = await fresh.client.say(said);
      expect(lastQuestion(reply), allText(reply)).to.match(opens);
      expect(allText(reply)).to.not.include('You have finished getting ready');
    });
  }

  it('goes back to "anything to change?" with the plan afresh once the part is gone through', async () => {
    await jeanShares();
    await fresh.client.say('I want to change my goal');
    const back = await walkTo((text) => fresh.client.say(text), 'review.change', {}, 'keep');
    expect(lastQuestion(back)).to.equal('review.change');
  });

  it('still says it has finished to words that ask for no part ("change my diet")', async () => {
    await jeanShares();
    const reply = await fresh.client.say('change my diet');
    expect(allText(reply)).to.include('You have finished getting ready');
  });
});
