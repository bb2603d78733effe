/**
 * Explorer 24, new users in their own words: a sarcastic young man and a person whose first language
 * is not English at the first question ("me obviously", "is me"), a question back about why it asks
 * ("why do you need this"), and a refusal typed where words are asked for ("none of your business").
 * Before, the first two were "Sorry, I didn't understand" again and again, the question back was
 * told "I can tell you what this is for" without being told, and the refusal went into the plan as
 * a topic to talk about, offered again among the three that matter most.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms']) {
  describe(`Explorer 24: new users' own words, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const words of ['me obviously', 'is me', 'obviously me', 'me of course', 'me please', 'me lol']) {
      it(`takes "${words}" at "who is answering today?" as answering for themselves`, async () => {
        const reply = await sayAll(app.client, ['hi', words]);

        expect(lastQuestion(reply), allText(reply)).to.equal('subject.name');
        expect((await onlyRecord(app.running)).answers['respondent.type']?.value).to.equal('self');
      });
    }

    it('asks for just one, in plain words, when "me and my daughter" names both answers', async () => {
      const reply = await sayAll(app.client, ['hi', 'me and my daughter']);

      expect(lastQuestion(reply)).to.equal('respondent.type');
      expect(allText(reply)).to.not.match(/pick up to 1\b/i);
      expect(allText(reply)).to.match(/just one/i);
    });

    for (const words of ['why do you need this', 'why do you need to know', 'why do you want to know']) {
      it(`says what this is for at "${words}", and asks the same question again with nothing noted`, async () => {
        const reply = await atQuestion(app.client, 'whatMatters.most', words);

        expect(allText(reply)).to.match(/get ready for your care planning appointment/);
        expect(allText(reply)).to.not.match(/can't answer that/);
        expect(lastQuestion(reply)).to.equal('whatMatters.most');
        expect((await onlyRecord(app.running)).answers['whatMatters.most']).to.equal(undefined);
      });
    }

    // An 80-year-old by SMS, answering two questions in one text: his name and his conditions. He was
    // told to say them "when I ask what matters to you", and the very next question was his conditions.
    it('offers the conditions said bare after a name ("Bill. copd and heart failure") at the conditions question', async () => {
      const asked = await sayAll(app.client, ['hi', 'me', 'Bill. copd and heart failure']);

      expect(lastQuestion(asked), allText(asked)).to.equal('conditions');
      expect(allText(asked)).to.not.match(/what matters/i);
      expect(allText(asked)).to.include('"copd and heart failure"');
      expect((await onlyRecord(app.running)).answers.conditions, 'not noted unasked').to.equal(undefined);

      await app.client.say(channelId === 'sms' ? 'YES' : 'yes');
      const record = await onlyRecord(app.running);
      expect(record.answers.conditions?.value).to.deep.equal(['copd', 'heart']);
      expect(record.answers['subject.name']?.value).to.equal('Bill');
    });

    for (const said of ['Bill. not diabetes', 'Bill, and my wife Jean']) {
      it(`offers no condition for "${said}"`, async () => {
        const asked = await sayAll(app.client, ['hi', 'me', said]);

        expect(lastQuestion(asked)).to.equal('conditions');
        expect(allText(asked)).to.not.match(/Shall I put down/i);
      });
    }

    // Leaving in a hurry, by SMS, then back three days later: "gotta go, dinner" was kept as what is
    // going well, and the next question came.
    for (const words of ['gotta go, dinner', 'got to go', 'i have to go now', 'brb', "dinner's ready, back later"]) {
      it(`pauses on "${words}", keeping nothing as the answer`, async () => {
        const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

        expect(allText(reply)).to.match(/Everything is saved/);
        expect(allText(reply)).to.not.match(/116 123|ending your life|safe right now/);
        const record = await onlyRecord(app.running);
        expect(record.progress.paused).to.equal(true);
        expect(record.answers['whatMatters.goingWell']).to.equal(undefined);
      });
    }

    it('goes back on "oops go back", keeping nothing as the answer', async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', 'oops go back');

      expect(lastQuestion(reply), allText(reply)).to.equal('whatMatters.most');
      expect((await onlyRecord(app.running)).answers['whatMatters.goingWell']).to.equal(undefined);
    });

    // Someone whose first language is not English, at the first mood question: "little bit" was
    // "Sorry, I didn't understand", where "a little bit" is asked kindly whether that is a yes.
    for (const words of ['little bit', 'little', 'small bit', 'some time']) {
      it(`asks kindly whether "${words}" at the first mood question is a yes, noting nothing yet`, async () => {
        const reply = await atQuestion(app.client, 'mood.down', words);

        expect(allText(reply)).to.not.match(/didn't understand/);
        expect(allText(reply)).to.match(/some of the time/);
        expect(lastQuestion(reply)).to.equal('mood.down');
        expect((await onlyRecord(app.running)).answers['mood.down']).to.equal(undefined);
      });
    }

    for (const words of ['none of your business', 'mind your own business', 'no comment']) {
      it(`leaves a question for words unanswered at "${words}", never noting it as a topic`, async () => {
        const reply = await atQuestion(app.client, 'topics.own', words);

        expect(allText(reply)).to.not.include(words);
        // With one topic picked and none of their own, which matter most is not asked.
        expect(lastQuestion(reply), allText(reply)).to.equal('mood.down');
        const record = await onlyRecord(app.running);
        expect(record.answers['topics.own']).to.include({ status: 'skipped' });
        expect(JSON.stringify(record.answers)).to.not.include(words);
      });
    }
  });
}
