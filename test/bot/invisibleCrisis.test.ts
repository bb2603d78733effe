import { expect } from 'chai';
import { smsService } from '../channels/sms/smsService';
import { allText } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest, type RunningApp } from '../support/startApp';

/**
 * Disclosures with an invisible character where a space was meant, or inside a word: each must
 * get the crisis reply and a flag, on SMS as in web chat, and never be kept as an answer.
 */
const disclosures: readonly { text: string; kind: string; help: RegExp }[] = [
  { text: 'I want to kill\u200Bmyself', kind: 'suicide', help: /116 123/ },
  { text: 'i took an\u200Boverdose', kind: 'medicalEmergency', help: /999/ },
  { text: 'hang\u2060myself', kind: 'suicide', help: /116 123/ },
  { text: 'I want to kill\u200Dmyself', kind: 'suicide', help: /116 123/ },
  { text: 'I keep thinking about sui\u00ADcide', kind: 'suicide', help: /116 123/ },
];

/** The crisis flags on the only record, and the answer kept for "What is going well?". */
async function outcome(running: RunningApp): Promise<{ flags: string[]; kept: unknown }> {
  const record = await onlyRecord(running);
  const answers = record.answers as Record<string, { value?: unknown } | undefined>;
  return {
    flags: record.flags.filter((flag) => flag.kind === 'crisis').map((flag) => flag.detail ?? ''),
    kept: answers['whatMatters.goingWell']?.value,
  };
}

describe('A disclosure with invisible characters in it, in web chat', () => {
  const app = freshAppPerTest('webchat');

  for (const { text, kind, help } of disclosures) {
    it(`answers ${JSON.stringify(text)} at "What is going well?" with the crisis reply and a flag`, async () => {
      await walkTo((words) => app.client.say(words), 'whatMatters.goingWell', plainPersonAnswers);
      const reply = await app.client.say(text);

      expect(allText(reply)).to.match(help);
      expect(reply.questions.map((q) => q.linkId)).to.deep.equal(['safety.check']);
      expect(await outcome(app.running)).to.deep.equal({ flags: [kind], kept: undefined });
    });
  }

  it('asks again after a message of invisible characters alone, keeping nothing', async () => {
    await walkTo((words) => app.client.say(words), 'whatMatters.goingWell', plainPersonAnswers);
    const reply = await app.client.say('\u200B\u2060\u00AD');

    expect(allText(reply)).to.not.match(/noted/);
    expect(await outcome(app.running)).to.deep.equal({ flags: [], kept: undefined });
  });
});

describe('A disclosure with invisible characters in it, by SMS', () => {
  const authToken = 'invisible-crisis-token';
  const sms = smsService(authToken);
  const texts = sms.texts;

  // Person, named Jean, one condition, "family" to what matters most: "What is going well?" next.
  const toGoingWell = ['hi', '1', 'Jean', '1', 'family'];

  for (const { text, kind, help } of disclosures) {
    it(`answers ${JSON.stringify(text)} at "What is going well?" with the crisis reply and a flag`, async () => {
      const asked = await texts(toGoingWell);
      expect(asked).to.match(/going well/i);
      const reply = await texts([text]);

      expect(reply).to.match(help);
      expect(reply).to.match(/safe right now\?/);
      expect(await outcome(sms.running())).to.deep.equal({ flags: [kind], kept: undefined });
    });
  }

  it('asks again after a text of invisible characters alone, keeping nothing', async () => {
    await texts(toGoingWell);
    const reply = await texts(['\u200B\u2060\u00AD']);

    expect(reply).to.not.match(/noted/i);
    expect(await outcome(sms.running())).to.deep.equal({ flags: [], kept: undefined });
  });
});
