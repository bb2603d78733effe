import { expect } from 'chai';
import { gsm7Length, isGsm7 } from '../../content/gsm7';
import { createCrisisScreen } from '../../safety/screen';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { chatClient, freshAppPerTest, startApp, withApp, withClockedApp } from '../support/startApp';

/** A warning sign that is not a disclosure as it stands: it gets a check-in. */
const warningSign = 'I feel like such a burden on my family these days';
const routine = 'seeing my grandchildren and getting out in the garden';
/** Up to the question "What matters most to Jean at the moment?" (or to you). */
const toWhatMatters = ['hi', 'me', 'Jean', '1'];
const toWhatMattersAsCarer = ['hi', '2', 'Jean', 'Ann', 'daughter', 'yes', '1'];

describe('The check-in for a warning sign or a middle score', () => {
  const screen = createCrisisScreen();

  it('uses messages the screen sees as a check-in and as nothing', () => {
    // If the patterns or the model change so this is a crisis or nothing, pick other examples.
    expect(screen.screen(warningSign)).to.include({ tier: 'checkIn', kind: 'suicide' });
    expect(screen.screen(routine)).to.deep.equal({ tier: 'none' });
  });

  // A carer's answer to "Does Ron agree with what you have said?" (the carer's own part): since the
  // blind-17 retrain the learned layer checked in on it as harm to others (0.74-0.81).
  for (const text of [
    'he has dementia, he cannot say',
    "he has dementia so he can't say",
    'he cannot say, he has dementia',
    "Ron's got dementia, he can't answer",
  ]) {
    it(`stays quiet for a carer's "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
  }

  it('still reads what a carer says after "he cannot say"', () => {
    // Set aside only as the whole message: beside other words, the dementia is part of what they tell.
    expect(screen.screen('he has dementia, he cannot say, he is covered in bruises')).to.include({
      tier: 'crisis',
      kind: 'harmOthers',
    });
    expect(screen.screen('he has dementia, he cannot say, but I think the carer hit him').tier).to.not.equal('none');
    expect(screen.screen('he has dementia, he cannot say. He took an overdose this morning').tier).to.equal('crisis');
  });

  it('asks about what a warning sign is a sign of, even in a message too short for the model to read', () => {
    // A single word gave the model nothing to lean on, and the check-in fell back to suicide.
    expect(screen.screen('Wheezing')).to.include({ tier: 'checkIn', kind: 'medicalEmergency', by: 'warningSign' });
    expect(screen.screen('gasping')).to.include({ tier: 'checkIn', kind: 'medicalEmergency', by: 'warningSign' });
  });

  for (const channelId of ['webchat', 'msteams', 'sms']) {
    describe(`on ${channelId}`, () => {
      const fresh = freshAppPerTest(channelId);

      it('asks one direct question fitted to the kind, and no routine question', async () => {
        await sayAll(fresh.client, toWhatMatters);
        const result = await fresh.client.say(warningSign);
        expect(allText(result)).to.match(/Are you having thoughts of ending your life\?/);
        expect(result.questions.map((q) => q.linkId)).to.deep.equal(['safety.checkIn']);
        const record = await onlyRecord(fresh.running);
        expect(record?.flags, 'a check-in raises nothing yet').to.have.length(0);
        expect(record?.progress.checkIn?.kind).to.equal('suicide');
      });

      it('carries on after a clear no, keeping the answer that raised it and raising nothing', async () => {
        await sayAll(fresh.client, [...toWhatMatters, warningSign]);
        const result = await fresh.client.say('no');
        expect(allText(result)).to.match(/Thank you/);
        expect(result.questions.at(-1)?.linkId).to.equal('whatMatters.goingWell');
        const record = await onlyRecord(fresh.running);
        expect(record?.answers['whatMatters.most']?.value).to.equal(warningSign);
        expect(record?.flags).to.have.length(0);
        expect(record?.progress.checkIn).to.equal(undefined);
      });

      for (const answer of ['yes', 'not sure', 'maybe', 'sometimes I do', 'no but sometimes I wish I was not here']) {
        it(`gives the crisis reply and a flag after "${answer}"`, async () => {
          await sayAll(fresh.client, [...toWhatMatters, warningSign]);
          const result = await fresh.client.say(answer);
          const text = allText(result);
          for (const help of [/999/, /116 123/, /85258/, /not (watched|read) by a person/]) expect(text).to.match(help);
          expect(result.questions.map((q) => q.linkId)).to.deep.equal(['safety.check']);
          const record = await onlyRecord(fresh.running);
          expect(record?.flags).to.have.length(1);
          expect(record?.flags[0]).to.include({ kind: 'crisis', detail: 'suicide', via: 'checkIn' });
          expect(record?.flags[0].message).to.include(warningSign);
        });
      }

      it('shows the lead contact, first in the plan, that it was confirmed when asked', async () => {
        await sayAll(fresh.client, [...toWhatMatters, warningSign, 'yes', "I'm safe"]);
        const plan = allText(await fresh.client.say('show my plan'));
        expect(plan).to.match(/suicide[\s\S]*They said so when I asked them/);
      });

      // Exploration 18: "go back" to "Are you having thoughts of ending your life?" reached the lead contact as "They said so when I asked them".
      it('does not tell the lead contact someone said they had thoughts of suicide when they only said "go back"', async () => {
        await sayAll(fresh.client, [...toWhatMatters, warningSign]);
        const reply = await fresh.client.say('go back');
        expect(allText(reply), 'the unclear answer still gets the urgent help').to.match(/116 123/);
        expect((await onlyRecord(fresh.running)).flags[0]).to.include({ via: 'checkIn', reply: 'unclear' });
        const plan = allText(await sayAll(fresh.client, ["I'm safe", 'show my plan']));
        expect(plan).to.not.match(/They said so/);
        expect(plan).to.match(/Asked about thoughts of suicide or ending their life; did not give a clear no/);
      });

      it('tells the lead contact they said they were not sure when asked', async () => {
        await sayAll(fresh.client, [...toWhatMatters, warningSign, 'not sure', "I'm safe"]);
        const plan = allText(await fresh.client.say('show my plan'));
        expect(plan).to.match(/suicide[\s\S]*They said they were not sure when I asked them/);
        expect(plan).to.not.match(/They said so/);
      });

      it('stays quiet for an everyday answer', async () => {
        await sayAll(fresh.client, toWhatMatters);
        const result = await fresh.client.say(routine);
        expect(allText(result)).to.not.match(/999/);
        expect(result.questions.at(-1)?.linkId).to.equal('whatMatters.goingWell');
      });
    });
  }

  it('keeps the answer when the clear no comes back after a long gap', async () => {
    let now = new Date('2026-11-23T10:00:00Z');
    const running = await startApp({ overrides: { clock: () => now } });
    try {
      const client = chatClient(running, { channelId: 'sms' });
      await sayAll(client, [...toWhatMatters, warningSign]);
      now = new Date('2026-11-25T10:00:00Z');
      const result = await client.say('no');
      expect(result.questions.at(-1)?.linkId).to.equal('whatMatters.goingWell');
      const record = await onlyRecord(running);
      expect(record?.answers['whatMatters.most']?.value).to.equal(warningSign);
      expect(record?.flags).to.have.length(0);
    } finally {
      await running.stop();
    }
  });

  it('asks about the person when a carer is answering, in one GSM-7 text on SMS', () =>
    withApp(async (running) => {
      const client = chatClient(running, { channelId: 'sms' });
      await sayAll(client, toWhatMattersAsCarer);
      const result = await client.say('Mum keeps saying she is such a burden on the family');
      const question = result.replies.find((r) => /Jean/.test(r.text ?? ''))?.text ?? '';
      expect(question).to.match(/Is Jean having thoughts of ending their life\?/);
      expect(isGsm7(question)).to.equal(true);
      expect(gsm7Length(question)).to.be.at.most(320);
    }));

  it('logs the kind and what decided, never the words', () =>
    withApp(async (running, lines) => {
      const client = chatClient(running, { channelId: 'webchat' });
      await sayAll(client, [...toWhatMatters, warningSign]);
      const logged = lines.filter((line) => line.includes('crisis_check_in'));
      expect(logged).to.have.length(1);
      expect(logged[0]).to.include('suicide');
      expect(lines.join('\n')).to.not.include('such a burden');
    }));
});

describe('A disclosure at the end of a longer answer', () => {
  const fresh = freshAppPerTest('webchat');

  it('finds "I don\'t see the point of anything anymore" inside a longer message', async () => {
    // Explore 20: said alone these words get the crisis reply; in a paragraph about knees, tablets
    // and a son who shops they got "Thank you, I've noted that" (H68).
    await walkTo((t) => fresh.client.say(t), 'whatMatters.most', plainPersonAnswers);
    const result = await fresh.client.say(
      'My knees are bad and the tablets make me sleepy. My son comes on Sundays and does my shopping. ' +
        "I miss my garden. Honestly I don't see the point of anything anymore.",
    );

    expect(lastQuestion(result)).to.be.oneOf(['safety.check', 'safety.checkIn']);
  });
});

describe('A no to the check-in taken back in a quick second text (explorer 23b)', () => {
  it('10. by SMS, "no" then "well sometimes" to "Are you having thoughts of ending your life?" is heard as the check-in answer', async () => {
    await withClockedApp('sms', async ({ running, client, later }) => {
      await walkTo((words) => client.say(words), 'whatMatters.most', plainPersonAnswers);
      await sayAll(client, [warningSign, 'no']);
      later(0.1);
      const reply = await client.say('well sometimes');
      // On main: 'Noted: "well sometimes".' as what is going well, then the next routine question.
      expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
      const flags = (await onlyRecord(running)).flags.filter((flag) => flag.kind === 'crisis');
      expect(flags).to.have.length(1);
    });
  });

  it('reads a quick "well actually yes" after the no as a yes, and a plain answer after it as the answer', async () => {
    await withClockedApp('sms', async ({ running, client, later }) => {
      await walkTo((words) => client.say(words), 'whatMatters.most', plainPersonAnswers);
      await sayAll(client, [warningSign, 'no']);
      later(0.1);
      await client.say('well actually yes');
      const [flag] = (await onlyRecord(running)).flags.filter((kept) => kept.kind === 'crisis');
      expect(flag).to.include({ via: 'checkIn', reply: 'yes', message: `${warningSign}\n\nno\n\nwell actually yes` });
    });
  });

  it('notes a quick second text that takes nothing back as the next answer', async () => {
    await withClockedApp('sms', async ({ running, client, later }) => {
      await walkTo((words) => client.say(words), 'whatMatters.most', plainPersonAnswers);
      await sayAll(client, [warningSign, 'no']);
      later(0.1);
      const reply = await client.say('my grandchildren visiting');
      expect(lastQuestion(reply)).to.not.equal('safety.check');
      expect((await onlyRecord(running)).flags.filter((flag) => flag.kind === 'crisis')).to.have.length(0);
    });
  });

  it('notes a quick "oh, not much" after the no as what is going well (review 23b, finding 2)', async () => {
    await withClockedApp('webchat', async ({ running, client, later }) => {
      await walkTo((words) => client.say(words), 'whatMatters.most', plainPersonAnswers);
      await sayAll(client, [warningSign, 'no']);
      later(0.5);
      const reply = await client.say('oh, not much');
      expect(lastQuestion(reply), allText(reply)).to.not.equal('safety.check');
      expect((await onlyRecord(running)).flags.filter((flag) => flag.kind === 'crisis')).to.have.length(0);
    });
  });
});
