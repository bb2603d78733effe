/**
 * H346, through the bot's real turns: Ann, answering for Jean, says at "How are you coping?" that
 * she is at the end of her tether. She is told once that her lead contact will see it if she shares
 * her part; Dr Sam Patel's card puts it under "Read this first" and "my patients" marks the plan,
 * only when her own part is shared. Her ordinary tiredness raises nothing.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { invitingCoordinator, leadSaysInTeams } from '../support/invitations';
import { carerPersona, type Persona } from '../support/personas';
import { onEachHeld, sharedAs, type Opened } from '../support/heldDelivery';

const staff = { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad };
const texts = (sent: unknown): string => (JSON.stringify(sent).match(/"text":"[^"]*"/g) ?? []).join(' | ');
const strained = "I'm at my wits end and completely burnt out";
const toldOnce = /how hard things are for you/;

function ann(answers: Record<string, string | string[]> = {}): Persona {
  return { ...carerPersona, answers: { ...carerPersona.answers, ...answers } };
}

async function seen(opened: Opened): Promise<{ card: string; list: string }> {
  const card = texts(opened.connector.delivered(invitingCoordinator.conversation)[0].attachments);
  const list = allText(await leadSaysInTeams(opened.running, opened.connector.serviceUrl, 'my patients'));
  return { card, list };
}

describe('A carer at the end of their tether, for the lead contact in Teams (H346)', function () {
  this.timeout(120_000);

  it('tells Ann once, puts her words under "Read this first" and marks the plan in "my patients"', () =>
    onEachHeld(
      ['webchat'],
      async (opened) => {
        const run = await sharedAs(opened, ann({ 'carer.coping': strained }));
        const { card, list } = await seen(opened);

        const told = run.transcript.filter((turn) =>
          toldOnce.test(turn.replies.map((reply) => reply.text ?? '').join(' ')),
        );
        expect(told.map((turn) => turn.answered)).to.deep.equal(['carer.coping']);
        expect(card).to.include('Read this first');
        expect(card).to.include('wits end');
        expect(card.indexOf('Read this first')).to.be.below(card.indexOf('Top things to talk about'));
        expect(list).to.match(/read this first/);
      },
      { env: staff },
    ));

  it('shows nothing of it when Ann keeps her own part back', () =>
    onEachHeld(
      ['webchat'],
      async (opened) => {
        await sharedAs(opened, ann({ 'carer.coping': strained, 'share.send': '1, 2, 3, 4' }));
        const { card, list } = await seen(opened);

        expect(card).to.not.include('Read this first');
        expect(card).to.not.include('wits end');
        expect(list).to.not.match(/read this first/);
      },
      { env: staff },
    ));

  it('raises nothing, and says nothing of it, for ordinary tiredness', () =>
    onEachHeld(
      ['webchat'],
      async (opened) => {
        const run = await sharedAs(opened, ann({ 'carer.coping': 'A bit tired, busy week' }));
        const { card, list } = await seen(opened);

        expect(JSON.stringify(run.transcript)).to.not.match(toldOnce);
        expect(card).to.not.include('Read this first');
        expect(list).to.not.match(/read this first/);
      },
      { env: staff },
    ));
});
