/**
 * A carer's own crisis. Asked "How are you coping, looking after Ron?", a carer who typed "I cannot
 * cope any more, I want to end it all" was told "I'm sorry Ron is going through this… Is Ron safe
 * right now?", and Ron's plan read "Mentioned thoughts of suicide… Please contact them today." A
 * carer who speaks of themselves ("I", "me", "myself") is asked whether they are safe, wherever it
 * is said; one who tells of the person ("she said she wants to die") is asked about the person.
 */
import { expect } from 'chai';
import { loadCatalogue } from '../../content/catalogue';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { compileDraftPlan } from '../../plan/draftPlan';
import type { PreparationRecord } from '../../plan/record';
import { createCrisisScreen } from '../../safety/screen';
import { whoseCrisis } from '../../safety/whose';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { carerToOwnPart } from '../support/carerScripts';
import { onlyRecord } from '../support/onlyRecord';
import { chatClient, freshAppPerTest } from '../support/startApp';
import { walkTo } from '../support/scripts';

const plans = createPlanRenderer(loadCatalogue(), loadPackLibrary());

/** The plan as the person's own copy shows it in chat. */
const planText = (record: PreparationRecord): string => plans.chat(compileDraftPlan(record, plans.labels), 'webchat');

/** Ann for Jean, at "What is hard for Jean at the moment?" (a question about the person). */
const toWhatIsHard = ['hi', '2', 'Jean', 'Ann', 'daughter', 'yes', 'diabetes', 'family', 'skip'];

describe('Whose crisis a message tells of', () => {
  const screen = createCrisisScreen();
  const cases: Array<[string, ReturnType<typeof whoseCrisis>]> = [
    ['I cannot cope any more, I want to end it all', 'writer'],
    ['I feel like killing myself some days', 'writer'],
    ["I can't cope with him any more, I want to end it all", 'writer'],
    ['I want to die, he does not even know who I am', 'writer'],
    ['she makes me want to die', 'writer'],
    ['i wanna kill myself', 'writer'],
    ['she said she wants to die', 'someoneElse'],
    ['mum keeps saying she wants to end it', 'someoneElse'],
    ['I think he wants to kill himself', 'someoneElse'],
    ["I'm scared he will take his own life", 'someoneElse'],
    ['she keeps saying she wants to end her life', 'someoneElse'],
    ['Ron wants to end it all', 'someoneElse'],
    ["she's ill and wants to die", 'someoneElse'],
    ["he'd be better off dead, he says", 'someoneElse'],
    ['she cuts herself', 'someoneElse'],
    ["I'll end it all tonight", 'writer'],
    ['everyone would be better off without me', 'writer'],
    ["I can't go on like this", 'writer'],
    ['he keeps hitting me', 'writer'],
    ["I'm going to kill him", 'writer'],
    ['want to end it all', 'unclear'],
    ['suicidal', 'unclear'],
    // A name with 's is the name; "my husband" is someone else, not the "I" before it.
    ["I think Ron's taken an overdose", 'someoneElse'],
    ["Ron's collapsed and isn't breathing", 'someoneElse'],
    ['Rons collapsed and isnt breathing', 'someoneElse'],
    ['I think my husband has taken an overdose', 'someoneElse'],
    ["I think my husband's collapsed", 'someoneElse'],
    ['our mum wants to die', 'someoneElse'],
    ['my husband makes me want to die', 'writer'],
    ["I can't cope with my wife, I want to end it all", 'writer'],
    // Someone harmed is no subject, named or not.
    ['I could kill my husband', 'writer'],
    ["I'm going to hurt Ron", 'writer'],
    // The writer as the subject of the words that raised it, the person named after them (review 20).
    ['I want to end it all looking after Ron', 'writer'],
    ['I want to die every time Ron shouts', 'writer'],
    ['honestly I want to end it all with Ron like this', 'writer'],
    ['I want to kill myself looking after Ron', 'writer'],
    ['Ron wants to end it all looking after me', 'someoneElse'],
  ];
  for (const [text, whose] of cases) {
    it(`reads "${text}" as about ${whose === 'writer' ? 'the writer' : whose === 'someoneElse' ? 'someone else' : 'no one in particular'}`, () => {
      expect(screen.screen(text).tier, 'the screen must find it').to.not.equal('none');
      expect(whoseCrisis(text, screen, ['Ron'])).to.equal(whose);
    });
  }
});

