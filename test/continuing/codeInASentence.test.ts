/**
 * An invitation code typed as people say it to a person ("my code is ..."): linked as the bare code
 * is, first thing or part-way through, and never kept as an answer.
 */
import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

describe('An invitation code said in a sentence', () => {
  const fresh = freshAppPerTest('webchat');

  const ways: readonly ((code: string) => string)[] = [
    (code) => `my code is ${code}`,
    (code) => `My code is: ${code.toLowerCase()}.`,
    (code) => `here is my code ${code.slice(0, 4)} ${code.slice(4)}`,
  ];

  for (const [at, way] of ways.entries()) {
    it(`links the invitation when the first message is the code in a sentence (way ${at + 1})`, async () => {
      const code = await invitationCode(fresh.running);
      await fresh.client.say(way(code));
      const text = allText(await fresh.client.say('who can see this'));

      expect(text).to.match(/Dr Sam Patel/);
    });
  }

  it('links the invitation part-way through, and keeps no answer with the code in it', async () => {
    const code = await invitationCode(fresh.running);
    const linked = await sayAll(fresh.client, [...personToFirstGoal().slice(0, 5), `my code is ${code}`]);

    expect(allText(linked)).to.match(/Dr Sam Patel/);
    const answers = JSON.stringify((await onlyRecord(fresh.running)).answers);
    expect(answers).to.not.include(code);
  });

  it('says a code in a sentence that matches no invitation cannot be used, and keeps no answer with it', async () => {
    const refused = await sayAll(fresh.client, [...personToFirstGoal().slice(0, 5), 'my code is ABCD2346']);

    expect(allText(refused)).to.match(/cannot use that code/);
    const answers = JSON.stringify((await onlyRecord(fresh.running)).answers);
    expect(answers).to.not.include('ABCD2346');
  });
});
