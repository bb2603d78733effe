/**
 * Messages that are not answers: thanks, "ok" and "fine" to a question about a difficulty, a
 * fraction on a 0–10 scale, emoji alone (read by SMS as nothing). Found exploring as new users (branch
 * `explore`, test/explore/newUsers.test.ts); each is asked again rather than stored.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { carerToOwnPart } from '../support/carerScripts';
import { invitationCode } from '../support/invitations';
import { jeanToShare, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

/** Jean for herself, with diabetes, to "What matters most to you?". */
const toMatters = ['hi', '1', 'Jean', 'diabetes'];
/** On to the first goal's "how important is it?". */
const toImportance = [...toMatters, 'family', 'skip', 'skip', 'skip', 'skip', 'skip', 'walk to the park'];
/** On from the importance to the first mood question. */
const toMood = [...toImportance, '8', 'walk after lunch', 'skip', '8', 'no', '1', 'skip'];

for (const channelId of channels) {
  describe(`Messages that are not answers on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    // A correction meant for the question before is never this question's answer (H43): here, at
    // a question asking for words and at a 0–10 scale, it was noted as the answer, or refused as
    // "not a number".
    for (const [words, at, script] of [
      ['sorry I meant yes to the last one', 'whatMatters.goingWell', [...toMatters, 'family']],
      ['I meant no', 'goal.1.importance', toImportance],
    ] as const) {
      it(`asks ${at} again after "${words}", noting nothing and saying how to go back`, async () => {
        await sayAll(fresh.client, script);
        const result = await fresh.client.say(words);
        const record = await onlyRecord(fresh.running);
        expect(record.answers[at], allText(result)).to.equal(undefined);
        expect(lastQuestion(result)).to.equal(at);
        expect(allText(result)).to.match(/say 'back'|reply BACK/);
      });
    }

    for (const words of ['fine', 'ok', 'okay', 'alright']) {
      it(`asks "bothered by feeling down?" again after "${words}", noting nothing`, async () => {
        await sayAll(fresh.client, toMood);
        const result = await fresh.client.say(words);
        const record = await onlyRecord(fresh.running);
        expect(record.answers['mood.down'], allText(result)).to.equal(undefined);
        expect(record.flags.map((flag) => flag.kind)).to.not.include('moodScreenPositive');
        expect(lastQuestion(result)).to.equal('mood.down');
        expect(allText(result)).to.match(/yes|YES/);
        expect(allText(result)).to.not.match(/noted yes|Noted: yes/);
      });
    }

    for (const words of ['ok', 'okay']) {
      it(`takes "${words}" at "Is there anything you want to change?" as "it looks right"`, async () => {
        const review = await sayAll(fresh.client, [...toMood, 'no', 'no']);
        expect(lastQuestion(review)).to.equal('review.change');
        const result = await fresh.client.say(words);
        expect(lastQuestion(result), allText(result)).to.not.equal('review.change');
        expect(allText(result)).to.not.match(/didn't understand/);
      });
    }

    // Not knowing what to change is no "it looks right": found playing a new user (brief t-stop).
    for (const words of ['not sure', "I don't know", 'dunno']) {
      it(`helps with what can be changed after "${words}" at "Is there anything you want to change?", noting nothing`, async () => {
        const review = await sayAll(fresh.client, [...toMood, 'no', 'no']);
        expect(lastQuestion(review)).to.equal('review.change');
        const result = await fresh.client.say(words);
        expect(lastQuestion(result), allText(result)).to.equal('review.change');
        expect(allText(result)).to.match(/Pick the part you want to change/);
        // "Not sure" is never offered where it is no answer: said again, it would only bring this help back.
        expect(allText(result)).to.not.match(/not sure/i);
        expect(allText(result)).to.not.match(/noted/i);
        const record = await onlyRecord(fresh.running);
        expect(record.answers['review.change']).to.equal(undefined);
        expect(record.status).to.equal('inProgress');
      });
    }

    // "About" said with doubt is the doubt's, not the part called "About me": the help, no part opened.
    for (const words of ["I'm not sure about it", 'not sure about this', "I'm not too sure about that"]) {
      it(`helps with what can be changed after "${words}" at "Is there anything you want to change?", opening no part`, async () => {
        await sayAll(fresh.client, [...toMood, 'no', 'no']);
        const result = await fresh.client.say(words);
        expect(lastQuestion(result), allText(result)).to.equal('review.change');
        expect(allText(result)).to.match(/Pick the part you want to change/);
        expect((await onlyRecord(fresh.running)).answers['review.change']).to.equal(undefined);
      });
    }

    for (const words of ['about me', 'change about me', "I'm not sure about the about me part"]) {
      it(`opens About me after "${words}" at "Is there anything you want to change?"`, async () => {
        await sayAll(fresh.client, [...toMood, 'no', 'no']);
        const result = await fresh.client.say(words);
        expect(lastQuestion(result), allText(result)).to.equal('respondent.type');
        expect(allText(result)).to.not.match(/Pick the part you want to change/);
      });
    }

    // A part named wins over the help "not sure" alone gets, and "about" in a sentence names no part (review 19).
    const named: Array<[string, string, RegExp]> = [
      ['not sure about the goals', 'goal.1.text', /goal/i],
      ["I'm not sure about my goals", 'goal.1.text', /goal/i],
      ['not sure about what I said about my mood', 'mood.down', /down, depressed/],
    ];
    for (const [words, asked, wording] of named) {
      it(`goes over the part named in "${words}" at "Is there anything you want to change?"`, async () => {
        await sayAll(fresh.client, [...toMood, 'no', 'no']);
        const result = await fresh.client.say(words);
        expect(lastQuestion(result), allText(result)).to.equal(asked);
        expect(allText(result)).to.match(wording);
      });
    }

    it('asks again, never taking it as "it looks right", when a change names a part beside words that end the review', async () => {
      await sayAll(fresh.client, [...toMood, 'no', 'no']);
      const result = await fresh.client.say("I'm not happy with my goals");
      expect(lastQuestion(result), allText(result)).to.be.oneOf(['review.change', 'goal.1.text']);
      expect((await onlyRecord(fresh.running)).answers['review.change']?.value).to.not.equal('done');
    });

    // Found playing new users (branch `explore20`): "happy" and "fine" name "It looks right", and
    // were found inside replies that say it is not: "Thanks, I've noted: It looks right", and on to
    // sending the plan to their lead contact.
    for (const said of [
      'not happy with it',
      "it's fine except the walking bit",
      "it isn't fine",
      "I'm not really happy",
    ]) {
      it(`asks what to change after "${said}" at "Is there anything you want to change?", never taking it as "It looks right"`, async () => {
        const code = await invitationCode(fresh.running);
        await walkTo((text) => fresh.client.say(text), 'review.change', jeanToShare, code);
        const result = await fresh.client.say(said);

        expect(allText(result)).to.not.match(/noted: It looks right/);
        expect(allText(result)).to.match(/Pick the part you want to change/);
        expect(lastQuestion(result)).to.equal('review.change');
        expect((await onlyRecord(fresh.running)).answers['review.change']).to.equal(undefined);
      });
    }

    const namedAfter: Array<[string, string]> = [
      ['happy with it apart from the goals', 'goal.1.text'],
      ["it's fine but I want to change my goals", 'goal.1.text'],
      ['looks good but not the mood bit', 'mood.down'],
      ["I'm not happy with my goals", 'goal.1.text'],
    ];
    for (const [said, asked] of namedAfter) {
      it(`goes over the part named after "It looks right" is set aside in "${said}"`, async () => {
        await sayAll(fresh.client, [...toMood, 'no', 'no']);
        const result = await fresh.client.say(said);

        expect(lastQuestion(result), allText(result)).to.equal(asked);
      });
    }

    for (const said of ["yes it's fine", 'happy with it', 'all fine thanks', "no, it's fine", 'no changes, all good']) {
      it(`takes "${said}" at "Is there anything you want to change?" as "It looks right"`, async () => {
        const code = await invitationCode(fresh.running);
        await walkTo((text) => fresh.client.say(text), 'review.change', jeanToShare, code);
        const result = await fresh.client.say(said);

        expect(lastQuestion(result), allText(result)).to.equal('share.send');
        expect((await onlyRecord(fresh.running)).answers['review.change']?.value).to.equal('done');
      });
    }

    it('never goes on to which parts to send after "not sure" at the review, with a care team linked', async () => {
      const code = await invitationCode(fresh.running);
      await walkTo((text) => fresh.client.say(text), 'review.change', jeanToShare, code);
      const result = await fresh.client.say('not sure');
      expect(lastQuestion(result), allText(result)).to.equal('review.change');
      const record = await onlyRecord(fresh.running);
      expect(record.answers['review.change']).to.equal(undefined);
      expect(record.answers['share.send']).to.equal(undefined);
      const on = await fresh.client.say('It looks right');
      expect(lastQuestion(on)).to.equal('share.send');
    });

    it('still goes on from "Is there anything you want to change?" after "no" once "not sure" got help', async () => {
      await sayAll(fresh.client, [...toMood, 'no', 'no', 'not sure']);
      const result = await fresh.client.say('no');
      expect(lastQuestion(result), allText(result)).to.not.equal('review.change');
      expect((await onlyRecord(fresh.running)).answers['review.change']?.value).to.equal('done');
    });

    for (const words of ['yes and no', 'sort of']) {
      it(`notes "${words}" to "bothered by feeling down?" as not sure, never as yes`, async () => {
        await sayAll(fresh.client, toMood);
        const result = await fresh.client.say(words);
        const record = await onlyRecord(fresh.running);
        expect(record.answers['mood.down']?.status, allText(result)).to.equal('unknown');
        expect(lastQuestion(result)).to.equal('mood.interest');
      });
    }

    it('still takes "sure" as yes to "bothered by feeling down?"', async () => {
      await sayAll(fresh.client, toMood);
      const result = await fresh.client.say('sure');
      const record = await onlyRecord(fresh.running);
      expect(record.answers['mood.down']?.value, allText(result)).to.equal(true);
      expect(lastQuestion(result)).to.equal('mood.interest');
    });

    it('keeps "fine" said twice to a mood question as their words, and asks the direct question', async () => {
      await sayAll(fresh.client, [...toMood, 'fine', 'fine']);
      const result = await fresh.client.say('no');
      const record = await onlyRecord(fresh.running);
      expect(record.answers['mood.down']).to.include({ status: 'unknown', value: 'fine' });
      // Not sure is not no: words that are neither are asked about directly, as "not sure" is.
      expect(lastQuestion(result)).to.equal('mood.harmThoughts');
    });

    for (const words of ['thanks', 'ok', 'Thank you', 'pardon', 'sorry?']) {
      it(`asks "what matters most?" again after "${words}", noting nothing`, async () => {
        await sayAll(fresh.client, toMatters);
        const result = await fresh.client.say(words);
        const record = await onlyRecord(fresh.running);
        expect(record.answers['whatMatters.most'], allText(result)).to.equal(undefined);
        expect(lastQuestion(result)).to.equal('whatMatters.most');
        expect(allText(result)).to.not.match(/Noted/);
      });
    }

    it('never keeps "thanks" as the answer to a mood question, however often it is said', async () => {
      await sayAll(fresh.client, [...toMood, 'thanks', 'thanks']);
      const result = await fresh.client.say('thanks');
      const record = await onlyRecord(fresh.running);
      expect(record.answers['mood.down']).to.equal(undefined);
      expect(lastQuestion(result)).to.equal('mood.down');
    });

    it('takes "ok" as how a carer is coping', async () => {
      // Asked how someone is, "ok" is an answer of its own.
      await sayAll(fresh.client, carerToOwnPart);
      await fresh.client.say('ok');
      const record = await onlyRecord(fresh.running);
      expect(record.answers['carer.coping']?.value).to.equal('ok');
    });

    it('asks "how important?" again after "half", never noting 0', async () => {
      await sayAll(fresh.client, toImportance);
      const result = await fresh.client.say('half');
      const record = await onlyRecord(fresh.running);
      expect(record.answers['goal.1.importance'], allText(result)).to.equal(undefined);
      expect(lastQuestion(result)).to.equal('goal.1.importance');
      expect(allText(result)).to.match(/0 to 10/);
    });

    // Emoji alone would come out as nothing in a plan read as SMS text: asked again, never said back empty.
    it('asks again after an emoji answer, without empty quotes', async () => {
      await sayAll(fresh.client, toMatters);
      const result = await fresh.client.say('😊');
      expect(allText(result)).to.not.include('""');
      expect(lastQuestion(result)).to.equal('whatMatters.most');
    });

    for (const emoji of ['😀 👍', '👍 👍 👍', '🇬🇧 🏴󠁧󠁢󠁳󠁣󠁴󠁿', '👨‍👩‍👧 👍🏽', '❤️ 🙂']) {
      it(`asks again after an answer of emoji alone ("${emoji}"), without empty quotes`, async () => {
        await sayAll(fresh.client, toMatters);
        const result = await fresh.client.say(emoji);
        expect(allText(result)).to.not.match(/"\s*"/);
        expect(lastQuestion(result)).to.equal('whatMatters.most');
        expect((await onlyRecord(fresh.running)).answers['whatMatters.most']).to.equal(undefined);
      });
    }

    it('keeps the answer given before when emoji alone is said to it gone over again', async () => {
      const result = await sayAll(fresh.client, [...toMatters, 'family', 'back', '😀 👍']);
      expect(lastQuestion(result)).to.equal('whatMatters.most');
      expect(allText(result)).to.not.match(/"\s*"/);
      expect((await onlyRecord(fresh.running)).answers['whatMatters.most']?.value).to.equal('family');
    });

    it('says back the words of an answer that mixes emoji and words', async () => {
      await sayAll(fresh.client, toMatters);
      const result = await fresh.client.say('😀 my grandchildren 👍');
      expect(allText(result)).to.match(/"(😀 )?my grandchildren( 👍)?"/);
    });
  });
}

// Found playing people with little English (branch `explore19`, test/explore/findings19.test.ts):
// "no understand" was noted as what matters most.
describe('Not understanding, said in little English', () => {
  for (const channelId of ['webchat', 'sms'] as const) {
    describe(`on ${channelId}`, () => {
      const fresh = freshAppPerTest(channelId);

      for (const words of [
        'no understand',
        'not understand',
        'me no understand',
        'my english not good',
        'English not good',
        'i not understand',
      ]) {
        it(`takes "${words}" as not understanding "What matters most?": helps, asks again, notes nothing`, async () => {
          await sayAll(fresh.client, toMatters);
          const result = await fresh.client.say(words);

          expect((await onlyRecord(fresh.running)).answers['whatMatters.most'], allText(result)).to.equal(undefined);
          expect(allText(result)).to.match(/There is no right answer/);
          expect(lastQuestion(result)).to.equal('whatMatters.most');
        });
      }

      it('still notes an answer that only holds such words', async () => {
        await sayAll(fresh.client, toMatters);
        await fresh.client.say('my english not good so my son helps me');

        expect((await onlyRecord(fresh.running)).answers['whatMatters.most']?.value).to.equal(
          'my english not good so my son helps me',
        );
      });
    });
  }
});
