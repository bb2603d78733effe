import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { carerToOwnPart } from '../support/carerScripts';
import { oneGoal, personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

for (const channelId of channels) {
  describe(`A carer's own short part, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('asks how they are coping, what would help and whether Ron agrees, and puts it all in the plan', async () => {
      const coping = await sayAll(fresh.client, carerToOwnPart);
      expect(lastQuestion(coping)).to.equal('carer.coping');
      expect(allText(coping)).to.match(/questions about you, not Ron/);

      const help = await fresh.client.say("Worn out. He doesn't sleep, so I don't either");
      expect(lastQuestion(help)).to.equal('carer.help');
      const offered = (help.questions.at(-1)?.options ?? []) as { id: string }[];
      expect(offered.map((o) => o.id)).to.include.members(['assessment', 'break', 'talk']);

      const agrees = await fresh.client.say("a carer's assessment and a break");
      expect(lastQuestion(agrees)).to.equal('carer.personAgrees');
      expect(allText(agrees)).to.match(/Does Ron agree with what you have said/);

      const review = await fresh.client.say('he has dementia, he cannot say');
      expect(lastQuestion(review)).to.equal('review.change');
      const plan = allText(review);
      expect(plan).to.match(/Support for my carer/);
      expect(plan).to.match(/How the carer is coping: Worn out/);
      expect(plan).to.match(/What would help the carer: A carer's assessment, A break from caring/);
      expect(plan).to.match(/Does Ron agree with these answers\? They are not able to say/);

      const saved = await onlyRecord(fresh.running);
      expect(saved.answers['carer.help']?.value).to.deep.equal(['assessment', 'break']);
      expect(saved.answers['carer.personAgrees']?.value).to.equal('unable');
      expect(saved.answers['carer.support']).to.equal(undefined);
    });
  });
}

/** Ways of saying "I am helping someone else" at "who is answering today?", and of saying "me". */
const carerWords = ['I am the carer', 'I am his son', 'I am answering for my mother', "I'm her daughter", 'my husband'];
const selfWords = ['me', 'myself', 'I am the patient', 'for myself', 'I am', "I'm answering for myself"];
/**
 * Explore 20: who they are helping, with a word about that person after it. "I'm doing this for my
 * dad" was understood, and with ", he has dementia" after it was "Sorry, I didn't understand".
 */
const carerWithAside = [
  "I'm doing this for my dad, he has dementia",
  "I'm answering for my husband, he can't see the screen very well",
  'I am his son. He has dementia',
  'for my mum; she is 90 and her memory is going',
  'my dad - he has dementia',
];
/** A word after "for myself" about someone else never makes a carer of a person answering for themselves. */
const selfThenSomeoneElse = ["I'm doing this for myself, my dad used to help", 'me, he has dementia'];

for (const channelId of channels) {
  // Review 19: "I'm a bit busy" paused the chat and "keep going" was asked again, as commands;
  // to "how are you coping?" they say how the carer is, and are kept as the answer.
  describe(`How a carer is, in words that are commands elsewhere, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const words of ["I'm a bit busy", 'keep going']) {
      it(`keeps "${words}" as how they are coping`, async () => {
        await sayAll(fresh.client, carerToOwnPart);
        const reply = await fresh.client.say(words);
        expect(lastQuestion(reply), allText(reply)).to.equal('carer.help');
        const record = await onlyRecord(fresh.running);
        expect(record.answers['carer.coping']?.value).to.equal(words);
      });
    }
  });

  describe(`Who is answering, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const words of carerWords) {
      it(`takes "${words}" as someone helping another person, and asks about that person`, async () => {
        const next = await sayAll(fresh.client, ['hi', words]);
        const saved = await onlyRecord(fresh.running);

        expect(saved.answers['respondent.type']?.value, allText(next)).to.equal('carer');
        expect(allText(next)).to.match(/name of the person you are helping/);
      });
    }

    for (const words of carerWithAside) {
      it(`takes "${words}" as someone helping, the words about that person after it no bar`, async () => {
        const next = await sayAll(fresh.client, ['hi', words]);
        const saved = await onlyRecord(fresh.running);

        expect(saved.answers['respondent.type']?.value, allText(next)).to.equal('carer');
        expect(lastQuestion(next)).to.equal('subject.name');
      });
    }

    for (const words of selfThenSomeoneElse) {
      it(`never takes "${words}" as someone helping another person`, async () => {
        const next = await sayAll(fresh.client, ['hi', words]);
        const saved = await onlyRecord(fresh.running);

        expect(saved.answers['respondent.type']?.value, allText(next)).to.not.equal('carer');
      });
    }

    for (const words of selfWords) {
      it(`takes "${words}" as answering for themselves`, async () => {
        const next = await sayAll(fresh.client, ['hi', words]);
        const saved = await onlyRecord(fresh.running);

        expect(saved.answers['respondent.type']?.value, allText(next)).to.equal('self');
      });
    }
  });
}

describe("A carer's own short part", () => {
  const fresh = freshAppPerTest('webchat');

  it('keeps words about whether Ron agrees that name no option, and moves on instead of asking again', async () => {
    const words = 'He knows but he forgets what we talked about';
    await sayAll(fresh.client, [...carerToOwnPart, 'tired', 'a break']);
    const next = await fresh.client.say(words);

    expect(lastQuestion(next)).to.equal('review.change');
    expect(allText(next)).to.include(`Does Ron agree with these answers? ${words}`);
    expect((await onlyRecord(fresh.running)).answers['carer.personAgrees.other']?.value).to.equal(words);
  });

  it('keeps "not sure" whether Ron agrees as not sure, not as a no', async () => {
    await sayAll(fresh.client, [...carerToOwnPart, 'tired', 'a break']);
    const plan = allText(await fresh.client.say('not sure'));

    expect((await onlyRecord(fresh.running)).answers['carer.personAgrees']?.status).to.equal('unknown');
    expect(plan).to.include('Does Ron agree with these answers? not sure');
  });

  it('asks in their own words when they pick "something else" for what would help', async () => {
    await sayAll(fresh.client, [...carerToOwnPart, 'tired']);
    const other = await fresh.client.say('something else');
    expect(lastQuestion(other)).to.equal('carer.help.other');

    const agrees = await fresh.client.say('help with money');
    expect(lastQuestion(agrees)).to.equal('carer.personAgrees');
    const plan = allText(await fresh.client.say('yes'));
    expect(plan).to.match(/What would help the carer: help with money/);
    expect(plan).to.match(/Does Ron agree with these answers\? Yes, they agree/);
  });

  // Review 23 #2: a part merely mentioning appointments was dropped, leaving only "drive".
  it('keeps "hospital appointments" in "someone to drive him to his hospital appointments"', async () => {
    await sayAll(fresh.client, [...carerToOwnPart, 'tired']);
    const agrees = await fresh.client.say('someone to drive him to his hospital appointments');
    const other = (await onlyRecord(fresh.running)).answers['carer.help.other']?.value;

    expect(allText(agrees)).to.not.match(/didn't understand/);
    expect(other, allText(agrees)).to.match(/hospital appointments/);
  });

  it('takes "nothing" as nothing needed for now, not as a pick', async () => {
    await sayAll(fresh.client, [...carerToOwnPart, 'fine']);
    const agrees = await fresh.client.say('nothing');

    expect(lastQuestion(agrees)).to.equal('carer.personAgrees');
    expect((await onlyRecord(fresh.running)).answers['carer.help']?.value).to.deep.equal([]);
    expect(allText(await fresh.client.say('yes'))).to.match(/What would help the carer: nothing at the moment/);
  });

  it('tells a carer back after a pause that they are still in part 5', async () => {
    await sayAll(fresh.client, [...carerToOwnPart, 'later']);
    const back = await fresh.client.say('hello');

    expect(lastQuestion(back)).to.equal('carer.coping');
    expect(allText(back)).to.match(/part 5 of 6: about you, the carer/);
  });

  it('never asks a person answering for themselves the carer questions', async () => {
    const after = await sayAll(fresh.client, [...personToFirstGoal(), ...oneGoal, '1 and 2', 'skip', '1', 'no', 'no']);

    expect(lastQuestion(after)).to.equal('review.change');
    expect(allText(after)).to.not.match(/Support for my carer|about you, not/);
  });
});
