/**
 * A condition named while saying who is answering ("I'm answering for my mum, she has COPD", "it's
 * me, I have type 2 diabetes") is offered when the conditions question comes, for a yes: never
 * noted unasked, and never offered when the words leave it in doubt whose it is or whether they
 * have it. Found by brief truth21 (before, the first was kept as "helping" and its condition dropped,
 * the second not understood at all).
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll, type PostResult } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'sms'] as const;

/**
 * After who is answering, a carer's answers up to the conditions question: who they are to the
 * person is not asked, as they said it ("for my mum").
 */
const carerOn = ['Jean', 'Ann', 'yes'];
/** After who is answering, a person's answers up to the conditions question. */
const selfOn = ['Jean'];

for (const channelId of channels) {
  describe(`A condition named with who is answering, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const yes = channelId === 'sms' ? 'YES' : 'yes';

    async function toConditions(first: string, then: readonly string[]): Promise<PostResult> {
      const asked = await sayAll(fresh.client, ['hi', first, ...then]);
      expect(lastQuestion(asked), allText(asked)).to.equal('conditions');
      return asked;
    }

    it('offers COPD for a yes when a carer said "she has COPD" with who they are helping', async () => {
      const first = await sayAll(fresh.client, ['hi', "I'm answering for my mum, she has COPD"]);
      expect(lastQuestion(first), allText(first)).to.equal('subject.name');
      expect((await onlyRecord(fresh.running)).answers['respondent.type']?.value).to.equal('carer');

      const asked = await sayAll(fresh.client, carerOn);
      expect(lastQuestion(asked)).to.equal('conditions');
      expect(allText(asked)).to.include('"she has COPD"');
      expect(allText(asked)).to.include('COPD, asthma or breathing');
      expect((await onlyRecord(fresh.running)).answers.conditions, 'not noted unasked').to.equal(undefined);
      expect((await onlyRecord(fresh.running)).answers['respondent.relationship']?.value).to.equal('son or daughter');

      await fresh.client.say(yes);
      expect((await onlyRecord(fresh.running)).answers.conditions?.value).to.deep.equal(['copd']);
    });

    it('understands "it\'s me, I have type 2 diabetes" as answering for themselves, and offers diabetes', async () => {
      const first = await sayAll(fresh.client, ['hi', "it's me, I have type 2 diabetes"]);
      expect(lastQuestion(first), allText(first)).to.equal('subject.name');
      expect((await onlyRecord(fresh.running)).answers['respondent.type']?.value).to.equal('self');

      const asked = await sayAll(fresh.client, selfOn);
      expect(lastQuestion(asked)).to.equal('conditions');
      expect(allText(asked)).to.include('"I have type 2 diabetes"');
      await fresh.client.say(yes);
      expect((await onlyRecord(fresh.running)).answers.conditions?.value).to.deep.equal(['diabetes']);
    });

    it('offers every condition named ("I have diabetes and arthritis")', async () => {
      await toConditions('me, I have diabetes and arthritis', selfOn);
      await fresh.client.say(yes);
      expect((await onlyRecord(fresh.running)).answers.conditions?.value).to.deep.equal([
        'diabetes',
        'musculoskeletal',
      ]);
    });

    it('asks the conditions question in its own words after a no to the offer, noting nothing', async () => {
      await toConditions("it's me, I have type 2 diabetes", selfOn);
      const again = await fresh.client.say('no');
      expect(lastQuestion(again)).to.equal('conditions');
      expect(allText(again)).to.match(/Which health conditions would you like to talk about|Which of your conditions/);
      expect((await onlyRecord(fresh.running)).answers.conditions).to.equal(undefined);
    });

    it('reads other conditions given instead of a yes as the answer', async () => {
      await toConditions("I'm answering for my mum, she has COPD", carerOn);
      await fresh.client.say('COPD and diabetes');
      expect((await onlyRecord(fresh.running)).answers.conditions?.value).to.deep.equal(['copd', 'diabetes']);
    });
  });
}

/** More ways of naming conditions with who is answering, each offered and kept on a yes. */
const offered: { first: string; then: readonly string[]; ids: string[] }[] = [
  { first: "it's me I have type 2 diabetes", then: selfOn, ids: ['diabetes'] },
  { first: 'Me. I have COPD, diabetes and a bad back', then: selfOn, ids: ['copd', 'diabetes', 'musculoskeletal'] },
  { first: 'for my dad who has dementia', then: ['Ron', 'Ann', 'yes'], ids: ['dementia'] },
  { first: "my husband - he's got heart failure and his memory is going", then: carerOn, ids: ['heart'] },
];

describe('Conditions named with who is answering, in other words', () => {
  const fresh = freshAppPerTest('webchat');

  for (const { first, then, ids } of offered) {
    it(`offers ${ids.join(', ')} for "${first}", and keeps it on a yes`, async () => {
      const asked = await sayAll(fresh.client, ['hi', first, ...then]);
      expect(lastQuestion(asked), allText(asked)).to.equal('conditions');
      expect(allText(asked)).to.include('You said');
      await fresh.client.say('yes');
      expect((await onlyRecord(fresh.running)).answers.conditions?.value).to.deep.equal(ids);
    });
  }
});

/**
 * Words that name a condition with who is answering but leave in doubt whether the person has it,
 * or whose it is: the conditions question is asked from scratch, nothing offered.
 */
const inDoubt: { first: string; then: readonly string[] }[] = [
  { first: 'for my mum, she might have COPD', then: carerOn },
  { first: 'for my mum, she has no heart problems', then: carerOn },
  { first: 'for my mum, she was tested for diabetes', then: carerOn },
  { first: "I'm answering for my husband, he can't see the screen very well", then: carerOn },
];

describe('A condition left in doubt with who is answering', () => {
  const fresh = freshAppPerTest('webchat');

  for (const { first, then } of inDoubt) {
    it(`offers nothing for "${first}"`, async () => {
      const asked = await sayAll(fresh.client, ['hi', first, ...then]);
      expect(lastQuestion(asked), allText(asked)).to.equal('conditions');
      expect(allText(asked)).to.match(/Which of \w+'s health conditions would you like to talk about/);
      expect(allText(asked)).to.not.include('You said');
    });
  }

  // Someone else's condition said after "me" is never offered as the person's own: who is
  // answering is asked again (it is unclear), and the conditions question asked from scratch.
  for (const first of ['me, my husband has dementia', 'me, I look after my dad who has dementia']) {
    it(`never offers someone else's condition as theirs for "${first}"`, async () => {
      const reply = await sayAll(fresh.client, ['hi', first]);
      expect(lastQuestion(reply), allText(reply)).to.equal('respondent.type');
      const asked = await sayAll(fresh.client, ['1', ...selfOn]);
      expect(lastQuestion(asked), allText(asked)).to.equal('conditions');
      expect(allText(asked)).to.not.include('You said');
    });
  }
});

