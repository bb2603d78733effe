import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { itGetsNothing, itGivesCrisisReplies, itStillAsks } from '../safety/screenWordings';

/**
 * Safety 31 (H473–H476): a fear of dying told with a body in danger now got the suicide crisis reply,
 * not 999 (H425); a new deficit now after a stroke already seen got nothing (H428); sleeping tablets
 * hidden in someone's food got nothing or only a check-in; a punch threatened and taken back as a
 * joke got the crisis reply. Each beside the neighbours that keep what they got.
 */
const screen = createCrisisScreen();

describe('a fear of dying told with a body in danger now: 999 (H473, H425)', () => {
  itGivesCrisisReplies(screen, [
    ['medicalEmergency', 'my chest hurts, am I going to die?'],
    ['medicalEmergency', "I'm shaking and sweating, am I going to die?"],
    ['medicalEmergency', "my chest hurts and I'm scared I'm going to die"],
    ['medicalEmergency', 'chest pain down my left arm, am I dying?'],
    ['medicalEmergency', "I can't get my breath, is this going to kill me?"],
    ['medicalEmergency', "his lips have gone blue, is he going to die? I'm terrified"],
    ['medicalEmergency', "I'm so frightened, my chest feels tight, am I going to die"],
    ['medicalEmergency', "she's coughing up blood, is she going to die?"],
  ]);
  describe('a fear of dying alone keeps the kind answer; a wish to die keeps the suicide reply', () => {
    itGetsNothing(screen, [
      'am I going to die?',
      "I'm scared, am I going to die?",
      'is it cancer? am I going to die?',
      "I'm scared I'm going to die",
    ]);
    for (const text of [
      "I'm on chemo, am I going to die?",
      'my blood results came back, am I going to die?',
      'Mum collapsed last year, is she going to die?',
    ])
      it(`does not give the 999 reply for "${text}" (no red flag now: read as before)`, () => {
        expect(screen.screen(text)).to.not.include({ kind: 'medicalEmergency' });
      });
    itGivesCrisisReplies(screen, [
      ['suicide', 'my chest hurts, I want to die'],
      ['suicide', 'my chest hurts, am I going to die? I hope so'],
      ['suicide', 'am I going to die if I take all of them'],
      ['suicide', "I'm scared, I want to die"],
    ]);
  });
});

describe('a new or worse deficit now, after a stroke already seen (H474, H428)', () => {
  itGivesCrisisReplies(screen, [
    ['medicalEmergency', "he had a stroke last month, now he can't speak since this morning"],
    ['medicalEmergency', "discharged after my stroke last week, my arm is still weak and now I can't speak"],
    ['medicalEmergency', 'mum had a stroke 2 weeks ago, since lunchtime she cannot talk'],
    ['medicalEmergency', "dad had a stroke in March and suddenly he can't get his words out"],
    ['medicalEmergency', "she had a stroke years ago, since this morning she can't swallow"],
    ['medicalEmergency', "he can't speak since an hour ago, he had a stroke last month"],
  ]);
  describe('a deficit the stroke left: as before', () => {
    itGetsNothing(screen, [
      "he had a stroke last month, he still can't speak",
      "she had a stroke last year and now she can't walk",
      'he had a stroke last month, this morning the physio came and he still cannot walk far',
      'she had a stroke in 2019 and today she cannot walk because her knee is sore',
    ]);
  });
});

describe("sleeping tablets hidden in someone's food or drink (H475)", () => {
  itGivesCrisisReplies(screen, [
    ['harmOthers', "I've mixed his sleeping tablets in his food"],
    ['harmOthers', "I've mixed his sleeping tablets in his food, he doesn't know"],
    ['harmOthers', "I crushed her sleeping pills into her drink so she'd sleep"],
    ['harmOthers', "I've been hiding diazepam in mum's tea to keep her quiet"],
    ['harmOthers', 'I put his tablets in his tea without him knowing'],
    ['harmOthers', 'I crushed his tablets into his dinner to make him go to sleep'],
    ['harmOthers', 'I put a sleeping tablet in her hot chocolate so she will stop wandering at night'],
  ]);
  describe('medicine given in food as agreed, or for swallowing: nothing', () => {
    itGetsNothing(screen, [
      'the GP said I can crush his tablets into his yoghurt',
      'I crush her tablets into jam because she cannot swallow them',
      'I put his sleeping tablet in his yoghurt as the pharmacist said, it is in his care plan',
      'I put sugar in his tea',
      'I mixed his medicine in his food so he can swallow it',
      'I put my sleeping tablets in my tea',
      "my husband hides his tablets in his food so he doesn't have to take them",
      "the carer puts his sleeping tablet in his yoghurt, it's in his care plan",
    ]);
  });
});

describe('a punch threatened and taken back as a joke (H476, H421)', () => {
  for (const text of [
    "I'm gonna put my fist through his face, only joking",
    "I'm gonna put my fist through his face, only joking, he's my brother",
    'put my fist through his face, only joking',
    "I'll punch his lights out, only kidding, he drives me mad",
    "I'll smack him, only joking",
  ])
    it(`asks about "${text}" (the harm-to-others check-in), never the crisis reply`, () => {
      expect(screen.screen(text)).to.include({ tier: 'checkIn', kind: 'harmOthers' });
    });
  describe('the joke taken back, or a time set: the crisis reply, or asked as before', () => {
    itGivesCrisisReplies(screen, [
      ['harmOthers', "I'm going to put my fist through his face when I visit this afternoon"],
    ]);
    itStillAsks(screen, [
      "I'm gonna put my fist through his face, only joking... actually I'm not",
      "put my fist through his face, only joking... actually I'm not",
      "I'm gonna put my fist through his face, only joking, he's my brother and he hit me first",
    ]);
  });
});
