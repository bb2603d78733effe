/**
 * At the direct question after a positive mood screen ("In the last month, have you had thoughts
 * that you would be better off dead, or of hurting yourself in some way?"), a "no" that goes on to
 * tell of such thoughts ("no, I think about it sometimes but I would never do anything") was noted
 * as no, and the plan told the lead contact none were had; "only passing thoughts, nothing I would
 * act on" got a check-in about danger to others, asking again about something else (explore 22b,
 * findings 7 and 12). Anything but a clear no there is a crisis (H37).
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { samForRon } from '../support/carerScripts';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion, plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest, withClockedApp } from '../support/startApp';

/** A person answering for themselves, down this last month: on to the direct question. */
const downThisMonth: Readonly<Record<string, string>> = {
  ...plainPersonAnswers,
  'mood.down': 'yes',
  'mood.interest': 'no',
};

const noClearNo: ReadonlyArray<[string, Readonly<Record<string, string>>, string]> = [
  ['the person', downThisMonth, 'no, I think about it sometimes but I would never do anything'],
  ['the person', downThisMonth, 'only passing thoughts, nothing I would act on'],
  ['the person', downThisMonth, 'no. but now and then I wonder'],
  ['a carer', samForRon, 'no, he says it sometimes but he doesnt mean it'],
  // Explorer 23b, finding 6 (H158): "once or twice" and "the odd time" were "Sorry, I didn't understand".
  ['a carer', samForRon, 'he has said it once or twice but I dont think he means it'],
  ['the person', downThisMonth, 'the odd time'],
];

for (const channelId of ['webchat', 'msteams', 'sms']) {
  describe(`No clear no to thoughts of being better off dead, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const [who, answers, said] of noClearNo) {
      it(`gives ${who}'s "${said}" the crisis reply and a flag, never noted no or asked about something else`, async () => {
        const reply = await atQuestion(fresh.client, 'mood.harmThoughts', said, answers);

        expect(allText(reply)).to.match(/116 123/);
        expect(allText(reply)).to.not.match(/anyone else, in danger/);
        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        const record = await onlyRecord(fresh.running);
        expect(record.answers['mood.harmThoughts']).to.include({ status: 'unknown', value: said });
        expect(record.flags.find((flag) => flag.kind === 'crisis')).to.include({
          detail: 'suicide',
          via: 'moodQuestion',
          reply: 'unclear',
        });
      });
    }
  });
}

describe('A clear no to thoughts of being better off dead', () => {
  const fresh = freshAppPerTest('webchat');

  for (const said of ['no', 'no, never', 'no, not really', 'no thanks', 'no I have not']) {
    it(`still notes "${said}" as no and goes on to whether they want help`, async () => {
      const reply = await atQuestion(fresh.client, 'mood.harmThoughts', said, downThisMonth);

      expect(lastQuestion(reply), allText(reply)).to.equal('mood.wantsHelp');
      const record = await onlyRecord(fresh.running);
      expect(record.answers['mood.harmThoughts']?.value).to.equal(false);
      expect(record.flags.filter((flag) => flag.kind === 'crisis')).to.have.length(0);
    });
  }

  // A confirmation waiting reads nothing else: the risk is still answered, never dropped with it.
  it('gives the crisis reply for a risk heard while "start again?" waits at the direct question', async () => {
    await atQuestion(fresh.client, 'mood.harmThoughts', 'start again', downThisMonth);
    const reply = await fresh.client.say('only passing thoughts, nothing I would act on');

    expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
    expect((await onlyRecord(fresh.running)).flags.find((flag) => flag.kind === 'crisis')).to.include({
      via: 'moodQuestion',
      reply: 'unclear',
    });
  });

  it('still asks about danger to others for a warning sign of it, beside a no', async () => {
    const reply = await atQuestion(
      fresh.client,
      'mood.harmThoughts',
      "no, but he's threatened to hurt me",
      downThisMonth,
    );

    expect(['safety.check', 'safety.checkIn']).to.include(lastQuestion(reply));
  });
});

describe('A no to the direct question taken back in a quick second text (explorer 23b)', () => {
  it('8. by SMS, "no" then "well actually yes" gets the crisis reply, never noted for "would you like help?"', async () => {
    await withClockedApp('sms', async ({ running, client, later }) => {
      await walkTo((words) => client.say(words), 'mood.harmThoughts', downThisMonth);
      await client.say('no');
      later(0.1);
      const reply = await client.say('well actually yes');
      // On main: "Noted: yes." to mood.wantsHelp; harm thoughts stay no and nothing is flagged.
      expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
      const flags = (await onlyRecord(running)).flags.filter((flag) => flag.kind === 'crisis');
      expect(flags).to.have.length(1);
    });
  });

  it('keeps the taken-back answer as theirs, and the no and the words on the flag', async () => {
    await withClockedApp('sms', async ({ running, client, later }) => {
      await walkTo((words) => client.say(words), 'mood.harmThoughts', downThisMonth);
      await client.say('no');
      later(0.1);
      await client.say('well sometimes');
      const record = await onlyRecord(running);
      expect(record.answers['mood.harmThoughts']).to.include({ status: 'unknown', value: 'well sometimes' });
      expect(record.flags.find((flag) => flag.kind === 'crisis')).to.include({
        via: 'moodQuestion',
        reply: 'unclear',
        message: 'no\n\nwell sometimes',
      });
    });
  });

  for (const said of ['yes', 'oh yes please']) {
    it(`notes a quick "${said}" after the no as the answer to whether they want help`, async () => {
      await withClockedApp('sms', async ({ running, client, later }) => {
        await walkTo((words) => client.say(words), 'mood.harmThoughts', downThisMonth);
        await client.say('no');
        later(0.1);
        const reply = await client.say(said);
        expect(lastQuestion(reply), allText(reply)).to.not.equal('safety.check');
        const record = await onlyRecord(running);
        expect(record.answers['mood.wantsHelp']).to.include({ value: true });
        expect(record.flags.filter((flag) => flag.kind === 'crisis')).to.have.length(0);
      });
    });
  }

  // Review 23b, finding 1 (H163): a bare hedge, alone or after "hmm", answers the question now waiting.
  for (const said of ['hmm not sure', 'a little']) {
    it(`notes a quick "${said}" after the no as the answer to whether they want help, the no kept`, async () => {
      await withClockedApp('webchat', async ({ running, client, later }) => {
        await walkTo((words) => client.say(words), 'mood.harmThoughts', downThisMonth);
        await client.say('no');
        later(0.5);
        const reply = await client.say(said);
        expect(lastQuestion(reply), allText(reply)).to.not.equal('safety.check');
        const record = await onlyRecord(running);
        expect(record.answers['mood.harmThoughts']?.value).to.equal(false);
        expect(record.flags.filter((flag) => flag.kind === 'crisis')).to.have.length(0);
      });
    });
  }
});
