/**
 * Asking in words to change a part of the plan once it is shared ("I want to change my goal"):
 * that part opens for changes, as picking it at the review does, never "You have finished
 * getting ready". Found playing a plan changed after sharing (branch `explore19b`,
 * test/explore/findings19b.test.ts).
 */
import { expect } from 'chai';
import { allText, lastQuestion, type PostResult } from '../support/botClient';
import { startFakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';
import { invitationCode, leadReachableAt } from '../support/invitations';
import { onlyRecord, storedValue } from '../support/onlyRecord';
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
    ['change my goal to swimming', /^goal\.1\./],
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

describe('Taking a goal out or adding one after sharing the plan', () => {
  const fresh = freshAppPerTest('webchat');
  const say = (text: string): Promise<PostResult> => fresh.client.say(text);

  /** Jean, invited, shares her plan (one goal, "Walk to the park") with Dr Sam Patel. */
  async function jeanShares(): Promise<void> {
    const code = await invitationCode(fresh.running);
    await walkTo(say, 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
    await say('yes');
    expect((await onlyRecord(fresh.running)).shared).to.not.equal(undefined);
  }

  it('asks to take out the goal on "remove my goal", naming it, never "You have finished getting ready"', async () => {
    await jeanShares();
    const reply = await say('remove my goal');
    expect(allText(reply)).to.not.include('You have finished getting ready');
    expect(lastQuestion(reply)).to.equal('control.removeGoal');
    expect(allText(reply)).to.include("'Walk to the park'");
  });

  it('on a yes takes it out (the only goal: one is asked for again), and the plan shared next is without it', async () => {
    await jeanShares();
    await say('remove my goal');
    const reply = await say('yes');
    expect(allText(reply)).to.include('I have taken that goal out');
    expect(lastQuestion(reply)).to.equal('goal.1.text');
    expect(await storedValue(fresh.running, 'goal.1.text')).to.equal(undefined);
    const before = (await onlyRecord(fresh.running)).shared?.planVersion ?? 0;
    await walkTo(say, 'share.consent', { ...jeanToShare, 'share.send': 'all' }, 'swim once a week');
    await say('yes');
    const shared = (await onlyRecord(fresh.running)).shared;
    expect(shared?.planVersion).to.be.greaterThan(before);
    expect(shared?.answers['goal.1.text']?.value).to.equal('swim once a week');
    expect(JSON.stringify(shared?.answers)).to.not.include('Walk to the park');
  });

  it('on a yes to taking out one of two goals, goes back to "anything to change?" with the other kept', async () => {
    await jeanShares();
    await say('I want to add a goal');
    await walkTo(say, 'review.change', { 'goal.another': 'no' }, 'swim once a week');
    await walkTo(say, 'share.consent', { ...jeanToShare, 'share.send': 'all' }, 'It looks right');
    await say('yes');
    await say('remove the walking goal');
    const reply = await say('yes');
    expect(allText(reply)).to.include('I have taken that goal out');
    expect(lastQuestion(reply)).to.equal('review.change');
    expect(await storedValue(fresh.running, 'goal.1.text')).to.equal('swim once a week');
    expect(await storedValue(fresh.running, 'goal.1.another')).to.equal(false);
  });

  it('on a no keeps the goal and says nothing has changed', async () => {
    await jeanShares();
    await say('remove my goal');
    const reply = await say('no');
    expect(allText(reply)).to.include('not taken it out');
    expect(await storedValue(fresh.running, 'goal.1.text')).to.equal('Walk to the park');
  });

  it('on a no keeps the goal, the consent and the shared plan as they were, and claims nothing was done', async () => {
    await jeanShares();
    const before = await onlyRecord(fresh.running);
    await say('remove my goal');
    const reply = await say('no');
    const after = await onlyRecord(fresh.running);
    expect(after.answers['goal.1.text']?.value, allText(reply)).to.equal('Walk to the park');
    expect(after.answers['share.consent']?.value).to.equal(true);
    expect(after.consents).to.deep.equal(before.consents);
    expect(after.shared?.planVersion).to.equal(before.shared?.planVersion);
    expect(after.status).to.equal(before.status);
    expect(allText(reply)).to.not.match(/taken that goal out|removed|sent|shared with|not share/i);
  });

  it('after a no, says it has finished to words that ask for nothing, with the plan still shared', async () => {
    await jeanShares();
    await say('remove my goal');
    await say('no');
    const reply = await say('thanks');
    expect(allText(reply)).to.include('You have finished getting ready');
    expect(lastQuestion(reply)).to.equal(undefined);
  });

  it('on a yes says the changed plan is not sent to Dr Sam Patel, and the one shared before has not reached them', async () => {
    await jeanShares();
    const before = await onlyRecord(fresh.running);
    await say('remove my goal');
    const reply = await say('yes');
    const after = await onlyRecord(fresh.running);
    expect(allText(reply)).to.include('I have taken that goal out');
    expect(allText(reply)).to.include('I have not sent the changed plan to Dr Sam Patel');
    expect(allText(reply)).to.include('The plan you shared before has not reached them yet');
    expect(allText(reply)).to.not.match(/I will send|They still have/);
    expect(after.shared?.planVersion).to.equal(before.shared?.planVersion);
    expect(after.answers['share.consent']).to.equal(undefined);
  });

  it('on a yes, with the plan shared before delivered, says Dr Sam Patel still has that one', async () => {
    const teams = await startFakeTeamsConnector();
    try {
      await leadReachableAt(fresh.running, teams.serviceUrl);
      await jeanShares();
      await fresh.running.app.deliveries.idle();
      await say('remove my goal');
      const reply = await say('yes');
      expect(allText(reply)).to.include('I have not sent the changed plan to Dr Sam Patel');
      expect(allText(reply)).to.include('They still have the plan you shared before');
      expect(allText(reply)).to.not.include('has not reached them');
    } finally {
      await teams.close();
    }
  });

  for (const said of ['I want to add a goal', 'can I add another goal?']) {
    it(`asks for a second goal on "${said}", then comes back to the plan`, async () => {
      await jeanShares();
      const reply = await say(said);
      expect(allText(reply)).to.not.include('You have finished getting ready');
      expect(lastQuestion(reply), allText(reply)).to.equal('goal.2.text');
      const back = await walkTo(say, 'review.change', { 'goal.another': 'no' }, 'swim once a week');
      expect(lastQuestion(back)).to.equal('review.change');
      expect(await storedValue(fresh.running, 'goal.2.text')).to.equal('swim once a week');
      expect(await storedValue(fresh.running, 'goal.1.text')).to.equal('Walk to the park');
    });
  }

  it('still says it has finished to "add some salt"', async () => {
    await jeanShares();
    const reply = await say('add some salt');
    expect(allText(reply)).to.include('You have finished getting ready');
  });
});
