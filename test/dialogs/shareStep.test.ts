import { expect } from 'chai';
import { chatClient } from '../support/startApp';
import { sharedRecord } from '../../plan/consentScope';
import { SqlAuditLog } from '../../storage/auditLog';
import { allText, lastQuestion, sayAll, type PostResult, type ChatClient } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { listeningAppPerTest } from '../support/planListeners';
import { annForRonToReview } from '../support/carerScripts';
import { jeanToShare, walkTo } from '../support/scripts';

/** Answers that make the mood screen positive, with mood kept out of what is shared. */
const moodKeptPrivate: Record<string, string> = {
  'mood.down': 'yes',
  'mood.harmThoughts': 'no',
  'mood.wantsHelp': 'yes',
  'mood.share': 'no',
};

interface CardInput {
  id: string;
  value?: string;
  choices?: { value: string }[];
}

/** The multi-select card's input in the replies, and which option ids it starts with ticked. */
function card(result: PostResult): { offered: string[]; ticked: string[] } {
  const attachments = result.replies.at(-1)?.attachments as { content: { body: CardInput[] } }[] | undefined;
  const input = attachments?.[0]?.content.body.find((element) => element.id === 'answer');
  return {
    offered: (input?.choices ?? []).map((choice) => choice.value),
    ticked: input?.value ? input.value.split(',') : [],
  };
}

