import { expect } from 'chai';
import { createCrisisScreen, type ScreenResult } from '../../safety/screen';

/**
 * A medical emergency told as happening now gets the emergency reply (999); the same illness told
 * as history, as a list of conditions, or as an ambulance not needed gets nothing; a symptom often
 * everyday in a long-term condition ("chest pain", "I am breathless") said bare gets at least the
 * check-in, which asks whether it is happening now (H76-H78).
 */
const screen = createCrisisScreen();

function expectEmergency(texts: string[]): void {
  for (const text of texts) {
    it(`gives the emergency reply to "${text}"`, () => {
      expect(screen.screen(text)).to.include({ tier: 'crisis', kind: 'medicalEmergency' });
    });
  }
}

function expectQuiet(texts: string[]): void {
  for (const text of texts) {
    it(`stays quiet for "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' } satisfies ScreenResult);
    });
  }
}

describe('An ambulance asked for, and one said not to be needed', () => {
  expectEmergency(['I need an ambulance', 'not sure if I need an ambulance']);
  expectQuiet([
    "I don't need an ambulance",
    "no need for an ambulance, I'm fine",
    'we did not need to call an ambulance in the end',
  ]);
});

describe('A heart attack, chest pain or breathlessness now, and the same as history', () => {
  expectEmergency([
    "he's having a heart attack",
    'I think he has a heart attack right now',
    "I've got chest pain and it's spreading to my arm",
    'crushing chest pain',
    "she's collapsed and isn't breathing properly",
    "I can't breathe",
  ]);

  for (const text of ['chest pain', 'I am breathless', 'I have chest pains', "I'm short of breath", 'Chest pain.']) {
    it(`asks at least whether "${text}" is happening now`, () => {
      expect(screen.screen(text)).to.include({ tier: 'checkIn', kind: 'medicalEmergency' });
    });
  }

  expectQuiet([
    'I have heart failure and COPD',
    'I get breathless on stairs',
    'he had a heart attack in 2019',
    'he has a fit now and then',
    'I get chest pain when I walk up hills, the GP knows',
    'chest pain sometimes',
    'breathlessness',
    'breathless',
    'short of breath',
  ]);
});

describe('A stroke now, and a stroke told as history', () => {
  expectEmergency([
    "I think he's having a stroke",
    "her face has dropped and she can't lift her arm",
    "I think he's had a stroke",
    "he's just had a stroke",
    'I think she may have had a stroke',
  ]);
  expectQuiet([
    "I'm answering for my husband, he's had a stroke and can't type",
    "he has had a stroke and can't use the phone so I'm doing this for him",
    'my dad had a stroke last year',
    "mum's hands shake since her stroke",
    "he's had a stroke so I do the typing",
    'she has had two strokes and her speech is slow',
    'the doctors think he may have had a mini stroke last year',
    "I think he's had a stroke before, years ago",
  ]);

  it('reads the rest of a message that begins with the reason a carer answers', () => {
    const text = "I'm answering for my husband, he's had a stroke and can't type. He took an overdose this morning";
    expect(screen.screen(text)).to.include({ tier: 'crisis', kind: 'medicalEmergency' });
  });
});

describe('A seizure happening now, told by someone beside it', () => {
  // The NHS says 999 for a first seizure, over 5 minutes, an injury or trouble breathing; the chat
  // cannot tell which, so a seizure now gets the emergency reply (H79).
  expectEmergency([
    "he's fitting",
    'my son is fitting',
    'she is fitting and will not stop',
    "he's foaming at the mouth and jerking",
    'my son is having a seizure',
    'my daughter keeps fitting',
  ]);
  expectQuiet([
    "he's fitting in well at the day centre",
    'the engineer is fitting a stair lift',
    'the mask is fitting better now',
    'he has fits about twice a month, the last one was on Tuesday',
    'she has epilepsy and fits now and then',
    'the dog was foaming at the mouth',
  ]);
});
