/**
 * Explorer 29b: Mo, on Web Chat for her dad Frank, says at "How are you coping?" that she is at
 * breaking point, then shares only her dad's part, keeping her own answers back.
 */
import { expect } from 'chai';
import { invitationCode, invitingCoordinator } from '../support/invitations';
import { carerPersona, runPersona, type PersonaRun } from '../support/personas';
import { chatClient } from '../support/startApp';
import { onEachHeld } from '../support/heldDelivery';

const staff = { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad };
const texts = (sent: unknown): string => (JSON.stringify(sent).match(/"text":"[^"]*"/g) ?? []).join(' | ');

function mo(coping: string, send: string): typeof carerPersona {
  return {
    ...carerPersona,
    answers: {
      ...carerPersona.answers,
      'subject.name': 'Frank',
      'respondent.name': 'Mo',
      'carer.coping': coping,
      'share.send': send,
    },
    questionMentions: {},
  };
}

/** What she was told at the parts to send and at her yes, and what her lead contact was sent. */
async function shares(coping: string, send: string): Promise<{ told: string; card: string }> {
  let told = '';
  let card = '';
  await onEachHeld(
    ['webchat'],
    async (opened) => {
      const client = chatClient(opened.running, { channelId: 'webchat', over: 'http' });
      const run: PersonaRun = await runPersona(
        async (text) => (await client.say(text)).replies,
        mo(coping, send),
        await invitationCode(opened.running),
      );
      told = run.transcript
        .filter((turn) => turn.answered === 'share.send' || turn.answered === 'share.consent')
        .flatMap((turn) => turn.replies.map((reply) => reply.text ?? ''))
        .join('\n');
      await opened.running.app.deliveries.idle();
      card = texts(opened.connector.delivered(invitingCoordinator.conversation)[0]?.attachments);
    },
    { env: staff },
  );
  return { told, card };
}

describe('Explorer 29b: a carer at breaking point who keeps her own part back (H412)', function () {
  this.timeout(180_000);

  // Her draft plan put "The carer who filled this in said they are under great strain" under
  // "Please note first". Keeping her own answers back she was told "I will keep back: your own
  // answers as a carer. Any safety notes always go too.", then "I will send Frank's plan ... and any
  // safety notes": nothing said that the note of her strain stays back with her answers, so she may
  // wait for Dr Sam Patel to ask how she is, and nobody will.
  it('tells her that what she said of how hard things are stays back, and sends none of it', async () => {
    const { told, card } = await shares("I'm at my wits end and completely burnt out", '1, 2, 3, 4');

    expect(told).to.match(/how hard things are for you/);
    expect(told).to.match(/Dr Sam Patel will not see it/);
    expect(card).to.not.match(/strain|breaking point/);
  });

  // Near misses: her strain shared with her part, and ordinary tiredness kept back, say nothing of it.
  it('says nothing of it when her own part goes, or when she said only that she is tired', async () => {
    const all = await shares("I'm at my wits end and completely burnt out", 'all');
    const tired = await shares('Tired, but we manage most days', '1, 2, 3, 4');

    expect(all.told).to.not.match(/how hard things are for you/);
    expect(all.card).to.match(/great strain/);
    expect(tired.told).to.not.match(/how hard things are for you/);
  });
});
