/**
 * Review 30 (H468): safety 30's set-aside for a stroke already seen with the deficit it left
 * (`setAside.strokeSeenLastingDeficit`, H428) never asked that a stroke be named: "discharged from
 * hospital yesterday and can't move his left arm", "mum is home from hospital and cannot move her
 * left arm properly" or "the physio is coming, he can't move his right leg" got nothing, where an
 * arm or a side that will not work since coming home may be a new stroke (999). The stroke must be
 * named, as the set-aside's own note says.
 */
import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { allText, lastQuestion } from '../support/botClient';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';
import { itAsksAtLeast, itGetsNothing, itGivesCrisisReplies } from './screenWordings';

const screen = createCrisisScreen();

const noStrokeNamedCrisis = [
  "Dad was discharged from hospital yesterday and can't move his left arm",
  'he was discharged yesterday and cannot move his left arm',
  "she's home from the ward and can't feel her left side",
  "the physio is coming, he can't move his right leg",
  'mum is home from hospital and cannot move her left arm properly',
];
const noStrokeNamedAsked = [
  "mum came home from hospital today and can't use her right arm",
  'I was discharged yesterday, my left arm feels numb',
  'my left arm is numb, discharged from hospital today',
  "he's back from hospital and his right arm is useless",
];
const strokeNamedSeen = [
  "since my stroke on Sunday I can't use my left arm, the physio is helping",
  "she's home from the stroke unit and still can't feel her right hand",
  'discharged after my stroke last week, my arm is still weak',
];

describe('a deficit after a hospital stay with no stroke named is still asked about (H468)', () => {
  describe('the 999 reply, as before safety 30', () => {
    itGivesCrisisReplies(
      screen,
      noStrokeNamedCrisis.map((text) => ['medicalEmergency', text] as const),
    );
  });
  describe('a check-in at least, as before safety 30', () => {
    itAsksAtLeast(screen, 'medicalEmergency', noStrokeNamedAsked);
  });
  describe('a stroke named, seen, with the deficit it left: nothing, as safety 30 decided', () => {
    itGetsNothing(screen, strokeNamedSeen);
  });

  for (const channelId of ['webchat', 'sms'] as const) {
    describe(`at "What is hard?", on ${channelId}`, () => {
      const fresh = freshAppPerTest(channelId);
      it(`says "Call 999 now" to "${noStrokeNamedCrisis[0]}"`, async () => {
        const reply = await atQuestion(fresh.client, 'whatMatters.hard', noStrokeNamedCrisis[0]);
        expect(allText(reply)).to.match(/Call 999 now/);
      });
      it(`keeps "${strokeNamedSeen[1]}" with no crisis lines`, async () => {
        const reply = await atQuestion(fresh.client, 'whatMatters.hard', strokeNamedSeen[1]);
        expect(allText(reply)).to.not.match(/999|116 123/);
        expect(lastQuestion(reply)).to.not.be.oneOf(['safety.check', 'safety.checkIn']);
      });
    });
  }
});
