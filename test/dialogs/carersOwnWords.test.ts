/**
 * A carer who, at a question about the person, tells of themselves ("I am exhausted myself, I
 * never get a break"): found by an explorer playing new users (H6). Their words are kept for their
 * own part, never noted as the person's answer; "I help her get dressed" stays the person's.
 */
import { expect } from 'chai';
import { carersOwnAt } from '../../dialogs/carersOwnWords';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { carersOwn } from '../../dialogs/recognisers/carersOwn';
import { carersOwnPart } from '../../dialogs/recognisers/carersOwnPart';
import { carerRecord } from '../plan/fhirFixtures';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { createCrisisScreen } from '../../safety/screen';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { personByRelation } from '../../dialogs/recognisers/relationInName';
import { carerToOwnPart } from '../support/carerScripts';
import { carerAnswers } from '../support/resultsChat';
import { atQuestion } from '../support/scripts';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

/** Sam for Ron, who has diabetes: to "What is going well for Ron right now?" (as `carerToOwnPart` begins). */
const toGoingWell = carerToOwnPart.slice(0, 8);
/** From there, the rest of `carerToOwnPart`: "What is going well" skipped, on to Sam's own part. */
const goingWellToOwnPart = carerToOwnPart.slice(8);
const ownWords = 'to be honest I am exhausted myself, I never get a break';

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A carer telling of themselves at a question about the person, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('keeps "I am exhausted myself, I never get a break" for their own part, not as what is going well for Ron', async () => {
      const asked = await sayAll(fresh.client, toGoingWell);
      expect(lastQuestion(asked), allText(asked)).to.equal('whatMatters.goingWell');

      const reply = await fresh.client.say(ownWords);
      expect(lastQuestion(reply), allText(reply)).to.equal('whatMatters.goingWell');
      expect(allText(reply)).to.match(/sounds like it is about you/);
      expect(allText(reply)).to.match(/ask about support for you later/);
      let saved = await onlyRecord(fresh.running);
      expect(saved.answers['whatMatters.goingWell']).to.equal(undefined);
      expect(saved.carerViews.carer?.text).to.equal(ownWords);

      // Asked again, an answer about Ron is noted as ever.
      await fresh.client.say('He still enjoys his garden');
      saved = await onlyRecord(fresh.running);
      expect(saved.answers['whatMatters.goingWell']?.value).to.equal('He still enjoys his garden');
    });

    it('shows their words under "Support for my carer", never under what matters to Ron', async () => {
      await sayAll(fresh.client, toGoingWell);
      await fresh.client.say(ownWords);
      const ownPart = await sayAll(fresh.client, goingWellToOwnPart);
      expect(lastQuestion(ownPart), allText(ownPart)).to.equal('carer.coping');

      const review = await sayAll(fresh.client, ['Worn out', '2', 'not asked']);
      expect(lastQuestion(review), allText(review)).to.equal('review.change');
      const plan = allText(review);
      const carerPart = plan.slice(plan.indexOf('Support for my carer'));
      expect(carerPart).to.include(`The carer also said about themselves: ${ownWords}`);
      expect(plan.slice(0, plan.indexOf('Support for my carer'))).to.not.include('never get a break');
    });

    it('notes it with their own part when that is done, going over what matters again', async () => {
      const review = await sayAll(fresh.client, [...carerToOwnPart, 'Worn out', '2', 'not asked']);
      expect(lastQuestion(review), allText(review)).to.equal('review.change');
      const again = await fresh.client.say('what matters');
      const waiting = lastQuestion(again);
      expect(waiting, allText(again)).to.match(/^whatMatters\./);
      const before = (await onlyRecord(fresh.running)).answers[waiting!];

      const reply = await fresh.client.say("I'm worn out, I need a break");
      expect(lastQuestion(reply), allText(reply)).to.equal(waiting);
      expect(allText(reply)).to.match(/sounds like it is about you/);
      expect(allText(reply)).to.match(/added it to the part about you/);
      const saved = await onlyRecord(fresh.running);
      expect(saved.answers[waiting!]).to.deep.equal(before);
      expect(saved.carerViews.carer?.text).to.equal("I'm worn out, I need a break");
    });

    for (const aboutRon of ['I help him get dressed', 'I take him to the park', 'I think he is tired']) {
      it(`notes "${aboutRon}" as what is going well for Ron, as before`, async () => {
        await sayAll(fresh.client, toGoingWell);
        const reply = await fresh.client.say(aboutRon);
        const saved = await onlyRecord(fresh.running);
        expect(saved.answers['whatMatters.goingWell']?.value, allText(reply)).to.equal(aboutRon);
        expect(saved.carerViews.carer).to.equal(undefined);
      });
    }

    // A mixed reply: the carer's part kept as theirs, the person's as the answer, no word lost.
    const mixed: Array<[string, string, string]> = [
      ["I'm exhausted but Ron is doing well", 'Ron is doing well', "I'm exhausted"],
      ["I'm worn out, but he is happy at the day centre", 'he is happy at the day centre', "I'm worn out"],
      ['Ron loves his garden. I never get a break', 'Ron loves his garden', 'I never get a break'],
    ];
    for (const [said, answer, own] of mixed) {
      it(`notes "${answer}" as what is going well for Ron, and keeps "${own}" as the carer's own`, async () => {
        await sayAll(fresh.client, toGoingWell);
        const reply = await fresh.client.say(said);
        const saved = await onlyRecord(fresh.running);

        expect(saved.answers['whatMatters.goingWell']?.value, allText(reply)).to.equal(answer);
        expect(saved.carerViews.carer?.text).to.equal(own);
        expect(allText(reply)).to.match(/What you said about yourself is kept too/);
        expect(lastQuestion(reply)).to.not.equal('whatMatters.goingWell');
      });
    }

    // Joined by why ("because"), or with no one named in the rest: not split, nothing lost or misread.
    for (const [said, own] of [
      ["I'm exhausted because Ron doesn't sleep", "I'm exhausted"],
      ["I'm worn out, the day centre helps", "I'm worn out"],
    ]) {
      it(`notes all of "${said}" as what is going well for Ron, and "${own}" as the carer's own too`, async () => {
        await sayAll(fresh.client, toGoingWell);
        await fresh.client.say(said);
        const saved = await onlyRecord(fresh.running);

        expect(saved.answers['whatMatters.goingWell']?.value).to.equal(said);
        expect(saved.carerViews.carer?.text).to.equal(own);
      });
    }

    it('notes "I am exhausted myself" as the answer of someone answering for themselves', async () => {
      await sayAll(fresh.client, ['hi', 'me', 'Jean', 'diabetes', 'family']);
      await fresh.client.say('I am exhausted myself');
      const saved = await onlyRecord(fresh.running);
      expect(saved.answers['whatMatters.goingWell']?.value).to.equal('I am exhausted myself');
    });
  });
}