/**
 * A clause naming the writer's own conditions, then words saying they answer for someone else:
 * the pick is read on the reply without the clause only, so both options are named and who is
 * answering is asked again, nothing offered. Found in review 21 (each was noted as answering for
 * themselves: the words after the clause were dropped with it; H6).
 */
const ownThenAnother = [
  "me, I have diabetes but I'm answering for my mum",
  "it's me, I have COPD. I'm filling this in for my husband",
  'me I have arthritis and im doing this for my dad',
];

for (const channelId of channels) {
  describe(`Own conditions, then answering for someone else, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const first of ownThenAnother) {
      it(`never notes "${first}" as answering for themselves`, async () => {
        const reply = await sayAll(fresh.client, ['hi', first]);
        const record = await onlyRecord(fresh.running).catch(() => undefined);

        expect(record?.answers['respondent.type']?.value, allText(reply)).to.not.equal('self');
        expect(lastQuestion(reply), allText(reply)).to.equal('respondent.type');
      });
    }
  });
}

/**
 * A condition not on the list, said with who is answering ("for my mum, she has lupus", "me, I
 * have lupus"): offered in their own words, kept as "something else" on a yes, and the general
 * topics said to be the ones shown. Brief fixconv22 item 2: the carer's was dropped without a word,
 * and the person's own made who is answering not understood.
 */
for (const channelId of ['webchat', 'msteams', 'sms'] as const) {
  describe(`A condition not on the list, named with who is answering, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const yes = channelId === 'sms' ? 'YES' : 'yes';

    for (const { first, then, other } of [
      { first: 'for my mum, she has lupus', then: ['Jean', 'Ann', 'yes'], other: 'lupus' },
      { first: 'me, I have lupus', then: selfOn, other: 'lupus' },
      { first: "it's me, I've got Crohn's disease", then: selfOn, other: "Crohn's disease" },
    ]) {
      it(`offers "${other}" in their words for "${first}", and keeps it on a yes`, async () => {
        const asked = await sayAll(fresh.client, ['hi', first, ...then]);
        expect(lastQuestion(asked), allText(asked)).to.equal('conditions');
        expect(allText(asked)).to.include(`"${other}" in your own words`);

        const kept = await fresh.client.say(yes);
        const record = await onlyRecord(fresh.running);
        expect(record.answers.conditions?.value, allText(kept)).to.deep.equal(['other']);
        expect(record.answers['conditions.other']?.value).to.equal(other);
        expect(allText(kept)).to.match(/topics that many people/);
        expect(lastQuestion(kept)).to.equal('whatMatters.most');
      });
    }

    it('offers a listed condition and one in their words together ("me, I have lupus and diabetes")', async () => {
      const asked = await sayAll(fresh.client, ['hi', 'me, I have lupus and diabetes', ...selfOn]);
      expect(allText(asked)).to.include('Diabetes');
      expect(allText(asked)).to.include('"lupus"');

      const kept = await fresh.client.say(yes);
      const record = await onlyRecord(fresh.running);
      expect(record.answers.conditions?.value, allText(kept)).to.deep.equal(['diabetes', 'other']);
      expect(record.answers['conditions.other']?.value).to.equal('lupus');
      expect(allText(kept), 'diabetes has its own topics').to.not.match(/topics that many people/);
    });
  });
}