for (const channelId of ['webchat', 'msteams', 'sms'] as const) {
  describe(`A carer's own crisis, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('asks the carer whether they themselves are safe when they say they want to end it all, not about Ron', async () => {
      await sayAll(fresh.client, carerToOwnPart);
      const reply = allText(await fresh.client.say('I cannot cope any more, I want to end it all'));

      expect(reply).to.match(/116 123/);
      expect(reply).to.match(/I'm sorry you are going through this/);
      expect(reply).to.match(/Are you safe right now\?/);
      expect(reply).to.not.match(/Is Ron safe|Ron is going through/);
    });

    it("notes it for the lead contact as the carer's, never as Ron's", async () => {
      await sayAll(fresh.client, carerToOwnPart);
      await fresh.client.say('I cannot cope any more, I want to end it all');
      const record = await onlyRecord(fresh.running);
      const plan = planText(record);

      expect(record.flags).to.have.length(1);
      expect(record.flags[0]).to.include({ kind: 'crisis', detail: 'suicide', by: 'carer', about: 'carer' });
      expect(plan).to.match(/Please note first[\s\S]*The carer who filled this in mentioned thoughts of suicide/);
      expect(plan).to.match(/Please contact the carer today/);
      expect(plan).to.not.match(/^- Mentioned thoughts of suicide/m);
    });

    it('asks the carer about themselves at a question about Jean when they say "I feel like killing myself some days"', async () => {
      await sayAll(fresh.client, toWhatIsHard);
      const reply = allText(await fresh.client.say('I feel like killing myself some days'));

      expect(reply).to.match(/Are you safe right now\?/);
      expect(reply).to.not.match(/Is Jean safe|Jean is going through/);
      expect((await onlyRecord(fresh.running)).flags[0]).to.include({ about: 'carer' });
    });

    it('asks about Jean when the carer tells of her: "she said she wants to die"', async () => {
      await sayAll(fresh.client, toWhatIsHard);
      const reply = allText(await fresh.client.say('she said she wants to die'));

      expect(reply).to.match(/Is Jean safe right now\?/);
      const [flag] = (await onlyRecord(fresh.running)).flags;
      expect(flag).to.include({ kind: 'crisis', by: 'carer' });
      expect(flag?.about).to.equal(undefined);
    });

    it('asks about Ron at the carer\'s own question when they tell of him: "Ron keeps saying he wants to end it all"', async () => {
      await sayAll(fresh.client, carerToOwnPart);
      const reply = allText(await fresh.client.say('Ron keeps saying he wants to end it all'));

      expect(reply).to.match(/Is Ron safe right now\?/);
      expect((await onlyRecord(fresh.running)).flags[0]?.about).to.equal(undefined);
    });

    it("takes words that name no one as the carer's at the carer's own question, and as Jean's at a question about her", async () => {
      await sayAll(fresh.client, carerToOwnPart);
      expect(allText(await fresh.client.say('want to end it all'))).to.match(/Are you safe right now\?/);

      const aboutJean = chatClient(fresh.running, { channelId });
      await sayAll(aboutJean, toWhatIsHard);
      expect(allText(await aboutJean.say('want to end it all'))).to.match(/Is Jean safe right now\?/);
    });

    it('keeps speaking to the carer about themselves until they say they are safe', async () => {
      await sayAll(fresh.client, [...carerToOwnPart, 'I cannot cope any more, I want to end it all']);
      const notSafe = allText(await fresh.client.say('no'));
      const safe = allText(await fresh.client.say("I'm safe"));

      expect(notSafe).to.match(/116 123/);
      expect(notSafe).to.match(/When you are safe/);
      expect(notSafe).to.not.match(/When Ron is safe/);
      expect(safe).to.match(/Thank you/);
      expect((await onlyRecord(fresh.running)).progress.safetyCheckPending).to.equal(false);
    });

    it('asks about Ron, not the carer, when the carer writes "I think my husband has taken an overdose"', async () => {
      await sayAll(fresh.client, carerToOwnPart);
      const reply = allText(await fresh.client.say('I think my husband has taken an overdose'));

      expect(reply).to.match(/999/);
      expect(reply).to.match(/Is Ron safe right now\?/);
      expect(reply).to.not.match(/Are you safe right now\?/);
      expect((await onlyRecord(fresh.running)).flags[0]).to.include({ kind: 'crisis', detail: 'medicalEmergency' });
      expect((await onlyRecord(fresh.running)).flags[0]?.about).to.equal(undefined);
    });

    it('asks about Ron when the carer writes "I think Ron\'s taken an overdose" at their own question', async () => {
      await sayAll(fresh.client, carerToOwnPart);
      const reply = allText(await fresh.client.say("I think Ron's taken an overdose"));

      expect(reply).to.match(/Is Ron safe right now\?/);
      expect((await onlyRecord(fresh.running)).flags[0]?.about).to.equal(undefined);
    });

    it("takes an emergency of the body that names no one as Ron's, even at the carer's own question", async () => {
      await sayAll(fresh.client, carerToOwnPart);
      const reply = allText(await fresh.client.say('collapsed and not breathing'));

      expect(reply).to.match(/999/);
      expect(reply).to.match(/Is Ron safe right now\?/);
      expect((await onlyRecord(fresh.running)).flags[0]?.about).to.equal(undefined);
    });

    it('asks the carer again when they answer "are you safe?" about Ron ("yes he is"), and carries on at "yes I am"', async () => {
      await sayAll(fresh.client, [...carerToOwnPart, 'I cannot cope any more, I want to end it all']);
      const aboutRon = allText(await fresh.client.say('yes he is'));
      const stillPending = (await onlyRecord(fresh.running)).progress.safetyCheckPending;
      const safe = allText(await fresh.client.say('yes I am'));

      expect(aboutRon).to.match(/116 123/);
      expect(aboutRon).to.not.match(/Thank you/);
      expect(stillPending).to.equal(true);
      expect(safe).to.match(/Thank you/);
      expect((await onlyRecord(fresh.running)).progress.safetyCheckPending).to.equal(false);
    });

    it('carries on when asked "Is Ron safe right now?" and the carer answers "yes he is"', async () => {
      await sayAll(fresh.client, [...carerToOwnPart, 'Ron keeps saying he wants to end it all']);
      const safe = allText(await fresh.client.say('yes he is'));

      expect(safe).to.match(/Thank you/);
      expect((await onlyRecord(fresh.running)).progress.safetyCheckPending).to.equal(false);
    });

    for (const answer of ['hes safe', 'she is ok', 'shes fine']) {
      it(`does not end the carer's own crisis hold at "${answer}"`, async () => {
        await sayAll(fresh.client, [...carerToOwnPart, 'I cannot cope any more, I want to end it all']);
        await fresh.client.say(answer);

        expect((await onlyRecord(fresh.running)).progress.safetyCheckPending).to.equal(true);
      });
    }

    it('asks the carer, not about Jean, at a check-in for their own warning sign', async () => {
      await sayAll(fresh.client, toWhatIsHard);
      const asked = allText(await fresh.client.say('I feel like such a burden on my family these days'));
      const reply = allText(await fresh.client.say('yes'));

      expect(asked).to.match(/Are you having thoughts of ending your life\?/);
      expect(asked).to.not.match(/Is Jean having/);
      expect(reply).to.match(/Are you safe right now\?/);
      expect((await onlyRecord(fresh.running)).flags[0]).to.include({ via: 'checkIn', about: 'carer' });
    });
  });
}

