import { expect } from 'chai';
import patternsFile from '../../safety/data/crisis-patterns.json';
import { createTremorRepair, tremorSchema } from '../../safety/patterns/tremor';
import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies, itGivesNoCrisisReply } from './screenWordings';

/**
 * Tremor typing (blind set 30, H498): a shaking hand doubles a key or swaps two ("II ddont want to
 * bbe here", "cutt myself agian last nihgt", "hhe hitt me agin"). The patterns read such words
 * mended; everyday words that would mend into a risk word ("soon", "too", "tried", "needed") are
 * left alone, and a calm message typed with a tremor stays calm.
 */
const mustGetCrisis: readonly [string, string][] = [
  ['suicide', 'i whant to ennd it. tiered of shakking. hav the tabletts reddy'],
  ['suicide', 'II ddont want to bbe here anymore. the ppills are on the table'],
  ['suicide', 'ii wantt to ennd itt'],
  ['suicide', 'i ddont wannt to bbe herre any more'],
  ['suicide', 'goingg to ennd it tonite'],
  ['selfHarm', 'cutt myself agian last nihgt. deeper thhan ussual'],
  ['selfHarm', 'cutt mysellf agian tonite'],
  ['selfHarm', 'ii cutt my armms again'],
  ['harmOthers', 'hhe hitt me agin. my soon. i cant get upp off the floor'],
  ['harmOthers', 'my son hitt me agian and i ccant get upp'],
  ['harmOthers', 'she pushed me over and i cannot get up off the floor'],
  ['harmOthers', "he punched me again, i'm on the floor and can't get up"],
];

/** Calm messages typed with a tremor: no crisis reply. */
const mustNotGetCrisis: readonly string[] = [
  'ii hhad a falll in the gardden lasst week, landed on the grasss, didnt hitt my hhead. falls teamm comming.',
  'ssorry for the typing, my hhands shake. the ppills are helping',
  'cutt my finger on a tin, ssorry for the typing',
];

/** Words as written and as the patterns read them. */
const mended: readonly [string, string][] = [
  ['ddont', 'dont'],
  ['bbe', 'be'],
  ['ppills', 'pills'],
  ['hhe', 'he'],
  ['cutt', 'cut'],
  ['agian', 'again'],
  ['nihgt', 'night'],
  ['thhan', 'than'],
  ['ussual', 'usual'],
];

/** Everyday words left as written, though a letter out or swapped would make a word the repair knows. */
const leftAlone: readonly string[] = ['soon', 'too', 'off', 'tried', 'needed', 'needing', 'overdoes', 'beta', 'bee'];

describe('tremor typing: doubled and swapped letters mended for the patterns, calm stays calm', () => {
  const screen = createCrisisScreen();
  itGivesCrisisReplies(screen, mustGetCrisis);
  itGivesNoCrisisReply(screen, mustNotGetCrisis);

  const repair = createTremorRepair(tremorSchema.parse(patternsFile.tremor));
  for (const [typed, read] of mended)
    it(`reads "${typed}" as "${read}"`, () => {
      expect(repair(typed)).to.equal(read);
    });
  for (const word of leftAlone)
    it(`leaves "${word}" as written`, () => {
      expect(repair(word)).to.equal(word);
    });
  it('leaves a message with nothing tremor-typed as it was', () => {
    const text = 'i tried to see the nurse soon after, it was too late, i needed help';
    expect(repair(text)).to.equal(text);
  });
});
