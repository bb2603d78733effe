/**
 * Taking a plan back said in a longer message, as a person types it, on each channel family; and an
 * answer that only mentions who sees what, kept as the answer it is.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { onEachChannel } from '../support/planListeners';
import { personPersona, runPersona } from '../support/personas';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { chatClient } from '../support/startApp';

type ChannelId = 'webchat' | 'msteams' | 'sms';
const lead = 'Dr Sam Patel';
const no = (channelId: ChannelId): string => (channelId === 'sms' ? '2' : 'no');

const longerTakeBack = [
  "actually I've changed my mind, I don't want my nurse to see this",
  'please stop sharing my plan with the doctor',
  'can you unshare it please',
];

describe('Taking a shared plan back in a longer message', () => {
  it(`asks whether to take it back from ${lead}, and takes nothing back on a no`, async () => {
    await onEachChannel<ChannelId>(['webchat', 'msteams', 'sms'], async ({ running, told }, channelId) => {
      const client = chatClient(running, { channelId });
      await runPersona(
        async (text) => (await client.say(text)).replies,
        personPersona,
        await invitationCode(running, lead),
      );
      for (const said of longerTakeBack) {
        const asked = await client.say(said);
        await client.say(no(channelId));

        expect(lastQuestion(asked), `${channelId}, "${said}"`).to.equal('control.withdraw');
        expect(allText(asked), `${channelId}, "${said}"`).to.include(lead);
      }
      expect(told.withdrawn, channelId).to.have.length(0);
    });
  });
});

describe('Keeping a part back in a longer message while answering', () => {
  it(`never keeps the words as an answer, and asks whether to keep that part from ${lead}`, async () => {
    await onEachChannel<ChannelId>(['webchat', 'sms'], async ({ running }, channelId) => {
      const client = chatClient(running, { channelId });
      const answers = { ...plainPersonAnswers, 'goal.1.text': 'walk more' };
      await walkTo((text) => client.say(text), 'goal.1.barriers', answers, await invitationCode(running, lead));
      const reply = await client.say(longerTakeBack[0]);

      expect(lastQuestion(reply), channelId).to.equal('control.keepBack');
      expect((await onlyRecord(running)).answers['goal.1.barriers'], channelId).to.equal(undefined);
    });
  });
});

describe('An answer that mentions who sees what', () => {
  const said = "my husband doesn't want the doctor to see my weight";

  it(`keeps "${said}" as the answer to "what might stop you?", and goes on`, async () => {
    await onEachChannel<ChannelId>(['webchat', 'sms'], async ({ running }, channelId) => {
      const client = chatClient(running, { channelId });
      const answers = { ...plainPersonAnswers, 'goal.1.text': 'walk more' };
      await walkTo((text) => client.say(text), 'goal.1.barriers', answers, await invitationCode(running, lead));
      const reply = await client.say(said);

      expect(lastQuestion(reply), channelId).to.equal('goal.1.confidence');
      expect((await onlyRecord(running)).answers['goal.1.barriers']?.value, channelId).to.equal(said);
    });
  });
});