describe("Reading a carer's reply as about themselves", () => {
  const phrases = createPhrases();
  const screen = createCrisisScreen();
  const ron = ['Ron'];

  const theirOwn = [
    'I am exhausted myself, I never get a break',
    "I'm worn out",
    'to be honest I need a break',
    'I am at the end of my tether',
    "I'm not well myself",
    'I need some help myself',
    'nothing really, I never get a minute to myself',
    "I'm shattered and I never get a break from him",
  ];
  const aboutRon = [
    'I help her get dressed',
    'I take her to the park',
    'I think she is tired',
    'he is exhausted',
    'Ron is exhausted himself',
    "I'm exhausted but Ron is doing well",
    'I help him get dressed but I am exhausted',
    'I need help with him',
    "I don't get a break but he enjoys the day centre",
    'I do it all myself when he is tired',
    'tired',
    'I never get to see him happy',
    "I can't get him to take a break",
    'the day centre, I need a break',
    'getting dressed, and I need a break',
  ];

  for (const text of theirOwn) {
    it(`reads "${text}" as the carer's own, and the crisis screen passes it`, () => {
      expect(carersOwn(text, phrases, ron)).to.equal(true);
      expect(screen.screen(text).tier).to.equal('none');
    });
  }
  for (const text of aboutRon) {
    it(`reads "${text}" as about the person`, () => {
      expect(carersOwn(text, phrases, ron)).to.equal(false);
    });
  }
});

