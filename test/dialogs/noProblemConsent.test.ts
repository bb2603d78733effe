/**
 * "No problem", "no worries", "no bother" and "not a problem" to a request for leave ("Can I
 * share this plan with Dr Sam Patel?") give it: they were read by their "no" and the plan was not
 * shared. A real no with them ("no, no problem if you don't") is asked again; "no" stays no; to an
 * offer ("Is this something you would like help with?") they may mean "no need" and are no yes.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { listeningAppPerTest } from '../support/planListeners';
import { jeanToConsent, walkTo } from '../support/scripts';
import { chatClient } from '../support/startApp';

const channels = ['webchat', 'sms'] as const;

type Reading = 'yes' | 'no' | 'askAgain';

const atConsent: ReadonlyArray<[string, Reading]> = [
  ['no problem', 'yes'],
  ['No worries!', 'yes'],
  ['no bother', 'yes'],
  ['not a problem', 'yes'],
  ['no problem at all', 'yes'],
  ["that's no problem", 'yes'],
  ['no worries, go ahead', 'yes'],
  ["no, no problem if you don't", 'askAgain'],
  ['no problem but not now', 'askAgain'],
  // Leave is given only by a whole reply of it: anything said beside it may take it back.
  ['no problem if you dont', 'askAgain'],
  ['no bother, I would rather not', 'askAgain'],
  ['no trouble at all but please dont', 'askAgain'],
  ['no worries I will keep it to myself', 'askAgain'],
  ['no problem keeping it private', 'askAgain'],
  ['no problem is I dont trust them', 'askAgain'],
  ['yes, no problem', 'yes'],
  ['no worries thanks 👍', 'yes'],
  ['no', 'no'],
  ['no thanks', 'no'],
];

/** Jean, down this last month, to "Is this something you would like help with?". */
const toWantsHelp = {
  'respondent.type': '1',
  'subject.name': 'Jean',
  'goal.1.text': 'walk to the park',
  'goal.another': 'no',
  'topics.selected': '1',
  'mood.down': 'yes',
  'mood.interest': 'no',
  'mood.harmThoughts': 'no',
};

for (const channelId of channels) {
  describe(`"No problem" and its like, on ${channelId}`, () => {
    const app = listeningAppPerTest();

    for (const [text, reading] of atConsent) {
      it(`reads "${text}" to "Can I share this plan?" as ${reading}`, async () => {
        const client = chatClient(app.running, { channelId });
        await walkTo((t) => client.say(t), 'share.consent', jeanToConsent, await invitationCode(app.running));
        const result = await client.say(text);
        const reply = allText(result);
        const answer = (await onlyRecord(app.running)).answers['share.consent'];

        if (reading === 'yes') {
          expect(answer?.value, reply).to.equal(true);
          expect(app.told.shared, reply).to.have.length(1);
          return;
        }
        expect(app.told.shared, 'the lead contact was sent the plan').to.have.length(0);
        if (reading === 'no') {
          expect(answer?.value, reply).to.equal(false);
        } else {
          expect(answer, reply).to.equal(undefined);
          expect(lastQuestion(result)).to.equal('share.consent');
        }
      });
    }

    it('does not note "no worries" to "would you like help with this?" as yes', async () => {
      const client = chatClient(app.running, { channelId });
      await walkTo((t) => client.say(t), 'mood.wantsHelp', toWantsHelp);
      const result = await client.say('no worries');

      expect((await onlyRecord(app.running)).answers['mood.wantsHelp']?.value, allText(result)).to.not.equal(true);
    });
  });
}
