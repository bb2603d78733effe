import { expect } from 'chai';
import { gsm7Length, isGsm7 } from '../../content/gsm7';
import { SqlRecordStore } from '../../storage/recordStore';
import { createSealer } from '../../storage/encryption';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { chatClient, freshAppPerTest, startApp, withApp } from '../support/startApp';

const disclosure = 'honestly i dont see the point anymore, everyone would be better off without me';
const emergency = 'my chest is really tight and the pain is going down my arm right now';

/** Ways to reach each state of the conversation before the disclosure. */
const states: Record<string, string[]> = {
  'at the welcome': [],
  'mid-goal': ['hi', 'me', 'Jean', '1', 'family', 'garden', 'stairs', 'walk', 'skip', 'skip', 'walk to the park'],
  'while paused': ['hi', 'me', 'Jean', 'later'],
  'at review': [
    ...[
      'hi',
      'me',
      'Jean',
      '1',
      'family',
      'garden',
      'stairs',
      'walk',
      'skip',
      'skip',
      'walk to the park',
      '8',
      'walk daily',
      'rain',
      '8',
      'no',
    ],
    ...['1', 'skip', 'no', 'no', 'no'],
  ],
};
states['after the plan is shared'] = [...states['at review'], 'done', 'yes'];

for (const channelId of ['webchat', 'msteams', 'sms']) {
  describe(`The crisis guard on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const [state, script] of Object.entries(states)) {
      it(`answers a disclosure ${state} with signposting and asks no routine question`, async () => {
        if (script.length > 0) await sayAll(fresh.client, script);
        const result = await fresh.client.say(disclosure);
        const text = allText(result);
        expect(text).to.match(/999/);
        expect(text).to.match(/111/);
        expect(text).to.match(/option 2/);
        expect(text).to.match(/116 123/);
        expect(text).to.match(/SHOUT/);
        expect(text).to.match(/85258/);
        expect(text).to.match(/not (watched|read) by a person/);
        expect(text).to.match(/safe right now\?/);
        expect(result.questions.map((q) => q.linkId)).to.deep.equal(['safety.check']);
      });
    }

    it('gives 999 first for a medical emergency', async () => {
      const result = await sayAll(fresh.client, ['hi', emergency]);
      const text = allText(result);
      expect(text.indexOf('999')).to.be.greaterThan(-1);
      expect(text.indexOf('999')).to.be.lessThan(text.indexOf('111'));
    });

    it('says when to call 999 or 111 in the check-in for chest pain said bare', async () => {
      // "chest pain" alone is everyday in angina and heart failure, and may be a heart attack:
      // asked whether it is happening now, told first when to call (H76).
      const result = await sayAll(fresh.client, ['hi', 'me', 'Jean', '1', 'chest pain']);
      const text = allText(result);
      expect(text).to.match(/999/);
      expect(text).to.match(/111/);
      expect(text).to.match(/is this happening now/);
      expect(result.questions.map((q) => q.linkId)).to.deep.equal(['safety.checkIn']);
    });

    it("takes a carer's \"he's had a stroke and can't type\", just after saying who it is for, as no emergency", async () => {
      // Read in one burst with the "2" before it, the carer's reason got "Call 999 now" (H77).
      await sayAll(fresh.client, ['hi', '2']);
      const result = await fresh.client.say("I'm answering for my husband, he's had a stroke and can't type");
      expect(allText(result)).to.not.match(/999/);
      expect(lastQuestion(result)).to.not.be.oneOf(['safety.check', 'safety.checkIn']);
    });

    it('does not take the safety answer as an answer to a routine question', async () => {
      await sayAll(fresh.client, [...states['mid-goal'], disclosure]);
      const thanks = await fresh.client.say('yes');
      expect(thanks.questions).to.have.length(0);
      expect(allText(thanks)).to.match(/Thank you/);
      const resumed = await fresh.client.say('ok');
      expect(resumed.questions.at(-1)?.linkId).to.equal('goal.1.importance');
    });

    it('repeats urgent help when they say they are not safe', async () => {
      await sayAll(fresh.client, ['hi', disclosure]);
      const result = await fresh.client.say('no');
      expect(allText(result)).to.match(/Call 999/i);
      expect(result.questions.map((q) => q.linkId)).to.deep.equal(['safety.check']);
    });

    // H62: "take myself out" meaning to end one's life, at any moment; a goal to get out more is a goal.
    for (const [state, script] of Object.entries(states)) {
      it(`answers "I want to take myself out" ${state} with signposting and asks no routine question`, async () => {
        if (script.length > 0) await sayAll(fresh.client, script);
        const result = await fresh.client.say('I want to take myself out');
        expect(allText(result)).to.match(/116 123/);
        expect(result.questions.map((q) => q.linkId)).to.deep.equal(['safety.check']);
      });
    }

    it('takes "take myself out of the house more" as a goal, with no crisis reply', async () => {
      await sayAll(fresh.client, states['mid-goal'].slice(0, -1));
      const result = await fresh.client.say('take myself out of the house more');
      expect(allText(result)).to.not.match(/116 123/);
      expect(result.questions.at(-1)?.linkId).to.equal('goal.1.importance');
    });

    it('does not trigger on everyday idioms', async () => {
      await sayAll(fresh.client, ['hi', 'me', 'Jean', '1']);
      const result = await fresh.client.say('my knees are killing me but I am dying for a cup of tea');
      expect(result.questions.at(-1)?.linkId).to.equal('whatMatters.goingWell');
    });
  });
}

describe('The crisis guard records', () => {
  it('records a crisis flag with time, kind and the message, and leads the plan with it', async () => {
    const running = await startApp();
    try {
      const client = chatClient(running, { channelId: 'webchat' });
      await sayAll(client, ['hi', 'me', 'Jean', disclosure]);
      const store = new SqlRecordStore(running.app.db, createSealer(null));
      const [summary] = await store.list();
      const record = (await store.get(summary.id))?.value;
      expect(record?.flags).to.have.length(1);
      expect(record?.flags[0]).to.include({ kind: 'crisis', detail: 'suicide', message: disclosure, by: 'person' });
      const plan = await sayAll(client, ['yes', 'show my plan']);
      expect(allText(plan)).to.match(/Please note first[\s\S]*suicide[\s\S]*About me/);
    } finally {
      await running.stop();
    }
  });

  it('records a carer-reported disclosure as given by the carer, worded about the person', async () => {
    const running = await startApp();
    try {
      const client = chatClient(running, { channelId: 'webchat' });
      const result = await sayAll(client, ['hi', '2', 'Jean', 'mum says she wants to end it all']);
      expect(allText(result)).to.match(/Is Jean safe right now\?/);
    } finally {
      await running.stop();
    }
  });

  it('gives the emergency reply about the person a carer names by first name, and none for an overdose never taken', async () => {
    const running = await startApp();
    try {
      const client = chatClient(running, { channelId: 'webchat' });
      const named = await sayAll(client, ['hi', '2', 'Ron', 'Ron took an overdose']);
      expect(allText(named)).to.match(/Call 999 now[\s\S]*Is Ron safe right now\?/);
      const other = chatClient(running, { channelId: 'webchat', userId: 'never-taken' });
      const never = await sayAll(other, ['hi', '2', 'Jean', 'my son has never taken an overdose']);
      expect(allText(never)).to.not.match(/999/);
    } finally {
      await running.stop();
    }
  });

  it('never logs the disclosure text', () =>
    withApp(async (running, lines) => {
      const client = chatClient(running, { channelId: 'webchat' });
      await sayAll(client, ['hi', disclosure]);
      expect(lines.some((line) => line.includes('crisis_detected'))).to.equal(true);
      expect(lines.join('\n')).to.not.include('better off without me');
    }));
});

describe('Crisis signposting on SMS', () => {
  it('fits the SMS signposting in one GSM-7 message of at most 320 characters, for person and carer', async () => {
    const running = await startApp();
    try {
      for (const script of [
        ['hi', disclosure],
        ['hi', '2', 'Bartholomew-Josephine', disclosure],
        ['hi', emergency],
      ]) {
        const client = chatClient(running, { channelId: 'sms' });
        const result = await sayAll(client, script);
        const crisis = result.replies.filter((r) => /999/.test(r.text ?? ''));
        expect(crisis).to.have.length(1);
        const text = crisis[0].text ?? '';
        expect(isGsm7(text)).to.equal(true);
        expect(gsm7Length(text)).to.be.at.most(320);
        for (const number of ['999', '111']) expect(text).to.include(number);
      }
    } finally {
      await running.stop();
    }
  });
});

describe('The safety check after a crisis reply', () => {
  const fresh = freshAppPerTest('webchat');

  for (const answer of ['no', 'not sure', 'maybe', "I don't know", 'kind of', 'ok', 'it still hurts']) {
    it(`repeats the urgent help after "${answer}" and asks again`, async () => {
      await sayAll(fresh.client, ['hi', disclosure]);
      const result = await fresh.client.say(answer);
      const text = allText(result);
      expect(text).to.match(/Call 999/i);
      expect(text).to.match(/116 123/);
      expect(text).to.match(/I'm safe/);
      expect(result.questions.map((q) => q.linkId)).to.deep.equal(['safety.check']);
    });
  }

  // Exploration 18: "no" to "Are you safe right now?" was kept nowhere; the lead contact read only "Mentioned thoughts of suicide".
  it('tells the lead contact the person said they were not safe right now', async () => {
    await sayAll(fresh.client, ['hi', 'me', 'Jean', '1', 'I want to end my life']);
    const asked = await fresh.client.say('no');
    expect(allText(asked), 'the "no" was not taken as not safe').to.match(/get help now/i);
    const record = await onlyRecord(fresh.running);
    expect(record.flags.find((flag) => flag.kind === 'crisis')).to.include({ safeNow: 'no' });
    const plan = allText(await sayAll(fresh.client, ["I'm safe", 'show my plan']));
    expect(plan).to.match(/When asked, said they were not safe right now/);
  });

  it('tells the lead contact a carer said the person was not safe right now, never as the carer', async () => {
    await sayAll(fresh.client, [
      'hi',
      '2',
      'Jean',
      'Ann',
      'daughter',
      'yes',
      '1',
      'she keeps saying she wants to end her life',
    ]);
    await fresh.client.say('no');
    const plan = allText(await sayAll(fresh.client, ['yes she is', 'show my plan']));
    expect(plan).to.match(/the carer said the person this plan is for was not safe right now/);
  });

  it('keeps a "not sure" to "are you safe right now?" as not sure, never as not safe', async () => {
    await sayAll(fresh.client, ['hi', disclosure, 'not sure']);
    const record = await onlyRecord(fresh.running);
    expect(record.flags.find((flag) => flag.kind === 'crisis')).to.include({ safeNow: 'notSure' });
  });

  it('says nothing of safety on the flag when they answer with something else', async () => {
    await sayAll(fresh.client, ['hi', disclosure, 'it still hurts']);
    const record = await onlyRecord(fresh.running);
    expect(record.flags.find((flag) => flag.kind === 'crisis')?.safeNow).to.equal(undefined);
  });

  it('keeps a medical emergency with 999 and A&E, never the mental health line', async () => {
    await sayAll(fresh.client, ['hi', emergency]);
    const notSafe = await fresh.client.say('not sure');
    expect(allText(notSafe)).to.match(/999/);
    expect(allText(notSafe)).to.match(/A&E/);
    expect(allText(notSafe)).to.not.match(/option 2/);
    const safe = await fresh.client.say('yes');
    expect(allText(safe)).to.match(/999/);
    expect(allText(safe)).to.not.match(/option 2/);
  });

  it('routes danger symptoms with "I feel like I\'m going to die" to 999, not the suicide reply', async () => {
    const result = await sayAll(fresh.client, [
      'hi',
      "I've got a fever of 39.5 and the shakes, I feel like I'm going to die",
    ]);
    const text = allText(result);
    expect(text).to.match(/Call 999 now/);
    expect(text).to.not.match(/Samaritans/);
  });
});

describe('Told it is not an emergency after the emergency reply', () => {
  // Explore 20: a false alarm at the conditions question, then "its not an emergency", got "Please
  // call 999 now" as a "no" to "are you safe?" does, and again for each reply after (H67).
  const falseAlarm = ['hi', 'me', 'Margaret', 'my chest and sugar are bad'];

  for (const channelId of ['sms', 'webchat']) {
    describe(`on ${channelId}`, () => {
      const fresh = freshAppPerTest(channelId);

      // What the lead contact is told they said: that it was not an emergency, or nothing (as for "I'm fine").
      for (const [said, safeNow] of [
        ['its not an emergency', 'noEmergency'],
        ["I'm fine, I was just telling you my conditions", undefined],
        ["no emergency, I'm ok", 'noEmergency'],
      ] as const) {
        it(`believes "${said}", says where help is if it changes, and asks nothing more about safety`, async () => {
          const raised = await sayAll(fresh.client, falseAlarm);
          expect(allText(raised), 'the false alarm this test needs').to.match(/Call 999 now/);
          const result = await fresh.client.say(said);

          expect(allText(result)).to.not.match(/call 999 now|A&E/i);
          expect(allText(result)).to.match(/999/);
          expect(result.questions.map((q) => q.linkId)).to.not.include('safety.check');
          const flag = (await onlyRecord(fresh.running)).flags.find((f) => f.kind === 'crisis');
          expect(flag?.safeNow).to.equal(safeNow);
        });
      }

      it('carries on at the question they were at after being believed', async () => {
        await sayAll(fresh.client, [...falseAlarm, 'its not an emergency']);
        const result = await fresh.client.say('ok');

        expect(lastQuestion(result)).to.equal('conditions');
      });
    });
  }

  const fresh = freshAppPerTest('webchat');

  for (const said of ['its not an emergency but my chest hurts', 'not an emergency, I am not safe', 'no']) {
    it(`still gives the urgent help after "${said}"`, async () => {
      await sayAll(fresh.client, falseAlarm);
      const result = await fresh.client.say(said);

      expect(allText(result)).to.match(/call 999 now/i);
      expect(result.questions.map((q) => q.linkId)).to.deep.equal(['safety.check']);
    });
  }

  it('tells the lead contact they said it was not an emergency', async () => {
    const plan = allText(await sayAll(fresh.client, [...falseAlarm, 'its not an emergency', 'show my plan']));

    expect(plan).to.match(/When asked, said it was not an emergency/);
  });

  // Review 20: an overdose is screened as a medical emergency too, and "I don't need help" after
  // one is the classic refusal, never a false alarm put right (H67).
  for (const said of [
    "I don't need help",
    "no, I don't need help",
    'its not urgent',
    'no need for 999',
    'nothing is wrong',
  ]) {
    it(`still gives the urgent help after "I have taken 30 paracetamol" then "${said}"`, async () => {
      const raised = await sayAll(fresh.client, ['hi', 'me', 'Jean', 'I have taken 30 paracetamol']);
      expect(allText(raised), 'the overdose got the emergency reply').to.match(/999/);
      const result = await fresh.client.say(said);

      expect(allText(result)).to.not.match(/sorry for the worry/i);
      expect(allText(result)).to.match(/call 999 now|A&E/i);
      const record = await onlyRecord(fresh.running);
      expect(record.progress.safetyCheckPending).to.equal(true);
      expect(record.flags.find((f) => f.kind === 'crisis')?.safeNow).to.not.equal('noEmergency');
    });
  }

  // An emergency a pattern states is not put right by the same words either (H67).
  for (const [raising, said] of [
    [emergency, 'its not an emergency'],
    ['i drank bleach', 'false alarm'],
  ]) {
    it(`still gives the urgent help after "${raising}" then "${said}"`, async () => {
      await sayAll(fresh.client, ['hi', 'me', 'Jean', raising]);
      const result = await fresh.client.say(said);

      expect(allText(result)).to.match(/call 999 now/i);
      expect((await onlyRecord(fresh.running)).progress.safetyCheckPending).to.equal(true);
    });
  }

  // Review 20: "I'm fine" with an aside is the false alarm's answer, not an answer to thoughts of suicide.
  for (const said of [
    "I'm fine, don't worry",
    "I'm fine, I was just telling you",
    "I'm ok, that's all",
    "I'm fine, you asked",
  ]) {
    it(`does not take "${said}" after "I want to kill myself" as safe`, async () => {
      await sayAll(fresh.client, ['hi', 'me', 'Jean', 'I want to kill myself']);
      const result = await fresh.client.say(said);

      expect(allText(result)).to.match(/116 123/);
      const record = await onlyRecord(fresh.running);
      expect(record.progress.safetyCheckPending, allText(result)).to.equal(true);
    });
  }

  it('does not take "I\'m fine, I was just telling you my conditions" after an overdose as safe', async () => {
    await sayAll(fresh.client, ['hi', 'me', 'Jean', 'I have taken 30 paracetamol']);
    const result = await fresh.client.say("I'm fine, I was just telling you my conditions");

    expect(allText(result)).to.match(/call 999 now/i);
    expect((await onlyRecord(fresh.running)).progress.safetyCheckPending).to.equal(true);
  });

  it('asks plainly whether they are safe after thoughts of suicide, never taking it as safe', async () => {
    await sayAll(fresh.client, ['hi', disclosure]);
    const result = await fresh.client.say('its not an emergency');

    expect(allText(result)).to.match(/safe right now\?/);
    expect(allText(result)).to.match(/116 123/);
    expect(allText(result)).to.not.match(/get help now/i);
    expect(result.questions.map((q) => q.linkId)).to.deep.equal(['safety.check']);
    const record = await onlyRecord(fresh.running);
    expect(record.progress.safetyCheckPending).to.equal(true);
    expect(record.flags.find((f) => f.kind === 'crisis')?.safeNow).to.equal(undefined);
  });
});
