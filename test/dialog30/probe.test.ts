import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion, plainPersonAnswers } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const said = (process.env.PROBE ?? '').split('|');
const at = process.env.AT ?? 'goal.1.confidence';
for (const channelId of ['webchat']) describe('probe', () => {
  const app = freshAppPerTest(channelId);
  for (const s of said) it(s, async () => {
    const r = await atQuestion(app.client, at, s, plainPersonAnswers);
    const rec = await onlyRecord(app.running);
    console.log(`>>> ${s} | ${lastQuestion(r)} | ${JSON.stringify(rec.answers[at] ?? null)} | ${JSON.stringify(rec.answers['conditions.other'] ?? rec.answers['subject.name'] ?? null)}\n${allText(r)}\n`);
  });
});