/**
 * A carer who tells of the person by who they are to them ("my mum said she wants to end it all",
 * "dad keeps saying he'd be better off dead"): the crisis reply speaks of the person, by name, never
 * to the carer as if the carer were at risk. Said with no "my" and no "she" or "he" ("mum wants to
 * end it all") at the carer's own question, it was read as the carer's own: the words naming the
 * person left out those who the carer said they are gives ("daughter": mum, mother…) (H63).
 */
const aboutByRelation: ReadonlyArray<{ carer: string; person: string; words: string }> = [
  { carer: 'daughter', person: 'Jean', words: 'my mum said she wants to end it all' },
  { carer: 'son', person: 'Ron', words: "dad keeps saying he'd be better off dead" },
  { carer: 'daughter', person: 'Jean', words: 'mum wants to end it all' },
  { carer: 'son', person: 'Ron', words: 'dad keeps saying better off dead' },
  { carer: 'wife', person: 'Ron', words: 'hubby wants to end it all' },
];

/** A carer, who the person is to them given as `carer`, walked to their own part ("How are you coping?"). */
const toOwnPartAs = (carer: string, person: string): string[] => [
  ...['hi', '2', person, 'Sam', carer],
  ...carerToOwnPart.slice(5),
];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A carer telling of the person by who they are to them, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const { carer, person, words } of aboutByRelation) {
      for (const [where, script] of [
        [
          'at a question about the person',
          [...toWhatIsHard.slice(0, 2), person, 'Sam', carer, ...toWhatIsHard.slice(5)],
        ],
        ["at the carer's own question", toOwnPartAs(carer, person)],
      ] as const) {
        it(`asks whether ${person} is safe, not the ${carer}, at "${words}" ${where}`, async () => {
          await sayAll(fresh.client, script);
          const reply = allText(await fresh.client.say(words));

          expect(reply).to.match(/116 123/);
          expect(reply).to.match(new RegExp(`Is ${person} safe right now\\?`));
          expect(reply).to.not.match(/Are you safe right now\?|I'm sorry you are going through this/);
          const [flag] = (await onlyRecord(fresh.running)).flags;
          expect(flag).to.include({ kind: 'crisis', detail: 'suicide', by: 'carer' });
          expect(flag?.about).to.equal(undefined);
        });
      }
    }

    // Naming the person is no subject of its own: the carer's "I" after it is still theirs.
    for (const words of [
      "I can't cope with mum any more, I want to end it all",
      'looking after mum makes me want to die',
    ]) {
      it(`still asks the daughter whether she is safe at "${words}"`, async () => {
        await sayAll(fresh.client, toOwnPartAs('daughter', 'Jean'));
        const reply = allText(await fresh.client.say(words));

        expect(reply).to.match(/Are you safe right now\?/);
        expect(reply).to.not.match(/Is Jean safe/);
        expect((await onlyRecord(fresh.running)).flags[0]).to.include({ about: 'carer' });
      });
    }

    // Review 20: "mum" after the carer's "I want to end it all" is no subject of it, wherever said.
    for (const words of [
      'I want to end it all looking after mum',
      'I want to die every time mum shouts',
      'honestly I want to end it all with mum like this',
    ]) {
      for (const [where, script] of [
        ['at a question about the person', toWhatIsHard],
        ["at the carer's own question", toOwnPartAs('daughter', 'Jean')],
      ] as const) {
        it(`asks the daughter whether she is safe and flags the crisis as hers at "${words}" ${where}`, async () => {
          await sayAll(fresh.client, script);
          const reply = allText(await fresh.client.say(words));

          expect(reply).to.match(/Are you safe right now\?/);
          expect(reply).to.not.match(/Is Jean safe/);
          const flag = (await onlyRecord(fresh.running)).flags.find((f) => f.kind === 'crisis');
          expect(flag?.about).to.equal('carer');
        });
      }
    }
  });
}

