import { expect } from 'chai';
import { allText, sayAll, type ChatClient, type PostResult } from '../support/botClient';
import { carerPersona, lastQuestionLinkId, personPersona, type Persona } from '../support/personas';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

/** Answers as `persona` until the bot asks `stopAt`, and returns that reply. */
async function answerUntil(client: ChatClient, persona: Persona, stopAt: string): Promise<PostResult> {
  let result = await client.say('hi');
  const asked = new Map<string, number>();
  for (let turn = 0; turn < 45; turn++) {
    const linkId = lastQuestionLinkId(result.replies) ?? '';
    if (linkId === stopAt) return result;
    const scripted = persona.answers[linkId];
    const n = asked.get(linkId) ?? 0;
    asked.set(linkId, n + 1);
    const answer = typeof scripted === 'string' ? scripted : scripted?.[n];
    if (answer === undefined) throw new Error(`no answer for ${linkId}`);
    result = await client.say(answer);
  }
  throw new Error(`never asked ${stopAt}`);
}

const urgentHelp = [/999/, /111/, /option 2/, /116 123/, /85258/, /not (watched|read) by a person/];

for (const channelId of ['webchat', 'msteams', 'sms']) {
  describe(`Asking directly after a positive mood screen on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const [down, interest] of [
      ['yes', 'no'],
      ['no', 'yes'],
      ['not sure', 'no'],
      ['no', 'not sure'],
    ]) {
      it(`asks about thoughts of being better off dead or of self-harm after ${down} / ${interest}`, async () => {
        await answerUntil(fresh.client, personPersona, 'mood.down');
        await fresh.client.say(down);
        const result = await fresh.client.say(interest);
        expect(result.questions.at(-1)?.linkId).to.equal('mood.harmThoughts');
        expect(allText(result)).to.match(/better off dead, or of hurting yourself/);
      });
    }

    it('does not ask it when both answers are no', async () => {
      await answerUntil(fresh.client, personPersona, 'mood.down');
      await fresh.client.say('no');
      const result = await fresh.client.say('no');
      expect(result.questions.map((q) => q.linkId)).to.not.include('mood.harmThoughts');
    });

    for (const answer of ['yes', 'not sure']) {
      it(`gives the crisis reply and a flag, and nothing routine, after "${answer}"`, async () => {
        await answerUntil(fresh.client, personPersona, 'mood.harmThoughts');
        const result = await fresh.client.say(answer);
        const text = allText(result);
        for (const help of urgentHelp) expect(text).to.match(help);
        expect(result.questions.map((q) => q.linkId)).to.deep.equal(['safety.check']);
        const record = await onlyRecord(fresh.running);
        const crisis = record?.flags.find((flag) => flag.kind === 'crisis');
        expect(crisis).to.include({ detail: 'suicide', via: 'moodQuestion', by: 'person' });
        expect(crisis?.message).to.match(/better off dead/);
      });
    }

    it('goes on to whether they want help after a clear "I\'m safe"', async () => {
      await answerUntil(fresh.client, personPersona, 'mood.harmThoughts');
      await fresh.client.say('yes');
      const safe = await fresh.client.say("I'm safe");
      expect(safe.questions).to.have.length(0);
      const resumed = await fresh.client.say('ok');
      expect(resumed.questions.at(-1)?.linkId).to.equal('mood.wantsHelp');
    });

    it('tells the lead contact, first in the plan, that it was said when asked directly', async () => {
      await answerUntil(fresh.client, personPersona, 'mood.harmThoughts');
      await sayAll(fresh.client, ['yes', "I'm safe"]);
      const plan = allText(await fresh.client.say('show my plan'));
      expect(plan).to.match(/suicide[\s\S]*I asked about this after the mood questions. They said yes\./);
    });

    it('carries on to whether they want help after "no"', async () => {
      await answerUntil(fresh.client, personPersona, 'mood.harmThoughts');
      const result = await fresh.client.say('no');
      expect(result.questions.at(-1)?.linkId).to.equal('mood.wantsHelp');
      const record = await onlyRecord(fresh.running);
      expect(record?.flags.filter((flag) => flag.kind === 'crisis')).to.have.length(0);
    });
  });
}

describe('Asking directly when a carer is answering', () => {
  const fresh = freshAppPerTest('webchat');
  const carerWithConcern: Persona = { ...carerPersona, answers: { ...carerPersona.answers, 'mood.down': 'yes' } };

  it('asks about the person and words the crisis reply for the carer', async () => {
    await answerUntil(fresh.client, carerWithConcern, 'mood.down');
    await fresh.client.say('yes');
    const asked = await fresh.client.say('no');
    expect(allText(asked)).to.match(/has Jean had thoughts that they would be better off dead/);
    const result = await fresh.client.say('yes');
    expect(allText(result)).to.match(/Is Jean safe right now\?/);
    const record = await onlyRecord(fresh.running);
    expect(record?.flags.find((flag) => flag.kind === 'crisis')).to.include({ by: 'carer', via: 'moodQuestion' });
  });

  it("reads a carer's yes that also tells of themselves as a yes, with the crisis reply", async () => {
    await answerUntil(fresh.client, carerWithConcern, 'mood.down');
    await fresh.client.say('yes');
    await fresh.client.say('no');
    const result = await fresh.client.say('yes, and I am exhausted myself');
    expect(allText(result)).to.match(/Is Jean safe right now\?/);
    const record = await onlyRecord(fresh.running);
    expect(record?.flags.find((flag) => flag.kind === 'crisis')).to.include({ by: 'carer', via: 'moodQuestion' });
  });
});
