import { expect } from 'chai';
import { smsService } from '../channels/sms/smsService';
import { allText } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest, withClockedApp, type RunningApp } from '../support/startApp';

/**
 * A disclosure sent in two texts, the way people type in bursts on a phone, where neither text
 * alone says it and the first does not end on a word that leaves it hanging ("I cut", then
 * "myself"): the screen must read the two as one, as the person meant them (hazard H42).
 */
const bursts: readonly { first: string; second: string; kind: string; help: RegExp }[] = [
  { first: 'I cut', second: 'myself', kind: 'selfHarm', help: /116 123/ },
  { first: 'i hav a plan.', second: 'pills. tonight.', kind: 'suicide', help: /116 123/ },
  { first: 'cant', second: 'breathe properly help', kind: 'medicalEmergency', help: /999/ },
  // Twelve words, the most a text may have to begin a burst.
  {
    first: 'we went to the shops this morning, got home and I cut',
    second: 'myself',
    kind: 'selfHarm',
    help: /116 123/,
  },
];

/** The crisis flags on the only record. */
async function crisisFlags(running: RunningApp): Promise<{ kind: string; message?: string }[]> {
  const record = await onlyRecord(running);
  return record.flags
    .filter((flag) => flag.kind === 'crisis')
    .map((flag) => ({ kind: flag.detail ?? '', message: flag.message }));
}

describe('A disclosure sent in two texts, neither saying it alone', () => {
  describe('in web chat', () => {
    const app = freshAppPerTest('webchat');

    for (const { first, second, kind, help } of bursts) {
      it(`answers ${JSON.stringify(first)} then ${JSON.stringify(second)} with the crisis reply and a flag`, async () => {
        await walkTo((words) => app.client.say(words), 'whatMatters.goingWell', plainPersonAnswers);
        const before = await app.client.say(first);
        expect(
          before.questions.map((q) => q.linkId),
          'the first text alone says nothing',
        ).to.not.include('safety.check');

        const reply = await app.client.say(second);
        expect(allText(reply)).to.match(help);
        expect(reply.questions.map((q) => q.linkId)).to.deep.equal(['safety.check']);
        expect(await crisisFlags(app.running), 'the lead contact sees both texts').to.deep.equal([
          { kind, message: `${first} ${second}` },
        ]);
      });
    }

    it('reads two everyday answers in a row as two answers, raising nothing', async () => {
      await walkTo((words) => app.client.say(words), 'whatMatters.goingWell', plainPersonAnswers);
      await app.client.say('my garden');
      const reply = await app.client.say('seeing my grandchildren');
      expect(reply.questions.map((q) => q.linkId)).to.not.include('safety.check');
      expect(await crisisFlags(app.running)).to.deep.equal([]);
    });

    it('asks nothing when only the two texts together raise a doubt short of a crisis', async () => {
      // Read together, "goals and topics, not mood yes" scores between the cut-offs (0.762).
      await walkTo((words) => app.client.say(words), 'whatMatters.goingWell', plainPersonAnswers);
      await app.client.say('goals and topics, not mood');
      const reply = await app.client.say('yes');
      const asked = reply.questions.map((q) => q.linkId);
      expect(asked).to.not.include('safety.check');
      expect(asked).to.not.include('safety.checkIn');
      expect(await crisisFlags(app.running)).to.deep.equal([]);
    });

    // H86: a stop for the day the screen sets aside whole ("I'll finish this tomorrow") read with
    // the answer before it got the crisis reply (0.99); it is a request complete in itself.
    it('reads a stop for the day straight after an answer as the pause, not with the answer', async () => {
      await walkTo((words) => app.client.say(words), 'whatMatters.goingWell', plainPersonAnswers);
      await app.client.say('my garden');
      const reply = await app.client.say("I'll finish this tomorrow");
      expect(allText(reply)).to.match(/Everything is saved/);
      expect(reply.questions.map((q) => q.linkId)).to.not.include('safety.check');
      expect(await crisisFlags(app.running)).to.deep.equal([]);
    });

    it('still reads "goodbye", a command the screen reads, with the text before it', async () => {
      await walkTo((words) => app.client.say(words), 'whatMatters.goingWell', plainPersonAnswers);
      await app.client.say('sorry everyone');
      const reply = await app.client.say('goodbye');
      expect(reply.questions.map((q) => q.linkId)).to.deep.equal(['safety.check']);
      expect(await crisisFlags(app.running)).to.deep.equal([{ kind: 'suicide', message: 'sorry everyone goodbye' }]);
    });

    it('does not join a text to one that was itself answered as a crisis', async () => {
      await walkTo((words) => app.client.say(words), 'whatMatters.goingWell', plainPersonAnswers);
      await app.client.say('I want to kill myself');
      await app.client.say("I'm safe");
      expect((await crisisFlags(app.running)).map((flag) => flag.kind)).to.deep.equal(['suicide']);
    });
  });

  describe('by SMS', () => {
    const sms = smsService('split-disclosure-token');

    it('answers "I cut" then "myself" with the crisis reply and a flag', async () => {
      // Person, named Jean, one condition, "family" to what matters most: "What is going well?" next.
      expect(await sms.texts(['hi', '1', 'Jean', '1', 'family'])).to.match(/going well/i);
      await sms.texts(['I cut']);
      const reply = await sms.texts(['myself']);
      expect(reply).to.match(/116 123/);
      expect((await crisisFlags(sms.running())).map((flag) => flag.kind)).to.deep.equal(['selfHarm']);
    });
  });

  it('reads texts hours apart as two messages', async () => {
    await withClockedApp('webchat', async ({ running, client, later }) => {
      await walkTo((words) => client.say(words), 'whatMatters.goingWell', plainPersonAnswers);
      await client.say('I cut');
      later(180);
      await client.say('myself');
      expect(await crisisFlags(running)).to.deep.equal([]);
    });
  });
});