describe("Dividing a carer's reply that tells of themselves and of the person", () => {
  const phrases = createPhrases();
  // Ron, or "my mum" as the carer named her.
  const ron = ['Ron', 'mum'];
  const cases: Array<[string, string, string, boolean]> = [
    ["I'm exhausted but Ron is doing well", "I'm exhausted", 'Ron is doing well', true],
    ["I'm worn out, but mum is happy at the day centre", "I'm worn out", 'mum is happy at the day centre', true],
    [
      'I never get a break. He loves the garden and the dog',
      'I never get a break',
      'He loves the garden and the dog',
      true,
    ],
    ["Ron is doing well though I'm shattered", "I'm shattered", 'Ron is doing well', true],
    // Not safely divided: all of it is the person's answer, the carer's part kept as theirs too.
    ["I'm exhausted because Ron doesn't sleep", "I'm exhausted", "I'm exhausted because Ron doesn't sleep", false],
    ["I'm exhausted so Ron goes to respite", "I'm exhausted", "I'm exhausted so Ron goes to respite", false],
    ['I help him get dressed but I am exhausted', 'I am exhausted', 'I help him get dressed but I am exhausted', false],
    ["I'm worn out, the day centre helps", "I'm worn out", "I'm worn out, the day centre helps", false],
    ["Ron's fine, I'm worn out, he sleeps a lot", "I'm worn out", "Ron's fine, I'm worn out, he sleeps a lot", false],
  ];
  for (const [said, carer, person, split] of cases) {
    it(`keeps "${carer}" as the carer's and "${person}" as the person's from "${said}"`, () => {
      expect(carersOwnPart(said, phrases, ron)).to.deep.equal({ carer, person, split });
    });
  }

  for (const said of ['I help him get dressed', 'Ron is doing well', 'I never get to see him happy']) {
    it(`finds nothing of the carer's own in "${said}"`, () => {
      expect(carersOwnPart(said, phrases, ron)).to.equal(undefined);
    });
  }
});

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A carer's reply naming the person by who they are to the carer, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    // Ann, Jean's daughter (typed "Daughter"): "mum" is Jean. The reply was kept whole as going well
    // for Jean, "I'm exhausted" with it (explore 19c); "Jean is doing well" was divided.
    it('keeps "I\'m exhausted" as Ann\'s own and "mum is doing well" as going well for Jean', async () => {
      const reply = await atQuestion(
        fresh.client,
        'whatMatters.goingWell',
        "I'm exhausted but mum is doing well",
        carerAnswers,
      );
      const record = await onlyRecord(fresh.running);
      expect(record.answers['whatMatters.goingWell']?.value, allText(reply)).to.equal('mum is doing well');
      expect(record.carerViews.carer?.text).to.equal("I'm exhausted");
    });
  });
}

describe('The words a carer names the person by, from who the carer said they are', () => {
  const relations = loadPackLibrary().question('respondent.relationship').fromName ?? [];
  const cases: Array<[string, string, string]> = [
    ['Daughter', 'mum', 'husband'],
    ['her son', 'mother', 'wife'],
    ['son or daughter', 'dad', 'son'],
    ['Wife', 'husband', 'mum'],
    ['husband', 'wife', 'dad'],
    ['daughter-in-law', 'mother-in-law', 'mum'],
    ['granddaughter', 'nan', 'mum'],
  ];
  for (const [relationship, one, never] of cases) {
    it(`names the person "${one}", never "${never}", for a carer who is their ${relationship}`, () => {
      const words = personByRelation(relationship, relations);
      expect(words).to.include(one);
      expect(words).to.not.include(never);
    });
  }

  it('names no one for a relationship it does not list ("paid carer")', () => {
    expect(personByRelation('paid carer', relations)).to.deep.equal([]);
  });
});

describe("Where a carer's words about themselves are kept apart", () => {
  const phrases = createPhrases();
  const library = loadPackLibrary();
  const record = carerRecord();
  const at = (linkId: string, text: string) => carersOwnAt(library.question(linkId), record, text, phrases, library);

  it('at a question of what matters to the person', () => {
    expect(at('whatMatters.goingWell', 'I am exhausted myself, I never get a break')).to.equal(true);
  });

  it('never at a mood question, whose yes is read as a yes (to thoughts of being better off dead, the crisis reply)', () => {
    expect(at('mood.harmThoughts', 'yes I am exhausted myself')).to.equal(false);
    expect(at('mood.down', 'yes I am worn out myself')).to.equal(false);
  });

  it('never at what might stop a goal, where their own state is a true answer', () => {
    expect(at('goal.N.barriers', "I'm exhausted myself")).to.equal(false);
  });
});