describe('A condition with no topics of its own, at the conditions question', () => {
  const fresh = freshAppPerTest('webchat');

  for (const said of ['lupus', 'MS', "my Parkinson's"]) {
    it(`says kindly that the general topics will be shown for "${said}"`, async () => {
      const reply = await sayAll(fresh.client, ['hi', 'me', 'Jean', said]);
      expect(lastQuestion(reply), allText(reply)).to.equal('whatMatters.most');
      expect(allText(reply)).to.match(/topics that many people/);
    });
  }

  it('says nothing of it when a condition has topics of its own ("I have fibromyalgia")', async () => {
    const reply = await sayAll(fresh.client, ['hi', 'me', 'Jean', 'I have fibromyalgia']);
    expect(allText(reply)).to.not.match(/topics that many people/);
  });
});

/**
 * "For my dad, I think he has dementia": a carer answering for their father (son or daughter, not
 * asked again), and the condition offered as the carer said it, a possibility kept in their words,
 * never noted as a diagnosis. Brief fixconv22 item 3: with the comma it was not understood; without
 * it the carer was asked how they knew him and "Memory or dementia" was offered as if diagnosed.
 */
for (const channelId of ['webchat', 'msteams', 'sms'] as const) {
  describe(`A carer's condition said as a possibility, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const yes = channelId === 'sms' ? 'YES' : 'yes';

    for (const first of ['for my dad, I think he has dementia', 'for my dad I think he has dementia']) {
      it(`reads "${first}" as a son or daughter answering, and keeps the condition as said`, async () => {
        const named = await sayAll(fresh.client, ['hi', first]);
        expect(lastQuestion(named), allText(named)).to.equal('subject.name');
        expect((await onlyRecord(fresh.running)).answers['respondent.type']?.value).to.equal('carer');

        const asked = await sayAll(fresh.client, ['Frank', 'Ann', 'yes']);
        expect(lastQuestion(asked), allText(asked)).to.equal('conditions');
        expect(allText(asked)).to.include('"I think he has dementia"');
        expect(allText(asked)).to.not.match(/(put down|talk about) Memory or dementia/);

        await fresh.client.say(yes);
        const record = await onlyRecord(fresh.running);
        expect(record.answers['respondent.relationship']?.value).to.equal('son or daughter');
        expect(record.answers.conditions?.value).to.deep.equal(['other']);
        expect(record.answers['conditions.other']?.value).to.equal('I think he has dementia');
      });
    }
  });
}

describe('Words after "I have" that name no condition, with who is answering', () => {
  const fresh = freshAppPerTest('webchat');

  for (const first of ['me, I have to do this for my mum', 'me, I have a question']) {
    it(`never offers "${first}" as a condition`, async () => {
      const reply = await sayAll(fresh.client, ['hi', first]);
      const record = await onlyRecord(fresh.running).catch(() => undefined);
      if (record?.answers['respondent.type']?.value === 'self') {
        const asked = await sayAll(fresh.client, selfOn);
        expect(allText(asked), allText(reply)).to.not.include('You said');
      }
    });
  }
});

describe('Time or waiting after "I have" with who is answering (review22 finding 6)', () => {
  const fresh = freshAppPerTest('webchat');

  for (const [first, said] of [
    ["me, I've got a few minutes", 'a few minutes'],
    ['me, I have been waiting ages', 'been waiting ages'],
  ] as const) {
    it(`offers no condition "${said}" after "${first}"`, async () => {
      const asked = await sayAll(fresh.client, ['hi', first, 'Jean']);
      expect(lastQuestion(asked), allText(asked)).to.equal('conditions');
      expect(allText(asked)).to.not.include(`"${said}"`);
    });
  }
});
