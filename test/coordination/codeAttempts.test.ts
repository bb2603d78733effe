import { expect } from 'chai';
import { CodeAttempts } from '../../coordination/codeAttempts';
import { codeShaped, randomCode } from '../../coordination/codes';
import { continueCodeIn, newContinueCode } from '../../coordination/continueCodes';
import { invitationCodeIn, newInvitationCode } from '../../coordination/invitations';

describe('Wrong codes and the codes themselves', () => {
  let now: Date;
  const clock = (): Date => now;
  beforeEach(() => {
    now = new Date('2030-03-04T12:00:00Z');
  });

  it('locks a key after its fifth wrong code in the hour, and lets it go once the hour has passed', async () => {
    const attempts = CodeAttempts.inMemory(clock);
    for (let i = 0; i < 4; i++) await attempts.fail(['conversation:a']);
    const afterFour = await attempts.locked(['conversation:a']);
    await attempts.fail(['conversation:a']);

    expect(afterFour).to.equal(false);
    expect(await attempts.locked(['conversation:a'])).to.equal(true);
    expect(await attempts.locked(['conversation:b'])).to.equal(false);
    now = new Date(now.getTime() + 61 * 60_000);
    expect(await attempts.locked(['conversation:a'])).to.equal(false);
  });

  it("locks everyone's continue codes after a thousand wrong ones in ten minutes, whoever tried them", async () => {
    const attempts = CodeAttempts.inMemory(clock);
    for (let i = 0; i < 999; i++) await attempts.fail([`sender:guesser-${i}`], { everyone: true });
    const after999 = await attempts.locked(['sender:new'], { everyone: true });
    await attempts.fail(['sender:guesser-999'], { everyone: true });

    expect(after999).to.equal(false);
    expect(await attempts.locked(['sender:new'], { everyone: true })).to.equal(true);
    now = new Date(now.getTime() + 11 * 60_000);
    expect(await attempts.locked(['sender:new'], { everyone: true })).to.equal(false);
  });

  it('makes codes of one alphabet, and reads each kind only in its own shape', () => {
    const continueCode = newContinueCode();
    const invitationCode = newInvitationCode();

    expect(randomCode(12)).to.match(/^[A-HJKMNP-Z2-9]{12}$/);
    expect(codeShaped('ab2-cd 3', 6)).to.equal('AB2CD3');
    expect(codeShaped('AB0CD3', 6), 'no zero').to.equal(undefined);
    expect(continueCodeIn(continueCode.toLowerCase())).to.equal(continueCode);
    expect(continueCodeIn('better'), 'a word is not a continue code').to.equal(undefined);
    expect(continueCodeIn(invitationCode)).to.equal(undefined);
    expect(invitationCodeIn(invitationCode)).to.equal(invitationCode);
    expect(invitationCodeIn(continueCode)).to.equal(undefined);
  });

  it('makes every invitation code with a letter and a digit, as continue codes are', () => {
    for (let i = 0; i < 200; i++) expect(newInvitationCode()).to.match(/^(?=.*[A-Z])(?=.*\d)[A-HJKMNP-Z2-9]{8}$/);
  });

  it('never makes a code that is a number joined to a word, so one typed in any case is still read', () => {
    for (let i = 0; i < 500; i++) {
      for (const code of [newContinueCode(), newInvitationCode()]) {
        expect(code).to.not.match(/^(?:\d+[A-Z]+|[A-Z]+\d+)$/);
      }
    }
  });

  it('reads a code only written as one is shown: one word, or split where the code is split', () => {
    const continueCodes: [string, string | undefined][] = [
      ['AB2 CD3', 'AB2CD3'],
      ['ab2cd3', 'AB2CD3'],
      ['ab2-cd3', 'AB2CD3'],
      ['3 a week', undefined],
      ['4 weeks', undefined],
      ['ab2 c d3', undefined],
      // A number joined to a word is how people write; in capitals or split, it is written as a code is shown.
      ['4weeks', undefined],
      ['7years', undefined],
      ['stage4', undefined],
      ['4WEEKS', '4WEEKS'],
      ['4we eks', '4WEEKS'],
    ];
    const invitationCodes: [string, string | undefined][] = [
      ['ab2cd345', 'AB2CD345'],
      ['ABCD2345', 'ABCD2345'],
      ['abcd 2345', 'ABCD2345'],
      ['abcd2345', undefined],
      ['2packets', undefined],
      ['ABCD 2345', 'ABCD2345'],
      ['HGTRWQKP', 'HGTRWQKP'],
      ['Hey there', undefined],
      ['daughter', undefined],
      ['Margaret', undefined],
      ['hgtrwqkp', undefined],
    ];
    for (const [text, code] of continueCodes) expect(continueCodeIn(text), text).to.equal(code);
    for (const [text, code] of invitationCodes) expect(invitationCodeIn(text), text).to.equal(code);
  });
});
