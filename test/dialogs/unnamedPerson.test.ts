/**
 * A carer who gave no name for the person they help read "the person you are helping's goals"
 * and "Thank you. the person you are helping's goals are saved." Found trying the bot as new
 * users: whose something is now reads "their", and a sentence never starts in lower case.
 */
import { expect } from 'chai';
import { allText, type PostResult } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { walkTo } from '../support/scripts';
import { chatClient, freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

/** A carer, Sam, who skips the person's name: low confidence in a goal, a positive mood screen, and a yes to sharing. */
const unnamed: Record<string, string> = {
  'respondent.type': '2',
  'subject.name': 'skip',
  'respondent.name': 'Sam',
  conditions: 'diabetes',
  'goal.1.text': 'walk to the park',
  'goal.1.confidence': '4',
  'goal.another': 'no',
  'mood.down': 'yes',
  'mood.harmThoughts': 'no',
  'mood.wantsHelp': 'yes',
  'review.change': 'It looks right',
  'share.send': 'all',
};

for (const channelId of channels) {
  describe(`A carer who gave no name for the person they help, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('reads "their goals", "their plan" and "their appointment", never "the person you are helping\'s"', async () => {
      const client = chatClient(fresh.running, { channelId });
      const seen: string[] = [];
      const say = async (text: string): Promise<PostResult> => {
        const result = await client.say(text);
        seen.push(allText(result));
        return result;
      };
      await walkTo(say, 'share.consent', unnamed, await invitationCode(fresh.running));
      await say('yes');
      const transcript = seen.join('\n');

      expect(transcript).to.not.match(/(?:helping|help)'s\b/);
      // A sentence never starts with the stand-in for the name in lower case.
      expect(transcript.match(/(?:^|[.!?]\s+)(?:the person|their)\b.{0,60}/gm) ?? []).to.deep.equal([]);
      expect(transcript).to.match(/Which of their (?:health )?conditions/);
      expect(transcript).to.match(/Their goals are saved/);
      expect(transcript).to.match(/before their appointment/);
      expect(transcript).to.match(/I will send their plan/);
    });

    it('asks whether "the person you are helping" is safe after a crisis told before any name, never leaving a blank', async () => {
      const client = chatClient(fresh.running, { channelId });
      await walkTo((text) => client.say(text), 'respondent.name', unnamed);
      const reply = allText(await client.say('she keeps saying she wants to end her life'));

      expect(reply).to.match(/116 123/);
      expect(reply).to.match(/Is the person you are helping safe right now\?/);
      expect(reply).to.not.match(/ {2}|\bIs +safe|sorry +is/);
    });
  });
}
