import { expect } from 'chai';
import { allText, lastQuestion } from './botClient';
import { samForRon } from './carerScripts';
import { storedValue } from './onlyRecord';
import { atQuestion } from './scripts';
import { freshAppPerTest } from './startApp';

/**
 * Tests of a carer's answer at the person's name question, through the real bot: each of
 * `notNames` keeps no name and asks again, each `[said, name]` of `namesKept` keeps that name.
 */
export function nameAnswers(
  title: string,
  channelId: string,
  notNames: readonly string[],
  namesKept: readonly (readonly string[])[],
): void {
  describe(`${title}, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const said of notNames) {
      it(`keeps no name from "${said}", and asks again`, async () => {
        const reply = await atQuestion(app.client, 'subject.name', said, samForRon);

        expect(await storedValue(app.running, 'subject.name'), allText(reply)).to.equal(undefined);
        expect(lastQuestion(reply), allText(reply)).to.equal('subject.name');
      });
    }

    for (const [said, name] of namesKept) {
      it(`still keeps "${name}" from "${said}"`, async () => {
        const reply = await atQuestion(app.client, 'subject.name', said, samForRon);

        expect(await storedValue(app.running, 'subject.name'), allText(reply)).to.equal(name);
      });
    }
  });
}
