import { expect } from 'chai';
import { loadCatalogue } from '../../content/catalogue';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { compileDraftPlan } from '../../plan/draftPlan';
import { newRecord, type AnswerValue, type PreparationRecord } from '../../plan/record';

const plans = createPlanRenderer(loadCatalogue(), loadPackLibrary());
const at = '2026-11-23T10:00:00.000Z';

function recordWith(answers: Record<string, AnswerValue>, by: 'person' | 'carer' = 'person'): PreparationRecord {
  const record = newRecord('r1', new Date(at));
  for (const [key, value] of Object.entries(answers)) record.answers[key] = { value, status: 'answered', by, at };
  return record;
}

describe('The draft plan', () => {
  it('puts crisis flags before mood flags, and both before everything else', () => {
    const record = recordWith({ 'mood.down': true, 'mood.wantsHelp': true });
    record.flags.push({ kind: 'moodScreenPositive', detail: 'whooley', at, by: 'person' });
    record.flags.push({ kind: 'crisis', detail: 'suicide', at: '2026-11-23T11:00:00.000Z', by: 'person' });
    const plan = compileDraftPlan(record, plans.labels);
    expect(plan.flags.map((f) => f.kind)).to.deep.equal(['crisis', 'moodScreenPositive']);
    const text = plans.chat(plan, 'webchat');
    expect(text.startsWith('**Please note first**')).to.equal(true);
    expect(text.indexOf('suicide')).to.be.lessThan(text.indexOf('About me'));
  });

  it('puts mood at the top of the topics after a positive screen when they want help', () => {
    const record = recordWith({
      'mood.down': true,
      'mood.interest': false,
      'mood.wantsHelp': true,
      'topics.selected': ['pain', 'sleep'],
      'topics.top': ['sleep'],
    });
    const plan = compileDraftPlan(record, plans.labels);
    expect(plan.topics.top).to.deep.equal(['Mood and feelings', 'Sleep']);
    expect(plan.topics.others).to.deep.equal(['Pain']);
  });

  it('says they said no to help when they did, not that they have not asked', () => {
    const declined = recordWith({ 'mood.down': true, 'mood.wantsHelp': false });
    declined.flags.push({ kind: 'moodScreenPositive', detail: 'whooley', at, by: 'person' });
    const text = plans.chat(compileDraftPlan(declined, plans.labels), 'webchat');
    expect(text).to.include('Said no to help with this for now.');
    expect(text).to.not.include('Has not asked for help');
    const notYet = recordWith({ 'mood.down': true });
    notYet.flags.push({ kind: 'moodScreenPositive', detail: 'whooley', at, by: 'person' });
    expect(plans.chat(compileDraftPlan(notYet, plans.labels), 'webchat')).to.include(
      'Has not asked for help with this yet.',
    );
  });

  it('never calls a positive screen a diagnosis of depression', () => {
    const record = recordWith({ 'mood.down': true, 'mood.wantsHelp': true });
    record.flags.push({ kind: 'moodScreenPositive', detail: 'whooley', at, by: 'person' });
    const text = plans.chat(compileDraftPlan(record, plans.labels), 'webchat');
    expect(text).to.match(/not a diagnosis/);
    expect(text).to.not.match(/\bis depressed\b|\bhas depression\b/i);
  });

  it('leaves mood out of the shared copy when the person said not to share it, but keeps it in their own', () => {
    const record = recordWith({
      'mood.down': true,
      'mood.wantsHelp': true,
      'mood.share': false,
      'topics.selected': ['pain'],
    });
    record.flags.push({ kind: 'moodScreenPositive', detail: 'whooley', at, by: 'person' });
    const shared = compileDraftPlan(record, plans.labels, 'shared');
    expect(shared.flags).to.have.length(0);
    expect(shared.topics.top).to.not.include('Mood and feelings');
    expect(shared.mood.screenPositive).to.equal(false);
    const own = compileDraftPlan(record, plans.labels, 'own');
    expect(own.flags).to.have.length(1);
    expect(own.mood.screenPositive).to.equal(true);
  });

  it('says a carer filled it in, and keeps the carer view apart', () => {
    const record = recordWith(
      {
        'respondent.type': 'carer',
        'subject.name': 'Jean',
        'respondent.name': 'Mary',
        'respondent.relationship': 'daughter',
      },
      'carer',
    );
    record.carerViews.whatMatters = { text: 'I worry about her falls', at };
    record.carerViews.goals = { text: 'She could walk further', at };
    const text = plans.chat(compileDraftPlan(record, plans.labels), 'webchat');
    expect(text).to.match(/Filled in by: Mary \(daughter\), on their behalf/);
    expect(text).to.match(/Carer's own view: I worry about her falls/);
    expect(text).to.match(/My goals and actions[\s\S]*Carer's own view: She could walk further/);
  });

  it('writes no name for a person a carer called "my mum": the words are who she is to the carer, not her name', () => {
    const record = recordWith(
      {
        'respondent.type': 'carer',
        'subject.name': 'my mum',
        'respondent.name': 'Sarah',
        'respondent.relationship': 'daughter',
      },
      'carer',
    );
    const text = plans.chat(compileDraftPlan(record, plans.labels), 'webchat');

    expect(text).to.not.match(/\b(?:my|your) mum\b|Name:/i);
    expect(text).to.match(/Filled in by: Sarah \(daughter\), on their behalf/);
  });

  it('keeps "Jean" as the name a carer gave', () => {
    const record = recordWith({ 'respondent.type': 'carer', 'subject.name': 'Jean' }, 'carer');
    expect(plans.chat(compileDraftPlan(record, plans.labels), 'webchat')).to.match(/Name: Jean/);
  });

  it('escapes everything the person typed in the HTML copy', () => {
    const record = recordWith({
      'whatMatters.most': '<script>alert("x")</script>',
      'goal.1.text': '<img src=x onerror=alert(1)>',
    });
    const html = plans.html(compileDraftPlan(record, plans.labels), { title: 'My plan' });
    expect(html).to.not.include('<script>alert');
    expect(html).to.not.include('<img src=x');
    expect(html).to.include('&lt;script&gt;');
  });

  it('escapes markdown the person typed in the chat copy', () => {
    const record = recordWith({ 'whatMatters.most': '[click](http://evil.example) **bold**' });
    const text = plans.chat(compileDraftPlan(record, plans.labels), 'webchat');
    expect(text).to.include('\\[click]\\(http://evil.example) \\*\\*bold\\*\\*');
    expect(text).to.not.match(/\]\(/);
  });

  it('marks a goal with confidence below 7 as needing a smaller step or more support', () => {
    const record = recordWith({ 'goal.1.text': 'walk', 'goal.1.importance': 9, 'goal.1.confidence': 6 });
    const plan = compileDraftPlan(record, plans.labels);
    expect(plan.goals[0]).to.include({ lowConfidence: true, importance: 9, confidence: 6 });
  });

  // Year of Care takes doubt about doing a goal as the cue for a smaller step or more support (explore 21).
  it('marks a goal whose doer is not sure they can do it as needing a smaller step or more support', () => {
    const record = recordWith({ 'goal.1.text': 'walk', 'goal.1.importance': 9 });
    record.answers['goal.1.confidence'] = { value: null, status: 'unknown', by: 'person', at };
    const plan = compileDraftPlan(record, plans.labels);
    expect(plan.goals[0]).to.include({ lowConfidence: true, confidence: 'notSure' });
    expect(plans.chat(plan, 'webchat')).to.match(/Confidence: not sure \(may need a smaller step or more support\)/i);
  });
});
