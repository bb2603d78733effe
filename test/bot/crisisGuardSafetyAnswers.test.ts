/**
 * "Are you safe right now?" answered in the ways people answer it (explorer 23b findings 3, 4, 5,
 * 9, 12): the same disclosure sent again is one flag, not two; a hedge ("i think so") the bot treats
 * as not sure is told to the lead contact as not sure; means at hand beside a yes ("yes but i have
 * the tablets here") reach the lead contact; "I'm safe" taken back in a quick second text is a "no";
 * and a "no" said with an emergency is kept on the crisis flag it answers (H160–H164).
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll, type ChatClient } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { carerToOwnPart } from '../support/carerScripts';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest, withClockedApp, type RunningApp } from '../support/startApp';

const disclosure = 'i want to kill myself';
const walk = (client: ChatClient, linkId: string) => walkTo((words) => client.say(words), linkId, plainPersonAnswers);
const crisisFlags = async (running: RunningApp) =>
  (await onlyRecord(running)).flags.filter((flag) => flag.kind === 'crisis');

describe('The answer to "are you safe right now?" (explorer 23b)', () => {
  const fresh = freshAppPerTest('webchat');

  it('3. the same disclosure sent again at "are you safe right now?" raises one flag, not two', async () => {
    await walk(fresh.client, 'whatMatters.most');
    await sayAll(fresh.client, [disclosure, disclosure, 'yes']);
    // On main: two identical suicide flags, so the lead contact reads two disclosures.
    expect(await crisisFlags(fresh.running)).to.have.length(1);
  });

  it('4. "i think so" to "are you safe right now?" is told to the lead contact as not sure, as the bot treated it', async () => {
    await walk(fresh.client, 'whatMatters.most');
    await fresh.client.say(disclosure);
    const reply = await fresh.client.say('i think so');
    expect(allText(reply)).to.match(/Please get help now/);
    // On main: the person gets the "not safe" reply but the flag says nothing of their answer.
    const [flag] = await crisisFlags(fresh.running);
    expect(flag.safeNow).to.equal('notSure');
  });

  it('5. "yes but i have the tablets here" at "are you safe right now?" reaches the lead contact', async () => {
    await walk(fresh.client, 'whatMatters.most');
    await fresh.client.say(disclosure);
    await fresh.client.say('yes but i have the tablets here');
    // On main: the urgent reply, but the means at hand is on no flag and safeNow is unset.
    const flags = await crisisFlags(fresh.running);
    const told = flags.some((flag) => (flag.message ?? '').includes('tablets') || flag.safeNow !== undefined);
    expect(told, JSON.stringify(flags)).to.equal(true);
  });

  it('12. "no, and now my chest is really tight..." to "are you safe right now?" keeps the no on the crisis flag', async () => {
    await walk(fresh.client, 'whatMatters.most');
    await fresh.client.say(disclosure);
    const reply = await fresh.client.say('no, and now my chest is really tight and the pain is going down my arm');
    expect(allText(reply)).to.match(/999/);
    // On main: an emergency flag is added but the suicide flag never says they were not safe.
    const suicide = (await crisisFlags(fresh.running)).find((flag) => flag.detail === 'suicide');
    expect(suicide?.safeNow).to.equal('no');
  });
});

describe('What the lead contact is told of the answer to "are you safe right now?"', () => {
  const fresh = freshAppPerTest('webchat');

  for (const [said, safeNow] of [
    ['not really', 'notSure'],
    ['for now', 'notSure'],
    ["I think I'm safe now", 'notSure'],
    ['no wait, i am not safe', 'no'],
    ["no, I'm fine", undefined],
    ['no one would notice', undefined],
    // Review 23b, finding 5 (H164): a no followed by reassurance is no "not safe".
    ["no, I'm not in any danger", undefined],
    ['nope all good', undefined],
    ["no, I'm not going to do anything", undefined],
  ] as const) {
    it(`keeps "${said}" as ${safeNow ?? 'nothing said of safety'}, with the urgent help repeated`, async () => {
      await walk(fresh.client, 'whatMatters.most');
      await fresh.client.say(disclosure);
      const reply = await fresh.client.say(said);
      expect(lastQuestion(reply)).to.equal('safety.check');
      const [flag] = await crisisFlags(fresh.running);
      expect(flag.safeNow).to.equal(safeNow);
    });
  }

  it('keeps a carer\'s "no, he is fine" at "Is Ron safe right now?" as nothing said of safety (review 23b, finding 5)', async () => {
    await sayAll(fresh.client, [...carerToOwnPart, 'Ron said he wants to kill himself']);
    const reply = await fresh.client.say('no, he is fine');
    expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
    const [flag] = await crisisFlags(fresh.running);
    expect(flag?.safeNow).to.equal(undefined);
  });

  it('keeps a plain "no" as no without repeating it in the words, and pleasantries out of them', async () => {
    await walk(fresh.client, 'whatMatters.most');
    await sayAll(fresh.client, [disclosure, 'no', 'thanks']);
    const [flag] = await crisisFlags(fresh.running);
    expect(flag).to.include({ safeNow: 'no', message: disclosure });
  });

  it('keeps a different disclosure at "are you safe right now?" as a flag of its own', async () => {
    await walk(fresh.client, 'whatMatters.most');
    await sayAll(fresh.client, [disclosure, 'i have taken all my tablets']);
    expect((await crisisFlags(fresh.running)).length).to.be.greaterThan(1);
  });
});

describe('"I\'m safe" taken back in a quick second text (explorer 23b)', () => {
  for (const said of ['ok', "nah, I'll come back tomorrow", "I think I'll carry on later"]) {
    it(`carries on after "yes im safe" and a quick "${said}": nothing taken back`, async () => {
      await withClockedApp('webchat', async ({ running, client, later }) => {
        await walk(client, 'goal.1.text');
        await sayAll(client, [disclosure, 'yes im safe']);
        later(0.1);
        const reply = await client.say(said);
        expect(lastQuestion(reply)).to.not.equal('safety.check');
        expect(await crisisFlags(running)).to.have.length(1);
      });
    });
  }

  it('takes back "yes im safe" with a quick "actually not sure", told as not sure', async () => {
    await withClockedApp('sms', async ({ running, client, later }) => {
      await walk(client, 'goal.1.text');
      await sayAll(client, [disclosure, 'yes im safe']);
      later(0.1);
      const reply = await client.say('actually not sure');
      expect(lastQuestion(reply)).to.equal('safety.check');
      expect((await crisisFlags(running))[0]?.safeNow).to.equal('notSure');
    });
  });

  it('reads a "no" long after "yes im safe" as an answer, never a taking back', async () => {
    await withClockedApp('webchat', async ({ client, later }) => {
      await walk(client, 'goal.1.text');
      await sayAll(client, [disclosure, 'yes im safe', 'ok']);
      later(0.1);
      const reply = await client.say('no');
      expect(allText(reply)).to.not.match(/Call 999/i);
    });
  });

  it('9. "no wait, i am not safe" just after "yes im safe" gets urgent help, never a routine question', async () => {
    await withClockedApp('webchat', async ({ running, client, later }) => {
      await walk(client, 'goal.1.text');
      await sayAll(client, [disclosure, 'yes im safe']);
      later(0.1);
      const reply = await client.say('no wait, i am not safe');
      // On main: "Welcome back ... What is something you would like to achieve?", and a "yes" then
      // notes "no wait, i am not safe" as the goal.
      expect(allText(reply)).to.match(/Call 999/i);
      expect(lastQuestion(reply)).to.equal('safety.check');
      expect((await crisisFlags(running))[0]?.safeNow).to.equal('no');
    });
  });

  // Review 23b, findings 3 and 4 (H163).
  it('carries on after "yes im safe" and a quick "not sure when I can finish this": doubt about something else', async () => {
    await withClockedApp('webchat', async ({ running, client, later }) => {
      await walk(client, 'goal.1.text');
      await sayAll(client, [disclosure, 'yes im safe']);
      later(1);
      const reply = await client.say('not sure when I can finish this');
      expect(allText(reply)).to.not.match(/Please get help now/);
      expect((await crisisFlags(running))[0]?.safeNow).to.equal(undefined);
    });
  });

  for (const said of ["actually I'm not", 'i lied', "no I'm not actually"]) {
    it(`takes back "yes im safe" with a quick "${said}", told as not safe`, async () => {
      await withClockedApp('webchat', async ({ running, client, later }) => {
        await walk(client, 'goal.1.text');
        await sayAll(client, [disclosure, 'yes im safe']);
        later(0.1);
        const reply = await client.say(said);
        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        expect((await crisisFlags(running))[0]?.safeNow).to.equal('no');
      });
    });
  }
});
