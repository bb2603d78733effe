/**
 * H489: a young carer who says so ("im 14 and i look after my mum", "I'm in year 10 and do
 * everything for my dad") went the adult journey and nothing told the lead contact that a child is
 * caring. Now the same carer journey; they are told once, in words for a reading age of 9 to 11,
 * that sharing the plan lets the lead contact see they are under 18, and where a young person gets
 * help; and Dr Sam Patel's card says, under "Read this first", that the carer said they are under
 * 18. No age is kept. A parent telling their child's age, or an adult carer their own, raises
 * nothing. Real app, Teams connector on loopback, Web Chat; SMS as a Twilio text.
 */
import { expect } from 'chai';
import { loadCatalogue } from '../../content/catalogue';
import { invitingCoordinator } from '../support/invitations';
import { carerPersona, type Persona } from '../support/personas';
import { onEachHeld, sharedAs, type Opened } from '../support/heldDelivery';
import { onlyRecord } from '../support/onlyRecord';
import { fleschKincaidGrade } from '../support/readability';
import { smsService } from '../channels/sms/smsService';

const staff = { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad };
const texts = (sent: unknown): string => (JSON.stringify(sent).match(/"text":"[^"]*"/g) ?? []).join(' | ');
const toldYoung = /You told me you are under 18/;
const onCard = /The carer who filled this in said they are under 18/;

const asCarer = (who: string): Persona => ({
  ...carerPersona,
  answers: { ...carerPersona.answers, 'respondent.type': who },
});

async function shared(opened: Opened, persona: Persona): Promise<{ told: number; card: string }> {
  const run = await sharedAs(opened, persona);
  const told = run.transcript.filter((turn) => toldYoung.test(turn.replies.map((r) => r.text ?? '').join(' '))).length;
  return { told, card: texts(opened.connector.delivered(invitingCoordinator.conversation)[0]?.attachments) };
}

describe('A young carer who says so (H489)', function () {
  this.timeout(180_000);

  it('is told once, and the card says under "Read this first" that the carer said they are under 18', () =>
    onEachHeld(
      ['webchat'],
      async (opened) => {
        const { told, card } = await shared(opened, asCarer('im 14 and i look after my mum'));
        expect(told, 'told once').to.equal(1);
        expect(card).to.include('Read this first');
        expect(card).to.match(onCard);
        const record = await onlyRecord(opened.running);
        // The answers' values only: their times (answered at 03:14) may hold the number too.
        const kept = Object.values(record.answers).map((answer) => JSON.stringify(answer.value));
        expect(kept.join(' '), 'no age kept').not.to.match(/\b14\b/);
      },
      { env: staff },
    ));

  for (const who of ['I am helping my daughter, she is aged 15', "I'm 45 and I look after my mum"]) {
    it(`raises nothing for "${who}"`, () =>
      onEachHeld(
        ['webchat'],
        async (opened) => {
          const { told, card } = await shared(opened, asCarer(who));
          expect(told).to.equal(0);
          expect(card, 'the plan reached them').to.include('Jean');
          expect(card).not.to.match(/under 18/);
        },
        { env: staff },
      ));
  }

  it('speaks to them in words for a reading age of 9 to 11', () => {
    const catalogue = loadCatalogue();
    for (const family of ['text', 'sms'] as const) {
      const words = catalogue['carer.young.told']?.[family];
      expect(words, family).to.be.a('string');
      expect(fleschKincaidGrade(words ?? ''), family).to.be.at.most(6);
    }
  });
});

describe('A young carer who says so, by SMS (H489)', function () {
  this.timeout(60_000);
  const sms = smsService('carers31-young');

  it('is told, and the record carries the flag', async () => {
    // Told on the turn they say it (H524), not the next.
    const reply = await sms.texts(['hi', "I'm in year 10 and do everything for my dad"]);
    expect(reply).to.match(toldYoung);
    const record = await onlyRecord(sms.running());
    expect(record.flags.map((flag) => flag.kind)).to.include('youngCarer');
  });
});