/**
 * A warning sign split over two quick texts, the second going on from the first ("writing letters",
 * then 20 seconds on "to say goodbye"): each was noted as the answer to a question in turn, where
 * the two in one text get a check-in (explore 22b, finding 15). Read together they are asked about;
 * the flag, if it comes to one, holds both texts.
 */
const splitSigns: readonly [string, string][] = [
  ['writing letters', 'to say goodbye'],
  ['i have a plan', 'for how to do it'],
];

for (const channelId of ['sms', 'webchat']) {
  describe(`A warning sign split over two quick texts (${channelId})`, () => {
    for (const [first, second] of splitSigns) {
      it(`asks straight after ${JSON.stringify(first)} then ${JSON.stringify(second)}, 20 s apart`, async () => {
        await withClockedApp(channelId, async ({ client, later }) => {
          await walkTo((words) => client.say(words), 'whatMatters.hard', plainPersonAnswers);
          await client.say(first);
          later(1 / 3);
          const reply = await client.say(second);

          expect(
            reply.questions.map((q) => q.linkId),
            allText(reply),
          ).to.deep.equal(['safety.checkIn']);
        });
      });
    }

    it('keeps the second text as said after a clear no, raising nothing', async () => {
      await withClockedApp(channelId, async ({ client, later, running }) => {
        await walkTo((words) => client.say(words), 'whatMatters.hard', plainPersonAnswers);
        await client.say('writing letters');
        later(1 / 3);
        await client.say('to say goodbye');
        await client.say('no');

        const record = await onlyRecord(running);
        expect(Object.values(record.answers).map((answer) => answer.value)).to.include('to say goodbye');
        expect(await crisisFlags(running)).to.deep.equal([]);
      });
    });

    it('tells the lead contact both texts when the check-in is answered with anything but a clear no', async () => {
      await withClockedApp(channelId, async ({ client, later, running }) => {
        await walkTo((words) => client.say(words), 'whatMatters.hard', plainPersonAnswers);
        await client.say('writing letters');
        later(1 / 3);
        await client.say('to say goodbye');
        await client.say('yes');

        expect(await crisisFlags(running)).to.deep.equal([
          { kind: 'suicide', message: 'writing letters to say goodbye\n\nyes' },
        ]);
      });
    });
  });
}
