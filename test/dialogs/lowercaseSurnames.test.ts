/**
 * Review 26, finding: dialog26 (H266) reads a name as a sentence about someone when any of its
 * words is on `notAName` and it is not written with capitals (dialogs/recognisers/sentenceAsName.ts).
 * That list was made for "call me Monday" and now holds "day", "little", "long", "short", "still",
 * "more", "better": a name typed in small letters, as people text, with such a surname ("i'm doris
 * day", "im jean little") is refused, and the person is told it "sounds like something about you,
 * not a name". At 8c7ff73 each was kept as the name.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Review 26: a name with a surname on notAName, typed in small letters, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const [typed, name] of [
      ["i'm doris day", 'Doris Day'],
      ['im jean little', 'Jean Little'],
      ["i'm tom long", 'Tom Long'],
    ])
      it(`keeps "${typed}" as ${name}`, async () => {
        await fresh.client.say('hi');
        expect(lastQuestion(await fresh.client.say('me'))).to.equal('subject.name');

        const reply = await fresh.client.say(typed);

        expect(lastQuestion(reply), allText(reply)).to.equal('conditions');
        expect((await onlyRecord(fresh.running)).answers['subject.name']?.value).to.equal(name);
      });
  });
}