describe('A person answering for themselves', () => {
  const fresh = freshAppPerTest('webchat');

  it('is still asked whether they are safe, with the flag as theirs', async () => {
    const reply = allText(await sayAll(fresh.client, ['hi', 'me', 'Jean', 'I want to end it all']));
    const [flag] = (await onlyRecord(fresh.running)).flags;

    expect(reply).to.match(/Are you safe right now\?/);
    expect(flag).to.include({ kind: 'crisis', by: 'person' });
    expect(flag?.about).to.equal(undefined);
  });
});

/** Sam for Ron (his wife), plain answers elsewhere, a yes to feeling down: on to the self-harm question. */
const samForRon: Readonly<Record<string, string>> = {
  'respondent.type': '2',
  'subject.name': 'Ron',
  'respondent.name': 'Sam',
  'respondent.relationship': 'wife',
  'respondent.personAgrees': 'yes',
  'goal.1.text': 'walk more',
  'goal.another': 'no',
  'topics.selected': '1',
  'mood.down': 'yes',
};

/**
 * A carer's own thoughts of being better off dead, said at the question that asks them about the
 * person (explore 20): "no, he hasn't. I have though, some days" got "I'm not sure if that means yes
 * or no", no help; "not him, but I have" got "Is Ron safe right now?" and a yes for Ron, so his
 * lead contact would read a suicide flag about Ron that was his wife's (H65).
 */