describe('The share step: tick what to send', () => {
  const app = listeningAppPerTest();

  /** A client on `channelId` walked to "which parts shall I send?" with a care team linked. */
  async function atShareStep(channelId: string, answers: Record<string, string> = {}) {
    const client = chatClient(app.running, { channelId });
    const code = await invitationCode(app.running);
    const asked = await walkTo((text) => client.say(text), 'share.send', { ...jeanToShare, ...answers }, code);
    return { client, asked };
  }

  /** What a card sends when its "Next" button is pressed with `ticked` ticked. */
  const submit = (client: ChatClient, ticked: string[]): Promise<PostResult> =>
    client.post({ value: { linkId: 'share.send', ...(ticked.length > 0 ? { answer: ticked.join(',') } : {}) } });

  for (const channelId of ['webchat', 'msteams']) {
    it(`asks which parts to send with every part ticked, listed once on the card, on ${channelId}`, async () => {
      const { asked } = await atShareStep(channelId);

      expect(card(asked).offered).to.deep.equal(['whatMatters', 'goals', 'topics', 'mood']);
      expect(card(asked).ticked).to.deep.equal(['whatMatters', 'goals', 'topics', 'mood']);
      expect(allText(asked)).to.match(/Which parts shall I send to Dr Sam Patel\? They are all ticked/);
      expect(allText(asked)).to.not.match(/^\d\. /m);
    });
  }

  it('sends every part on "all" by SMS, where the parts are numbered', async () => {
    const { client, asked } = await atShareStep('sms');
    expect(allText(asked)).to.match(/Reply ALL/);
    expect(allText(asked)).to.match(/^1 What matters$/m);

    const preview = allText(await client.say('all'));

    expect(preview).to.include(
      'This will be sent to Dr Sam Patel: about you, what matters, goals, things to talk about',
    );
    expect(preview).to.not.match(/Kept back/);
  });

  it('sends only the parts left ticked, and says exactly what is kept back', async () => {
    const { client } = await atShareStep('webchat');

    const preview = await submit(client, ['whatMatters', 'topics']);
    expect(allText(preview)).to.include(
      'I will send this to Dr Sam Patel: about you, what matters and things to talk about.',
    );
    expect(allText(preview)).to.include('I will keep back: goals and how you have been feeling.');
    expect(lastQuestion(preview)).to.equal('share.consent');
    await client.say('yes');

    expect(app.told.shared).to.have.length(1);
    expect(app.told.shared[0].record.consents.at(-1)?.excludedSections).to.deep.equal(['goals', 'mood']);
  });

  it('does not offer mood when they said before that it stays with them, and says it is kept back', async () => {
    const { client, asked } = await atShareStep('webchat', moodKeptPrivate);

    expect(card(asked).offered).to.not.include('mood');
    expect(card(asked).ticked).to.deep.equal(['whatMatters', 'goals', 'topics']);
    const preview = allText(await client.say('send it all'));
    expect(preview).to.include('I will keep back: how you have been feeling.');
  });

  it('with nothing ticked, sends nothing, says so by name, asks no consent and gives their own copy', async () => {
    const { client } = await atShareStep('webchat');

    const end = await submit(client, []);
    const record = await onlyRecord(app.running);
    const audit = await new SqlAuditLog(app.running.app.db).all();

    expect(lastQuestion(end)).to.equal(undefined);
    expect(allText(end)).to.include('You picked no part to send, so I have not sent anything to Dr Sam Patel.');
    expect(allText(end)).to.match(/\/plan\/[0-9a-f]{64}/);
    expect(allText(end)).to.not.match(/noted: \.|send(ing)? your plan/i);
    expect(app.told.shared).to.deep.equal([]);
    expect(record.consents.at(-1)).to.deep.include({ decision: 'doNotShare', recipients: [] });
    expect(record.status).to.equal('complete');
    expect(audit.map((entry) => entry.action)).to.include('doNotShare');
  });

  it('sends nothing on the card\'s "Send nothing" button, whatever is ticked', async () => {
    const { client } = await atShareStep('msteams');

    const end = await client.post({ value: { linkId: 'share.send', answer: 'Send nothing' } });

    expect(allText(end)).to.include('I have not sent anything to Dr Sam Patel');
    expect(app.told.shared).to.deep.equal([]);
  });

  // Nobody can reach Dr Sam Patel in this app, so the plan shared before has not reached them
  // (leadCopyWords.test.ts has the words once it has).
  it('after a share, nothing ticked on a changed plan says the plan sent before is still on its way', async () => {
    const { client } = await atShareStep('webchat');
    await client.say('all');
    await client.say('yes');
    expect(app.told.shared).to.have.length(1);

    await walkTo((text) => client.say(text), 'share.send', { 'review.change': 'It looks right' }, 'change');
    const end = allText(await submit(client, []));

    expect(end).to.include(
      'I have not sent this version to Dr Sam Patel. The plan you shared before has not reached them yet, and it is still waiting to go.',
    );
    expect(end).to.not.match(/Nobody else will see/);
    expect(app.told.shared).to.have.length(1);
  });
  // Explorer 23: the learned layer checked in on "only the goals" as thoughts of suicide, and gave
  // "only the topics" its crisis reply (H145); test/safety/wordingsEverydayRequests.test.ts has more.
  it('picking "only the goals" to send asks no question about ending one\'s life', async () => {
    const { client } = await atShareStep('webchat');
    const result = await client.say('only the goals');

    expect(allText(result)).to.not.match(/ending your life/);
    expect(lastQuestion(result)).to.equal('share.consent');
  });

  // Explorer 23: a carer's own answers were always sent, and "all except my own answers" was not
  // understood, though the preview named them among what is sent (H149).
  it('a carer by SMS can keep their own answers back: "all except my own answers" is understood', async () => {
    const client = chatClient(app.running, { channelId: 'sms' });
    await sayAll(client, [await invitationCode(app.running), ...annForRonToReview, 'It looks right']);
    const result = await client.say('all except my own answers');

    expect(allText(result)).to.not.match(/could not tell what to leave out/);
    expect(allText(result)).to.match(/Kept back: [^\n]*your own answers as a carer/);
    expect(lastQuestion(result)).to.equal('share.consent');
    await client.say('YES');
    const record = app.told.shared[0].record;
    expect(record.consents.at(-1)?.excludedSections).to.deep.equal(['carer']);
    // Her own needs stay with her; whether Ron agrees with what she said goes with his plan.
    const shared = sharedRecord(record)!;
    const own = Object.keys(shared.answers).filter((key) => /^carer\.(coping|help)/.test(key));
    expect(own).to.deep.equal([]);
    expect(shared.answers['carer.personAgrees']).to.not.equal(undefined);
  });
});
