/**
 * Looking the draft plan over, as new users do: a goal's score changed in words ("can I change the
 * importance to 4?"), as it can be while the goals are asked, and a goal's new words said with it
 * named ("my goal should be walk to the shops"). Found trying the bot as new users.
 */
import { expect } from 'chai';
import type { PreparationRecord } from '../../plan/record';
import { allText, lastQuestion } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { listeningAppPerTest } from '../support/planListeners';
import { jeanToConsent, jeanToShare, plainPersonAnswers, walkTo } from '../support/scripts';
import { chatClient, freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Changing a goal score while looking the plan over, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const record = (): Promise<PreparationRecord> => onlyRecord(fresh.running);
    const toReview = (): Promise<unknown> =>
      walkTo((text) => fresh.client.say(text), 'review.change', plainPersonAnswers);

    // While the goals are asked, "can I change the importance to 4?" changes it; at "Is there
    // anything you want to change?", where people check their plan, it was "Sorry, I didn't
    // understand. Please pick one of the options", and again every time it was asked.
    it('changes the importance on "can I change the importance to 4?", says so, and shows the plan again', async () => {
      await toReview();
      expect((await record()).answers['goal.1.importance']?.value).to.equal(7);

      const reply = await fresh.client.say('can I change the importance to 4?');
      expect((await record()).answers['goal.1.importance']?.value, allText(reply)).to.equal(4);
      expect(allText(reply)).to.include('walk more').and.to.include('not 7');
      expect(allText(reply)).to.match(/Importance: 4 out of 10/i);
      expect(lastQuestion(reply)).to.equal('review.change');
    });

    it('asks what would make it more likely when how sure is changed to below 7, then shows the plan again', async () => {
      await toReview();
      const reply = await fresh.client.say('my confidence should be 4');
      expect((await record()).answers['goal.1.confidence']?.value).to.equal(4);
      expect(lastQuestion(reply), allText(reply)).to.equal('goal.1.moreLikely');

      const back = await fresh.client.say('get a walking buddy');
      expect(lastQuestion(back), allText(back)).to.equal('review.change');
      expect(allText(back)).to.include('get a walking buddy');
    });

    it('changes nothing on "change the importance to 12", and asks for a number from 0 to 10', async () => {
      await toReview();
      const reply = await fresh.client.say('change the importance to 12');

      expect((await record()).answers['goal.1.importance']?.value).to.equal(7);
      expect(allText(reply)).to.match(/one whole number/);
      expect(lastQuestion(reply)).to.equal('review.change');
    });

    it('changes the goal named in "change the importance of my first goal to 4", whichever goal was last', async () => {
      await walkTo((text) => fresh.client.say(text), 'review.change', threeGoals);
      const reply = await fresh.client.say('change the importance of my first goal to 4');
      const answers = (await record()).answers;

      expect(answers['goal.1.importance']?.value, allText(reply)).to.equal(4);
      expect(answers['goal.3.importance']?.value).to.equal(7);
      expect(allText(reply)).to.include('walk more');
      expect(lastQuestion(reply)).to.equal('review.change');
    });

    // "my goal should be walk to the shops not the park" asked the goal again with the old words
    // (explore 23): the new words are taken, as "change my name to Jeannie" is.
    it('takes "my goal should be walk to the shops not walk more" as the goal, says so, and shows the plan again', async () => {
      await toReview();
      const reply = await fresh.client.say('my goal should be walk to the shops not walk more');

      expect((await record()).answers['goal.1.text']?.value, allText(reply)).to.equal('walk to the shops');
      expect(allText(reply)).to.include('It was "walk more"');
      expect(lastQuestion(reply)).to.equal('review.change');
    });

    // Saying the goal matters ("my goal is really important to me") was taken as its new words: the
    // goal became "important to me" and "I have changed goal 1" said (review 23 finding 1). New words
    // are taken only when given plainly as the new goal ("should be", or the old ones taken back).
    it('keeps the goal when "my goal is really important to me" is said at the review', async () => {
      await walkTo((text) => fresh.client.say(text), 'review.change', jeanToShare);
      const reply = await fresh.client.say('my goal is really important to me');

      expect(allText(reply)).to.not.match(/changed goal 1/);
      expect((await record()).answers['goal.1.text']?.value).to.equal('Walk to the park');
    });

    for (const words of [
      'my goal is really important to me',
      'my goal will be hard',
      'my goal can be done',
      'my goal must be realistic',
      'my goal is now easier',
    ]) {
      it(`keeps the goal on "${words}"`, async () => {
        await toReview();
        const reply = await fresh.client.say(words);

        expect(allText(reply)).to.not.match(/changed goal 1/);
        expect((await record()).answers['goal.1.text']?.value, allText(reply)).to.equal('walk more');
      });
    }

    it('takes "my goal is now walk to the shops not walk more", the old words taken back, as the goal', async () => {
      await toReview();
      const reply = await fresh.client.say('my goal is now walk to the shops not walk more');

      expect((await record()).answers['goal.1.text']?.value, allText(reply)).to.equal('walk to the shops');
      expect(lastQuestion(reply)).to.equal('review.change');
    });

    it('takes "change goal 2 to swimming" as goal 2 only', async () => {
      await walkTo((text) => fresh.client.say(text), 'review.change', threeGoals);
      const reply = await fresh.client.say('change goal 2 to swimming');
      const answers = (await record()).answers;

      expect(answers['goal.2.text']?.value, allText(reply)).to.equal('swimming');
      expect(answers['goal.1.text']?.value).to.equal('walk more');
      expect(lastQuestion(reply)).to.equal('review.change');
    });

    it('asks which goal is meant when several were given and none is named, and changes neither', async () => {
      await walkTo((text) => fresh.client.say(text), 'review.change', threeGoals);
      const reply = await fresh.client.say('change the importance to 4');
      const answers = (await record()).answers;

      expect(answers['goal.1.importance']?.value, allText(reply)).to.equal(7);
      expect(answers['goal.3.importance']?.value).to.equal(7);
      expect(allText(reply)).to.include('walk more').and.to.include('cook more');
      expect(lastQuestion(reply)).to.equal('review.change');

      const named = await fresh.client.say('change the importance of goal 2 to 4');
      expect((await record()).answers['goal.2.importance']?.value, allText(named)).to.equal(4);
    });
  });

  describe(`Changing a goal score at the review once the plan was shared, on ${channelId}`, () => {
    const app = listeningAppPerTest();

    // Shared, then changed and on to "Can I share this plan?" again, then back to "anything you
    // want to change?": a score changed there left the earlier "send all" standing, so consent was
    // asked without the plan shown afresh or what would be sent said again.
    it('shows the plan again, then asks again what to send before asking for consent', async () => {
      const client = chatClient(app.running, { channelId });
      await walkTo((t) => client.say(t), 'share.consent', jeanToConsent, await invitationCode(app.running));
      await client.say('yes');
      expect(app.told.shared).to.have.length(1);
      await walkTo((t) => client.say(t), 'share.consent', jeanToConsent, 'change');
      await client.say('back');
      const review = await client.say('back');
      expect(lastQuestion(review), allText(review)).to.equal('review.change');

      const reply = await client.say('change the importance to 4');
      expect((await onlyRecord(app.running)).answers['goal.1.importance']?.value, allText(reply)).to.equal(4);
      expect(allText(reply)).to.match(/Importance: 4 out of 10/i);
      expect(lastQuestion(reply)).to.equal('review.change');
      const send = await client.say('It looks right');
      expect(lastQuestion(send), allText(send)).to.equal('share.send');
      const consent = await client.say('all');
      expect(lastQuestion(consent), allText(consent)).to.equal('share.consent');
      expect(app.told.shared).to.have.length(1);
      await client.say('yes');
      expect(app.told.shared).to.have.length(2);
      expect(app.told.shared[1].record.answers['goal.1.importance']?.value).to.equal(4);
    });
  });
}

/** Three goals (as many as are asked), each 7 for how important, to the review. */
const threeGoals: Readonly<Record<string, string>> = {
  ...plainPersonAnswers,
  'goal.another': 'yes',
  'goal.2.text': 'sleep better',
  'goal.3.text': 'cook more',
};
