import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * Blind set 17's one hard negative given a crisis reply on first contact: a shotgun certificate
 * held for clay shooting read as access to a weapon. The calm list starts with the blind wording,
 * then wordings of the same kind in no data file; the detects list holds look-alikes that must
 * still count.
 */
const mechanisms: Record<string, Mechanism> = {
  'a gun held under licence for sport or work': {
    detects: [
      ["he's got a shotgun and he says he'll use it on me if I leave", 'harmOthers'],
      ['I have a gun and I keep thinking about shooting him', 'harmOthers'],
      ['he has a shotgun locked in the cabinet and he said he would shoot me', 'harmOthers'],
      ['I have a shotgun licence and I keep thinking of turning it on myself', 'suicide'],
    ],
    calm: [
      "I've got a shotgun certificate because I shoot clays at the weekend. It's my hobby and keeps me active.",
      'my husband has a rifle licence for the deer on the estate, it lives in a locked cabinet',
      'we keep a shotgun for the farm, for the rabbits, all locked away properly',
    ],
  },
};

describeMechanisms('guns held under licence', mechanisms);
