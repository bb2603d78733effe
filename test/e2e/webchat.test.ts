import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { chromiumAndApp, WebChatPage, type Step } from '../support/webChatBrowser';

const artifacts = join(__dirname, '..', '..', 'test-artifacts');

/** What to do at each question: click a button with this label, or type this text. Cards are ticked below. */
const script: Record<string, Step> = {
  'respondent.type': { click: 'Me, for myself' },
  'subject.name': { type: 'Sam' },
  'whatMatters.most': { type: 'Walking my dog Pip' },
  'whatMatters.goingWell': { type: 'My garden' },
  'whatMatters.hard': { type: 'skip' },
  'whatMatters.wouldLikeTo': { type: 'skip' },
  'goal.1.text': { type: 'Walk to the park' },
  'goal.1.importance': { click: '8' },
  'goal.1.action': { type: 'Walk ten minutes every morning' },
  'goal.1.barriers': { type: 'My knees ache' },
  'goal.1.confidence': { click: '7' },
  'goal.1.moreLikely': { type: 'A walking friend' },
  'goal.another': { click: 'No' },
  'topics.own': { type: 'Can I change my tablets?' },
  'topics.top': { type: '1' },
  'review.change': { click: 'It looks right' },
  'share.consent': { click: 'No' },
};

function fallback(type: string): Step {
  if (type === 'yesno') return { click: 'No' };
  if (type === 'scale0to10') return { click: '5' };
  return { type: 'not sure' };
}

describe('Web Chat in real Chromium', function () {
  this.timeout(180_000);
  const env = chromiumAndApp();
  let tab: WebChatPage;

  /** Ticks these options on the last card and presses its button. */
  async function tick(labels: readonly string[], button: string): Promise<void> {
    const card = tab.lastCard();
    for (const label of labels) await card.getByRole('checkbox', { name: label, exact: true }).check();
    await card.getByRole('button', { name: button, exact: true }).click();
  }

  /** Topics: the person's own first, one ticked from them and one from behind "show more". */
  async function pickTopics(): Promise<void> {
    const card = tab.lastCard();
    const shown = card.getByRole('checkbox');
    await shown.first().waitFor({ state: 'visible' });
    expect(await shown.count()).to.equal(8);
    const more = card.getByRole('button', { name: /^Show \d+ more$/ });
    await shown.first().check();
    await more.click();
    expect(await more.isVisible()).to.equal(false);
    const all = card.getByRole('checkbox');
    expect(await all.count()).to.be.above(20);
    await all.last().check();
    await card.getByRole('button', { name: 'Send my choices', exact: true }).click();
  }

  /** The share step: every part starts ticked; mood is unticked before going on. */
  async function pickPartsToSend(): Promise<void> {
    const boxes = tab.lastCard().getByRole('checkbox');
    await boxes.first().waitFor({ state: 'visible' });
    expect(await boxes.count()).to.equal(4);
    for (let i = 0; i < 4; i++) expect(await boxes.nth(i).isChecked(), `part ${i} ticked`).to.equal(true);
    await tab.lastCard().getByRole('checkbox', { name: 'Mood and feelings', exact: true }).uncheck();
    await tab.lastCard().getByRole('button', { name: 'Next', exact: true }).click();
  }

  it('completes a whole preparation by ticking, clicking and typing, shows the plan with the answers, and stays on the machine', async () => {
    const code = await invitationCode(env.running);
    tab = await WebChatPage.open(env.browser, `${env.running.baseUrl}/?code=${code}`);
    expect(await tab.page.locator('h1').innerText()).to.equal('Careprep');
    // The page sends the code once Direct Line is up; the question asked before it is asked again after.
    const linked = await tab.said(code);
    const answered = new Set(tab.activities.slice(0, linked).map((activity) => activity.id));
    const asked: string[] = [];
    let question = await tab.nextQuestion(answered, 20_000);
    while (question) {
      const meta = question.channelData?.careprep;
      if (!meta) break;
      answered.add(question.id);
      asked.push(meta.linkId);
      expect(asked.length, `too many questions: ${asked.join(', ')}`).to.be.below(60);
      if (meta.linkId === 'conditions') await tick(['Diabetes', 'COPD, asthma or breathing'], 'Send my choices');
      else if (meta.linkId === 'topics.selected') await pickTopics();
      else if (meta.linkId === 'share.send') await pickPartsToSend();
      else await tab.answer(script[meta.linkId] ?? fallback(meta.type));
      question = await tab.nextQuestion(answered);
    }

    expect(asked).to.include.members(['respondent.type', 'goal.1.text', 'review.change', 'share.send']);
    expect(asked.at(-1)).to.equal('share.consent');
    mkdirSync(artifacts, { recursive: true });
    await tab.page.screenshot({ path: join(artifacts, 'webchat.png') });

    // The draft plan as the bot showed it before "does it look right?", with the answers given.
    const plan = await tab.page.locator('#webchat').innerText();
    for (const line of [
      'Most: Walking my dog Pip',
      'What I will do: Walk ten minutes every morning',
      'What might stop me: My knees ache',
      'I will keep back: how you have been feeling.',
    ])
      expect(plan).to.contain(line);

    const record = await onlyRecord(env.running);
    expect(record.answers.conditions?.value).to.deep.equal(['diabetes', 'copd']);
    expect(record.answers['topics.selected']?.value).to.have.length(2);
    expect(record.answers['share.send']?.value).to.deep.equal(['whatMatters', 'goals', 'topics']);

    const outside = tab.requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      if (protocol === 'data:' || protocol === 'blob:') return false;
      return hostname !== '127.0.0.1' && hostname !== 'localhost';
    });
    expect(tab.requests.length).to.be.greaterThan(5);
    expect(outside, 'requests that left the machine').to.deep.equal([]);
  });
});
