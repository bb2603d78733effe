/**
 * Explorer 28 (H328-H331): the families around the explorer's wordings, read by the whole screen,
 * and the look-alikes each new reading must leave alone.
 */
import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { itAsksAtLeast, itChecksInOnly, itGetsNothing, itGivesCrisisReplies } from './screenWordings';

const screen = createCrisisScreen();

describe('Explorer 28: a wish to die or to self-harm in Welsh (H328)', () => {
  itGivesCrisisReplies(screen, [
    ['suicide', 'dw i eisiau marw'],
    ['suicide', 'dwi isho marw'],
    ['suicide', "rwy'n moyn marw"],
    ['suicide', 'hoffwn i farw'],
    ['suicide', 'dw i ddim eisiau byw'],
    ['suicide', 'dwi ddim isio byw ddim mwy'],
    ['suicide', "rwy'n teimlo fel lladd fy hun"],
    ['suicide', "dw i'n meddwl am hunanladdiad"],
    ['suicide', 'dw i eisiau rhoi diwedd ar y cyfan'],
    ['selfHarm', 'dw i eisiau brifo fy hun'],
    ['selfHarm', "dw i'n torri fy hun"],
    ['selfHarm', 'hunan-niweidio eto'],
  ]);
  itGetsNothing(screen, [
    'bore da',
    'diolch yn fawr',
    'dw i ddim eisiau marw',
    'mae Dad wedi marw llynedd',
    'bu farw fy nhad yn 2019',
    'wedi brifo fy hun yn yr ardd ddoe',
    'dw i eisiau cerdded mwy',
  ]);
});

describe('Explorer 28: texted disclosures (H329)', () => {
  for (const text of ['die', 'dead', 'Die.'])
    it(`gets the suicide crisis reply for "${text}" as a goal`, () => {
      expect(screen.screen(text, 'wish')).to.include({ tier: 'crisis', kind: 'suicide' });
    });
  for (const text of ['diet', 'diet and exercise', 'dance'])
    it(`gets nothing for "${text}" as a goal`, () => {
      expect(screen.screen(text, 'wish').tier).to.equal('none');
    });
  itGivesCrisisReplies(screen, [
    ['medicalEmergency', 'keytones high n being sick'],
    ['medicalEmergency', 'bg 2.5 feeling shaky rn'],
    ['medicalEmergency', 'bg 1.9 help'],
  ]);
  itGetsNothing(screen, ['bg 7.5 this morning', 'bg was 2.5 last week, fine now', 'love to every1 x']);
  itAsksAtLeast(screen, 'suicide', [
    'no1 cares if im here or not',
    'nobody would notice if i was gone',
    'im a burden on every1',
  ]);
});

describe('Explorer 28: not safe at home, a person locked in (H330)', () => {
  itChecksInOnly(screen, 'harmOthers', [
    'im not safe at home',
    "I don't feel safe at home",
    'I am not safe in my own house',
    "i'm scared to go home",
    'he wanders at night so I lock him in his room',
    'she keeps wandering so we lock her in at night',
  ]);
  itGetsNothing(screen, [
    'the stairs at home are not safe for me',
    'im not safe on the stairs at home',
    'im not safe at home on my own any more',
  ]);
});

describe('Explorer 28: self-hatred, no point, half a sentence (H331)', () => {
  itChecksInOnly(screen, 'suicide', ['i hate myself', 'i hate myself tbh', 'no point', 'nah whats the point']);
  itGetsNothing(screen, [
    'I hate myself for forgetting the milk',
    'no point asking the GP',
    'whats the point of this form',
    'ive been thinking about',
    'I have been thinking',
    "I've been thinking about moving closer to my daughter",
    'been thinking of getting a mobility scooter',
  ]);
  itGivesCrisisReplies(screen, [
    ['suicide', 'ive been thinking about ending it'],
    ['suicide', "I've been thinking about getting a rope"],
    ['suicide', "I've been thinking about moving closer to my daughter and not being here"],
  ]);
});
