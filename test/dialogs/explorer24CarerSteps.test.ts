/**
 * Explorer 24, a daughter answering for her father: at "What exactly will Frank do?" she typed "I
 * will take him tuesday and thursday". The learned layer read "I will take him" as a threat (0.905)
 * and she was asked "Are you having thoughts of ending your life?"; her puzzled "transport is a
 * problem" was unclear, so the crisis reply came and a crisis flag about her went on the record for
 * the lead contact, with her answer lost (H181). Taking the person somewhere on given days is the
 * goal's step, read as "do it" is. Words beyond it are read as ever, and a disclosure still gets
 * the crisis reply or a check-in.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { samForRon } from '../support/carerScripts';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Any part of the crisis reply or a check-in, on any channel. */
const crisisWords = /116 123|ending your life|safe right now|hurt (yourself|someone|anyone)|harm/i;

const carer = { ...samForRon, 'mood.down': 'no' };

for (const channelId of ['webchat', 'sms']) {
  describe(`Explorer 24: a carer taking the person to their goal, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const words of [
      'I will take him tuesday and thursday',
      'I will take him every tuesday and thursday',
      'I will take her to the shops on monday',
      'I will take my dad tuesday and thursday',
    ]) {
      it(`notes "${words}" as what they will do, with no check-in and no flag`, async () => {
        const reply = await atQuestion(app.client, 'goal.1.action', words, carer);

        expect(allText(reply), words).to.not.match(crisisWords);
        expect(lastQuestion(reply)).to.equal('goal.1.barriers');
        const record = await onlyRecord(app.running);
        expect(record.flags).to.deep.equal([]);
        expect(record.answers['goal.1.action']?.value).to.equal(words);
      });
    }

    for (const words of [
      'I will take him to the bridge and jump with him',
      "I will take her life and then mine, I've got his tablets saved",
      'I will take him with me tonight, neither of us will wake up',
    ]) {
      it(`still answers "${words}" at the goal's step with the crisis reply or a check-in`, async () => {
        const reply = await atQuestion(app.client, 'goal.1.action', words, carer);

        expect(allText(reply), words).to.match(crisisWords);
        expect(reply.questions.map((question) => question.linkId)).to.include.oneOf(['safety.check', 'safety.checkIn']);
      });
    }
  });
}
