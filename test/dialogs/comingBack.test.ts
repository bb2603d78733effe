/**
 * Coming back days later, mid-goal: the recap names the goal being asked about, and "where was I"
 * or "what did I say about goals" is answered as the question it is, never noted as an answer.
 * Found playing new users (branch `explore-journey`, test/explore/journeyFindings.test.ts).
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { carerToTopics, samForRon } from '../support/carerScripts';
import { personToFirstGoal, plainPersonAnswers, walkTo } from '../support/scripts';
import { withClockedApp } from '../support/startApp';

/** Jean on to her first goal's "What exactly will you do?", having said "walk to the park" and 5. */
const toAction = [...personToFirstGoal(), 'walk to the park', '5'];
/** On to that goal's "What might stop you?". */
const toBarriers = [...toAction, 'walk after lunch'];

/** Three days, in minutes. */
const threeDays = 3 * 24 * 60;

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Coming back days later on ${channelId}`, () => {
    it('names the goal being asked about when someone comes back days later mid-goal', () =>
      withClockedApp(channelId, async ({ client, later }) => {
        await sayAll(client, toAction);
        later(threeDays);
        const result = await client.say('hi');

        expect(lastQuestion(result)).to.equal('goal.1.action');
        expect(allText(result)).to.include('walk to the park');
      }));

    it('names the goal when a return with any message, not a greeting, gets the recap', () =>
      withClockedApp(channelId, async ({ client, later }) => {
        await sayAll(client, toBarriers);
        later(threeDays);
        const result = await client.say('right');

        expect(lastQuestion(result)).to.equal('goal.1.barriers');
        expect(allText(result)).to.include('walk to the park');
      }));

    it('names the goal by whose it is when a carer comes back days later mid-goal', () =>
      withClockedApp(channelId, async ({ client, later }) => {
        // Sam for Ron, on to the goal's "What exactly will Ron do?".
        await sayAll(client, carerToTopics.slice(0, carerToTopics.indexOf('walk after lunch')));
        later(threeDays);
        const result = await client.say('hello');

        expect(lastQuestion(result)).to.equal('goal.1.action');
        expect(allText(result)).to.include("Ron's goal 1");
        expect(allText(result)).to.include('walk to the park');
      }));

    it('names no goal when the question waiting asks for one', () =>
      withClockedApp(channelId, async ({ client, later }) => {
        await sayAll(client, [...personToFirstGoal(), 'sleep better', '5', 'bed by ten', 'skip', '8', 'yes']);
        later(threeDays);
        const result = await client.say('hi');

        expect(lastQuestion(result)).to.equal('goal.2.text');
        expect(allText(result)).to.not.include('sleep better');
      }));

    // "HELLO ITS BERT AGAIN" was offered to be noted as the answer to the question waiting (explore 23).
    for (const words of ['HELLO ITS BERT AGAIN', "hi, it's Bert", 'Bert here', 'this is bert again']) {
      it(`greets "${words}", a greeting with their name, and never offers or keeps it as an answer`, () =>
        withClockedApp(channelId, async ({ running, client, later }) => {
          await sayAll(client, ['hi', '1', 'Bert', 'copd', 'family', 'skip', 'skip']);
          later(4 * 24 * 60);
          const back = await client.say(words);
          await client.say('yes');

          expect(allText(back)).to.not.match(/You sent/);
          expect(lastQuestion(back)).to.equal('whatMatters.wouldLikeTo');
          expect((await onlyRecord(running)).answers['whatMatters.wouldLikeTo']?.value).to.not.equal(words);
        }));
    }

    // At "Who helps and supports Ron? It could be you, ...", a carer's "me, Sam" was taken as a
    // greeting, dropped, and the question asked again (review 23 finding 4): at a question about
    // people, a name said there is the answer, never a greeting.
    for (const words of ['me, Sam', "it's me, Sam", 'just me']) {
      it(`notes a carer's "${words}" as who helps and supports Ron, never as a greeting`, () =>
        withClockedApp(channelId, async ({ running, client }) => {
          await walkTo((t) => client.say(t), 'whatMatters.support', { ...samForRon, 'mood.down': 'no' });
          const reply = await client.say(words);

          expect(lastQuestion(reply), allText(reply)).to.not.equal('whatMatters.support');
          expect((await onlyRecord(running)).answers['whatMatters.support']?.value).to.equal(words);
        }));
    }

    for (const words of ['where was I', 'Where was I?', 'where were we', 'where am I up to']) {
      it(`answers "${words}" days later with where they are, never noting it as their answer`, () =>
        withClockedApp(channelId, async ({ running, client, later }) => {
          await sayAll(client, toAction);
          later(threeDays);
          await client.say('hi');
          const result = await client.say(words);

          expect((await onlyRecord(running)).answers['goal.1.action'], allText(result)).to.equal(undefined);
          expect(lastQuestion(result)).to.equal('goal.1.action');
          expect(allText(result)).to.include('walk to the park');
        }));
    }

    for (const words of ['what did I say about goals', 'what did I say', 'what have I said so far']) {
      it(`says what they said for "${words}", never noting it as their answer`, () =>
        withClockedApp(channelId, async ({ running, client, later }) => {
          await sayAll(client, toBarriers);
          later(threeDays);
          await client.say('hi');
          const result = await client.say(words);

          expect((await onlyRecord(running)).answers['goal.1.barriers'], allText(result)).to.equal(undefined);
          expect(lastQuestion(result)).to.equal('goal.1.barriers');
          expect(allText(result)).to.include('walk after lunch');
        }));
    }

    it('answers "where was I" between two answers with the part and the question, noting nothing', () =>
      withClockedApp(channelId, async ({ running, client }) => {
        await sayAll(client, toAction);
        const result = await client.say('where was I');

        expect((await onlyRecord(running)).answers['goal.1.action'], allText(result)).to.equal(undefined);
        expect(allText(result)).to.match(/part 3 of 6/);
        expect(lastQuestion(result)).to.equal('goal.1.action');
      }));

    it('answers "where was I" once everything is answered by saying they have finished', () =>
      withClockedApp(channelId, async ({ client }) => {
        await walkTo((text) => client.say(text), 'review.change', plainPersonAnswers);
        await client.say('It looks right');
        const result = await client.say('where was I');

        expect(allText(result)).to.match(/finished/);
        expect(result.questions).to.deep.equal([]);
      }));

    it('still notes an answer that only mentions where they were', () =>
      withClockedApp(channelId, async ({ running, client }) => {
        await sayAll(client, toAction);
        const result = await client.say('walk to where I was born');

        expect((await onlyRecord(running)).answers['goal.1.action']?.value, allText(result)).to.equal(
          'walk to where I was born',
        );
      }));
  });
}
