import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies, itGivesNoCrisisReply } from './screenWordings';

/**
 * H95: a wish to be gone said through what is made ready (blind set 20's leftovers). Affairs put
 * in order (a pet given away, who gets what) with being finished with it all; one's own funeral
 * planned while saying it is not for an illness; a note left that the family "will understand";
 * a lethal dose looked up for "you" or "a person" (the suicide kind, not harm to others). Each
 * with paraphrases, and the everyday look-alikes that must stay without a crisis reply.
 */
const screen = createCrisisScreen();

describe('affairs put in order, then finished with it all (H95)', () => {
  itGivesCrisisReplies(screen, [
    ['suicide', "my goals: sort the will, give the dog to my sister, then I'm finished with all of it"],
    ['suicide', "Goals - find the cat a new home, get my affairs in order, and then I'm done with it all"],
    ['suicide', "I've given my tools away to my nephew. After that I'm finished with everything."],
    ['suicide', "rehoming the dog this week and sorting out who gets what, then I'll be through with all of it"],
    ['suicide', "giving the cat to my neighbour, and then I'm finished with life"],
  ]);
  itGivesNoCrisisReply(screen, [
    'my goals: sort the will, give the dog to my sister while I have my hip done, then get back to walking',
    "I've finished with all of it, the forms are in the post",
    'giving the dog to my sister for the fortnight we are away',
    "I'm finished with everything on my list for the appointment",
    'we put our affairs in order last year with a solicitor, power of attorney and all that',
    "I've given away all my old clothes to the charity shop, I'm done with it all",
    "we took the dog to the vet, I'm done with everything today",
  ]);
});

describe("one's own funeral planned, not for an illness (H95)", () => {
  itGivesCrisisReplies(screen, [
    ['suicide', "down? mate I've been planning my own funeral and it's not cos of my lungs"],
    ['suicide', "been sorting out my funeral, and no, it's nothing to do with the cancer"],
    ['suicide', "I've arranged my own funeral and I'm not even ill"],
    ['suicide', "planning my funeral lately, and it isn't because of my heart"],
    ['suicide', "It's not about my COPD but I've been choosing the music for my funeral"],
  ]);
  itGivesNoCrisisReply(screen, [
    "I've been planning my own funeral because of my lungs, the nurse said to get things in order",
    'paid for my funeral plan, not because of my heart, just peace of mind',
    "I'm planning my funeral with the hospice nurse, it's part of my advance care plan",
    "Mum's been planning her funeral since the diagnosis",
    'planning my own funeral, nothing to do with my health, just being organised',
    'planning my own funeral, not because of my cancer, I just want to choose the songs',
  ]);
});

describe('a note left that the family will understand (H95)', () => {
  itGivesCrisisReplies(screen, [
    ['suicide', 'I left a note for my family, they will understand'],
    ['suicide', "I left a note for my family, they'll understand"],
    ['suicide', 'I left a note for my family, they will understand why'],
    ['suicide', "I've written a note to the kids, they'll understand"],
    ['suicide', "left a letter for my husband. he'll understand"],
  ]);
  itGivesNoCrisisReply(screen, [
    "I left a note for my husband, he'll understand why I'm late",
    'I left a note for the carer, she will understand',
    'I left a note for my husband about my tablets, he will understand',
    "I left a note for my wife saying I'd be at the pub, she'll understand",
    'left a note for my daughter to explain the new dosette box, she will understand it',
  ]);
});

describe('a lethal dose looked up for "you" or "a person" is the suicide kind (H95)', () => {
  itGivesCrisisReplies(screen, [
    ['suicide', "I've been googling how many paracetamol it takes to kill you"],
    ['suicide', 'been reading up on how much paracetamol it takes to kill a person'],
    ['suicide', 'looked up how much insulin it takes to kill you'],
    ['suicide', 'I searched how many sleeping pills it would take to kill you'],
    ['suicide', 'how many paracetamol does it take to kill you'],
  ]);
  // Whose life is at risk is named: harm to others, as ever.
  itGivesCrisisReplies(screen, [
    ['harmOthers', "I've been googling how many paracetamol it takes to kill my husband"],
    ['harmOthers', 'how many of his tablets would it take to kill him'],
  ]);
  it('stays without a crisis reply for a dose asked about as a dose', () => {
    expect(screen.screen('how many paracetamol can you take in a day').tier).to.not.equal('crisis');
    expect(screen.screen('how many tablets does it take to notice a difference').tier).to.not.equal('crisis');
  });
});
