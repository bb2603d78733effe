/**
 * H441, for the lead contact: Ann's strain, said at "What matters most to Jean?" and kept in her own
 * part with her yes, reaches Dr Sam Patel under "Read this first" when she shares her part, and not
 * when she keeps it back (told so, H412). Her "How are you coping?" is an ordinary "Tired but OK".
 */
import { expect } from 'chai';
import { allText, type ChatClient } from '../support/botClient';
import { invitationCode, invitingCoordinator } from '../support/invitations';
import { onEachHeld, type Opened } from '../support/heldDelivery';
import { walkTo } from '../support/scripts';
import { chatClient } from '../support/startApp';
import { annForJean } from '../support/carerScripts';

const staff = { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad };
const texts = (sent: unknown): string => (JSON.stringify(sent).match(/"text":"[^"]*"/g) ?? []).join(' | ');

/** Ann says her strain at what matters, keeps it with her yes, and goes on to share `send`. */
async function keepsAndShares(opened: Opened, send: string): Promise<string> {
  const client: ChatClient = chatClient(opened.running, { channelId: 'webchat' });
  const say = (text: string): ReturnType<ChatClient['say']> => client.say(text);
  await walkTo(say, 'whatMatters.most', annForJean, await invitationCode(opened.running));
  await say("Honestly I'm at the end of my tether");
  await say('yes');
  const answers = {
    ...annForJean,
    'carer.coping': 'Tired but OK',
    'share.send': send,
    'review.change': 'It looks right',
  };
  const preview = await walkTo(say, 'share.consent', answers, 'home');
  await say('yes');
  await opened.running.app.deliveries.idle();
  return allText(preview);
}

describe("A carer's strain kept from a question about her mum, for the lead contact (H441)", function () {
  this.timeout(120_000);

  it('is put first for Dr Sam Patel when Ann shares her own part', () =>
    onEachHeld(
      ['webchat'],
      async (opened) => {
        await keepsAndShares(opened, 'all');
        const card = texts(opened.connector.delivered(invitingCoordinator.conversation)[0].attachments);
        expect(card).to.include('Read this first');
        expect(card).to.include('end of my tether');
      },
      { env: staff },
    ));

  it('stays back with her part when she keeps it back, and she is told so', () =>
    onEachHeld(
      ['webchat'],
      async (opened) => {
        const preview = await keepsAndShares(opened, '1, 2, 3, 4');
        const card = texts(opened.connector.delivered(invitingCoordinator.conversation)[0].attachments);
        expect(card).to.not.include('Read this first');
        expect(card).to.not.include('end of my tether');
        expect(preview).to.match(/how hard things are for you stays back too/);
      },
      { env: staff },
    ));
});
