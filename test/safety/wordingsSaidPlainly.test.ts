import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * "I am suicidal", said of oneself and now. The learned layer may doubt a pattern's finding and
 * turn it into a question; beside "lockdown", which it reads as a past event, it scored "I am
 * suicidal, we are in lockdown on the ward" 0.009 and the screen only checked in (found by chance
 * while closing blind set 17's gaps, 2026-12-06).
 */
const mechanisms: Record<string, Mechanism> = {
  "'I am suicidal' said of oneself, whatever else the message says": {
    detects: [
      ['I am suicidal, we are in lockdown on the ward', 'suicide'],
      ['we are in lockdown on the ward. I am suicidal', 'suicide'],
      ["I'm so suicidal", 'suicide'],
      ['i feel suicidal tonight', 'suicide'],
    ],
    calm: ['I was suicidal years ago but I am fine now', "I'm not feeling suicidal"],
  },
};

describeMechanisms('suicide said plainly', mechanisms);

describe('suicide said plainly, beside words the learned layer reads as past', () => {
  it('gets the crisis reply, not a question', () => {
    const screen = createCrisisScreen();
    expect(screen.screen('I am suicidal, we are in lockdown on the ward').tier).to.equal('crisis');
  });
});
