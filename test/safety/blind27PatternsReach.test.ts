import { createCrisisScreen } from '../../safety/screen';
import { itGetsNothing, itGivesCrisisReplies, itGivesNoCrisisReply } from '../safety/screenWordings';

/**
 * Review 28 (H229, H230; blind set 27): new readings that reached
 * everyday words, and a set-aside and an exclusion that silenced a disclosure beside them.
 * - "when she goes I'll go with her" (to a scan) got the suicide crisis reply
 *   (`suicide.goingWithThemWhenTheyDie` read "goes" as dying);
 * - children in the car while the hosepipe was used got the suicide crisis reply (`suicide.hosepipeInTheCar`);
 * - "we will probably crash at her house" got the harm-to-others crisis reply (`harmOthers.driveIntoSomeone`);
 * - a granddaughter burning a neck with straighteners doing hair got the harm-to-others crisis
 *   reply (`harmOthers.burntMeWithCigarette`);
 * - "I'm going to finish it all, my plan" got nothing (`setAside.finishItAllTheQuestions`), where it
 *   had the suicide crisis reply;
 * - "my worst fear is having a heart attack and I think it's happening now" only a check-in
 *   (`exclude.fearIsHavingAnAttack`).
 */
const screen = createCrisisScreen();

describe('review 28: blind set 27 readings kept off everyday words', () => {
  describe('going with someone, a hosepipe, a bed for the night, a burn doing hair: no crisis reply', () => {
    itGivesNoCrisisReply(screen, [
      "my wife has a scan on friday, when she goes I'll go with her",
      "when she goes I'll go with her",
      'when dad goes ill go with him',
      'the kids were in the car while I used the hosepipe',
      'sat in the car watching him use the hosepipe on the drive',
      'I will crash at her place',
      'we will probably crash at her house after the party',
      'I might crash at her flat',
      'my granddaughter burnt my neck with her straighteners doing my hair',
      'my daughter accidentally burnt my hand with the iron',
    ]);
  });
  describe('the disclosures the readings were made for: the crisis reply as before', () => {
    itGivesCrisisReplies(screen, [
      ['suicide', 'wen my husband dies im going with him. ive kept his tablets back for me'],
      ['suicide', 'when my husband dies I am going with him'],
      ['suicide', 'hes sat in his car in the layby with a hosepipe, he sent me a photo'],
      ['harmOthers', "I've been thinking about driving into my ex husband's car when he picks the kids up on saturday"],
      ['harmOthers', 'Yesterday he burn my hand with cigarette'],
      ['harmOthers', 'he stubbed his fag out on my arm last night'],
    ]);
  });
});

describe('review 28: a set-aside and an exclusion of blind set 27 no longer silence what is beside them', () => {
  describe("finishing 'it all' said to be a plan or the rest: the suicide crisis reply, as before set 27", () => {
    itGivesCrisisReplies(screen, [
      ['suicide', "I'm going to finish it all, my plan"],
      ['suicide', "I'm going to finish it all, the rest"],
      ['suicide', 'ill finish it all off, my plan'],
    ]);
  });
  describe('a fear of a heart attack, then one happening now: the medical crisis reply', () => {
    itGivesCrisisReplies(screen, [
      ['medicalEmergency', "my worst fear is having a heart attack and I think it's happening now"],
      ['medicalEmergency', 'my biggest worry is having a heart attack and I think I am having one now'],
    ]);
  });
  describe('the everyday words the set-aside and the exclusion were made for: nothing, as set 27 decided', () => {
    itGetsNothing(screen, [
      "I'm going to finish it all - the questions I mean! what's next?",
      'My worst fear is having a heart attack on my own',
    ]);
  });
});
