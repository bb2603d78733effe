import { expect } from 'chai';

import { invitationCode } from '../support/invitations';
import {
  carerPersona,
  lastQuestionLinkId,
  maxPersonaTurns,
  personPersona,
  runPersona,
  type Persona,
} from '../support/personas';
import { chatClient, startApp, type RunningApp } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;
const personas: readonly Persona[] = [personPersona, carerPersona];

describe('a full preparation by scripted personas', () => {
  let running: RunningApp;

  before(async () => {
    running = await startApp();
  });
  after(() => running.stop());

  function run(persona: Persona, channelId: string) {
    const client = chatClient(running, { channelId });
    return runPersona(async (text) => (await client.say(text)).replies, persona);
  }

  for (const channelId of channels) {
    for (const persona of personas) {
      it(`the ${persona.name} persona finishes within ${maxPersonaTurns} turns on ${channelId}`, async () => {
        const result = await run(persona, channelId);

        console.log(`      ${persona.name} on ${channelId}: ${result.turns} turns, ${result.chars} characters sent`);
        expect(result.turns).to.be.at.most(maxPersonaTurns);
      });
    }
  }

  it('asks the person what would make a low-confidence goal more likely', async () => {
    const result = await run(personPersona, 'webchat');

    expect(result.transcript.map((exchange) => exchange.answered)).to.include('goal.1.moreLikely');
  });

  it('asks the carer for their own view, how they are coping, what would help them and whether Jean agrees', async () => {
    const result = await run(carerPersona, 'webchat');

    expect(result.transcript.map((exchange) => exchange.answered)).to.include.members([
      'carer.view.whatMatters',
      'carer.coping',
      'carer.help',
      'carer.personAgrees',
    ]);
  });
});

describe('Wording for a carer', () => {
  it('speaks of the person’s appointment, not the carer’s, when asking to share', async () => {
    const running = await startApp();
    try {
      const client = chatClient(running, { channelId: 'webchat' });
      const code = await invitationCode(running);
      const run = await runPersona(async (text) => (await client.say(text)).replies, carerPersona, code);
      const consent = run.transcript
        .map((t) => t.replies)
        .find((replies) => lastQuestionLinkId(replies) === 'share.consent')
        ?.at(-1);
      expect(consent?.text).to.match(/with Dr Sam Patel before Jean's appointment/);
      expect(consent?.text).to.not.match(/your (care team|appointment)/);
    } finally {
      await running.stop();
    }
  });
});
