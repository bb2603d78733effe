import { expect } from 'chai';
import { createPackLibrary, loadPackLibrary } from '../../content/packs/packLibrary';
import { packSchema, type Pack } from '../../content/packs/packSchema';
import { checkRules, sectionKeys } from '../../dialogs/questionWalk';
import { newRecord, type PreparationRecord } from '../../plan/record';

const packs = loadPackLibrary().packs;
const at = '2026-03-02T09:00:00.000Z';

/** A record with these answers given (a value, or `unknown` for "not sure"). */
function recordWith(answers: Record<string, PreparationRecord['answers'][string]['value']>): PreparationRecord {
  const record = newRecord('record-1', new Date(at));
  for (const [key, value] of Object.entries(answers)) {
    record.answers[key] =
      value === 'unknown'
        ? { value: null, status: 'unknown', by: 'person', at }
        : { value, status: 'answered', by: 'person', at };
  }
  return record;
}

const kidneyQuestion = {
  linkId: 'kidney.dialysis',
  section: 'topics',
  type: 'yesno',
  ask: { person: 'Are you on dialysis?', carer: 'Is {{name}} on dialysis?' },
  help: { person: 'Just answer yes or no.', carer: 'Just answer yes or no.' },
};

/** A condition pack, as a newcomer would add it (content/packs/<id>.yaml). */
function conditionPack(overrides: Partial<Record<string, unknown>> = {}): Pack {
  return packSchema.parse({
    id: 'copdExtra',
    title: 'COPD questions',
    condition: 'copd',
    questions: [kidneyQuestion],
    ...overrides,
  });
}

const keysOf = (library: ReturnType<typeof createPackLibrary>, section: string, record: PreparationRecord): string[] =>
  sectionKeys(
    library
      .questions(Array.isArray(record.answers.conditions?.value) ? record.answers.conditions.value : [])
      .filter((q) => q.section === section),
    record,
    { severalTopTopics: () => false, hasRecipients: () => false, sendsSomething: () => false },
  );

describe('Questions as data in the packs', () => {
  it("asks a condition pack's question in its section, only to people with that condition", () => {
    const library = createPackLibrary([...packs, conditionPack()]);
    expect(keysOf(library, 'topics', recordWith({ conditions: ['copd'] }))).to.include('kidney.dialysis');
    expect(keysOf(library, 'topics', recordWith({ conditions: ['diabetes'] }))).to.not.include('kidney.dialysis');
  });

  it('gives the same questions for the same conditions every time, core first and each linkId once', () => {
    const library = createPackLibrary([...packs, conditionPack()]);
    const ids = (conditions: string[]): string[] => library.questions(conditions).map((q) => q.linkId);
    const neither = ids([]);
    const copd = ids(['copd']);

    expect(copd).to.deep.equal([...neither, 'kidney.dialysis']);
    expect(ids([])).to.deep.equal(neither);
    expect(ids(['copd'])).to.deep.equal(copd);
    expect(ids(['diabetes', 'copd']))
      .to.deep.equal(ids(['copd', 'diabetes']))
      .and.to.deep.equal(copd);
    // One list of conditions is not another: nothing is shared by a key two lists could both make.
    expect(ids(['copd\u0000diabetes'])).to.deep.equal(neither);
  });

  it('asks a carer-only question of a carer and never of the person themselves', () => {
    const library = createPackLibrary(packs);
    expect(keysOf(library, 'about', recordWith({ 'respondent.type': 'carer' }))).to.include('respondent.relationship');
    expect(keysOf(library, 'about', recordWith({ 'respondent.type': 'self' }))).to.not.include(
      'respondent.relationship',
    );
  });

  it('walks the goals group again only while "another goal?" is yes, and asks for a smaller step below 7', () => {
    const library = createPackLibrary(packs);
    const record = recordWith({
      'goal.1.text': 'walk',
      'goal.1.confidence': 4,
      'goal.1.another': true,
      'goal.2.text': 'unknown',
    });
    expect(keysOf(library, 'goals', record)).to.deep.equal([
      'goal.1.text',
      'goal.1.importance',
      'goal.1.action',
      'goal.1.barriers',
      'goal.1.confidence',
      'goal.1.moreLikely',
      'goal.1.another',
      'goal.2.text',
    ]);
  });

  it('asks the direct question after a "not sure" to a mood question, as after a yes', () => {
    const library = createPackLibrary(packs);
    expect(keysOf(library, 'mood', recordWith({ 'mood.down': 'unknown', 'mood.interest': false }))).to.deep.equal([
      'mood.down',
      'mood.interest',
      'mood.harmThoughts',
    ]);
  });

  it('refuses a condition pack for a condition people cannot pick', () => {
    expect(() => createPackLibrary([...packs, conditionPack({ condition: 'tinnitus' })])).to.throw(
      /not an option of the conditions question/,
    );
  });

  it('refuses a question asked on an answer no pack asks, or on an option the question lacks', () => {
    const onNothing = { ...kidneyQuestion, when: { answer: 'kidney.stage', is: 'yes' } };
    expect(() => createPackLibrary([...packs, conditionPack({ questions: [onNothing] })])).to.throw(
      /which no pack asks/,
    );
    const onNoOption = { ...kidneyQuestion, when: { answer: 'conditions', includes: 'tinnitus' } };
    expect(() => createPackLibrary([...packs, conditionPack({ questions: [onNoOption] })])).to.throw(/does not offer/);
  });

  it('refuses a question that names a rule its section does not define', () => {
    const onRule = { ...kidneyQuestion, when: { rule: 'noSuchRule' } };
    const withRule = createPackLibrary([...packs, conditionPack({ questions: [onRule] })]);
    expect(() => checkRules(withRule.packs, 'topics', { severalTopTopics: () => false })).to.throw(
      /No rule noSuchRule/,
    );
  });

  it('refuses a repeated group not followed by its yes/no "again?" question', () => {
    const repeated = {
      ...kidneyQuestion,
      linkId: 'session.N.day',
      type: 'text',
      repeat: { times: 2, again: 'session.another' },
    };
    expect(() => createPackLibrary([...packs, conditionPack({ questions: [repeated] })])).to.throw(/must follow/);
  });
});