for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A carer's own thoughts at the question about the person's, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const words of ["no, he hasn't. I have though, some days", 'not him, but I have']) {
      it(`gives Sam help for herself at "${words}", never noting a yes for Ron`, async () => {
        await walkTo((t) => fresh.client.say(t), 'mood.harmThoughts', samForRon);
        const reply = allText(await fresh.client.say(words));

        expect(reply).to.match(/116 123/);
        expect(reply).to.match(/Are you safe right now\?/);
        expect(reply).to.not.match(/Is Ron safe|Ron is going through/);
        const record = await onlyRecord(fresh.running);
        expect(record.answers['mood.harmThoughts']?.value).to.not.equal(true);
        const crisis = record.flags.filter((flag) => flag.kind === 'crisis');
        expect(crisis).to.have.length(1);
        expect(crisis[0]).to.include({ detail: 'suicide', by: 'carer', about: 'carer' });
      });
    }

    // Review 20: "me?" asks whom the question is about; it tells nothing of the carer.
    it('raises no crisis flag about Sam for "me? no, he hasn\'t"', async () => {
      await walkTo((t) => fresh.client.say(t), 'mood.harmThoughts', samForRon);
      const reply = allText(await fresh.client.say("me? no, he hasn't"));

      expect(reply).to.not.match(/Are you safe right now\?/);
      const flags = (await onlyRecord(fresh.running)).flags.filter((f) => f.kind === 'crisis' && f.about === 'carer');
      expect(flags).to.deep.equal([]);
    });

    it("notes Ron's answer as the no Sam gave for him", async () => {
      await walkTo((t) => fresh.client.say(t), 'mood.harmThoughts', samForRon);
      await fresh.client.say("no, he hasn't. I have though, some days");
      expect((await onlyRecord(fresh.running)).answers['mood.harmThoughts']?.value).to.equal(false);
    });

    it('asks about Ron again once Sam is safe, when "not him" gave no answer for him', async () => {
      await walkTo((t) => fresh.client.say(t), 'mood.harmThoughts', samForRon);
      await sayAll(fresh.client, ['not him, but I have', "I'm safe"]);
      const back = await fresh.client.say('ok');

      expect(lastQuestion(back), allText(back)).to.equal('mood.harmThoughts');
      expect((await onlyRecord(fresh.running)).answers['mood.harmThoughts']).to.equal(undefined);
    });

    it('flags both when Sam says "yes he has, and I have too", asking Sam whether she is safe', async () => {
      await walkTo((t) => fresh.client.say(t), 'mood.harmThoughts', samForRon);
      const reply = allText(await fresh.client.say('yes he has, and I have too'));

      expect(reply).to.match(/Are you safe right now\?/);
      const record = await onlyRecord(fresh.running);
      expect(record.answers['mood.harmThoughts']?.value).to.equal(true);
      const crisis = record.flags.filter((flag) => flag.kind === 'crisis');
      expect(crisis.map((flag) => flag.about ?? 'person')).to.have.members(['person', 'carer']);
    });

    it('still asks whether Ron is safe when Sam says "yes, he has"', async () => {
      await walkTo((t) => fresh.client.say(t), 'mood.harmThoughts', samForRon);
      const reply = allText(await fresh.client.say('yes, he has'));

      expect(reply).to.match(/Is Ron safe right now\?/);
      const record = await onlyRecord(fresh.running);
      expect(record.answers['mood.harmThoughts']?.value).to.equal(true);
      expect(record.flags.find((flag) => flag.kind === 'crisis')?.about).to.equal(undefined);
    });
  });
}
