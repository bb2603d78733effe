/**
 * A carer's score said as "I'm 7" (review 31, H515 under H489): at "how important" or "how sure",
 * a number after "I'm" is a score on 0 to 10, not the carer's age. Carers 31's `under18Said` read
 * any "im" then a number from 5 to 17 as the writer's age, so an adult carer answering "I'm 7" was
 * told "You told me you are under 18" and the lead contact's card said the carer is under 18. Real
 * app over Web Chat, the plan shared to Teams on loopback.
 */
import { expect } from 'chai';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { under18Said } from '../../dialogs/recognisers/youngCarerSaid';
import { invitingCoordinator } from '../support/invitations';
import { carerPersona, type Persona } from '../support/personas';
import { onEachHeld, sharedAs } from '../support/heldDelivery';

const staff = { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad };
const texts = (sent: unknown): string => (JSON.stringify(sent).match(/"text":"[^"]*"/g) ?? []).join(' | ');

const scoredAs = (importance: string, confidence: string): Persona => ({
  ...carerPersona,
  answers: { ...carerPersona.answers, 'goal.1.importance': importance, 'goal.1.confidence': confidence },
});

describe('A score said after "I\'m" is no age (H515)', function () {
  this.timeout(180_000);

  for (const [importance, confidence] of [
    ["I'm 8", "I'm 7"],
    ['im 9', 'i am 7'],
  ])
    it(`tells no one the carer is under 18 after "${importance}" and "${confidence}"`, () =>
      onEachHeld(
        ['webchat'],
        async (opened) => {
          const run = await sharedAs(opened, scoredAs(importance, confidence));
          const said = run.transcript.map((turn) => turn.replies.map((r) => r.text ?? '').join(' ')).join(' | ');
          expect(said).not.to.match(/You told me you are under 18/);
          const card = texts(opened.connector.delivered(invitingCoordinator.conversation)[0]?.attachments);
          expect(card, 'the plan reached them').to.include('Jean');
          expect(card).not.to.match(/under 18/);
        },
        { env: staff },
      ));
});

describe('An age said at a 0 to 10 question needs its years, or to be above 10 (H515)', () => {
  const phrases = createPhrases();
  for (const text of ["I'm 7", 'im 9', 'i am 6 now', "I'm 10"])
    it(`reads "${text}" at a score as a score`, () => {
      expect(under18Said(text, phrases, { atScore: true })).to.equal(false);
      expect(under18Said(text, phrases), 'elsewhere an age').to.equal(true);
    });
  for (const text of ["I'm 14", 'im 8 years old', "I'm in year 10"])
    it(`still reads "${text}" at a score as under 18`, () => {
      expect(under18Said(text, phrases, { atScore: true })).to.equal(true);
    });
});
