/**
 * Fix of review 26, item 5 (H286): a threat to a baby or child with "only joking" after it became
 * only the joked threat's check-in (`askFirst.personThreatJoked`, H257), and with a laugh after it
 * nothing at all (the joke took it back). A threat to a child is a safeguarding matter: the crisis
 * reply, whatever the joke or the learned layer's doubt. A partner joked about is still asked
 * about straight (test/safety/leftovers26.test.ts).
 */
import { createCrisisScreen } from '../../safety/screen';
import { itChecksInOnly, itGivesCrisisReplies } from './screenWordings';

const screen = createCrisisScreen();

describe('a threat to a baby or child taken back as a joke (H286)', () => {
  itGivesCrisisReplies(screen, [
    ['harmOthers', "I'll smother the baby, only joking"],
    ['harmOthers', "I'll kill the kids, only joking"],
    ['harmOthers', 'I could murder the children, just kidding'],
    ['harmOthers', "I'll strangle my grandchild, honestly! Only kidding"],
    ['harmOthers', 'I swear I will throttle the kids, only joking, they drive me mad'],
    ['harmOthers', "I'll smother the little one lol"],
    ['harmOthers', 'I wanted to throttle the kids haha'],
  ]);
  describe('a partner or parent joked about: still the check-in only', () => {
    itChecksInOnly(screen, 'harmOthers', ["I'll kill him, only joking", "I'll strangle my husband, only kidding"]);
  });
});
