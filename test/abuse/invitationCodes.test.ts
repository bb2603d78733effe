import { expect } from 'chai';
import { createInvitation } from '../../coordination/invitations';
import { createSealer } from '../../storage/encryption';
import { SqlInvitationStore } from '../../storage/invitationStore';
import { allText, BotClient, type PostResult } from '../support/botClient';
import { startApp, type RunningApp } from '../support/startApp';

const day = 86_400_000;

describe('Abuse: guessing invitation codes', function () {
  this.timeout(30_000);
  let running: RunningApp;
  let now: number;

  beforeEach(async () => {
    now = Date.parse('2026-03-02T09:00:00Z');
    running = await startApp({ overrides: { clock: () => new Date(now) } });
  });
  afterEach(() => running.stop());

  /** A code a coordinator made, `createdDaysAgo` days ago, for an appointment if given. */
  async function code(createdDaysAgo: number, appointmentAt?: string): Promise<string> {
    const store = new SqlInvitationStore(running.app.db, createSealer(null), () => new Date(now));
    const made = await createInvitation(
      store,
      { coordinatorId: 'aad-1', leadName: 'Dr Lee', personName: 'Sam', appointmentAt, conditions: [] },
      new Date(now - createdDaysAgo * day),
    );
    return made.code;
  }

  /** A new person sending `text` as their first message. */
  const stranger = (text: string): Promise<PostResult> => new BotClient(running.baseUrl).say(text);
  const linked = (result: PostResult): boolean => allText(result).includes('Dr Lee asked me to help you');

  it('answers a code never made, one used by someone else, and expired ones exactly alike', async () => {
    const used = await code(1, '2026-03-20T10:00');
    expect(linked(await stranger(used))).to.equal(true);
    const replies = [
      await stranger('ABCD2345'),
      await stranger(used),
      await stranger(await code(20, '2026-02-20T10:00')),
      await stranger(await code(31)),
    ];
    const shapes = replies.map((result) => ({ text: allText(result), questions: result.questions }));
    for (const shape of shapes) expect(shape).to.deep.equal(shapes[0]);
    expect(shapes[0].text).to.include('Sorry, I cannot use that code');
  });

  it('still links a code within its time: a week after the appointment, or 30 days with none', async () => {
    expect(linked(await stranger(await code(10, '2026-02-24T10:00')))).to.equal(true);
    expect(linked(await stranger(await code(29)))).to.equal(true);
  });

  it('refuses even the right code after five wrong ones in a conversation, with the same reply, until an hour has passed', async () => {
    const right = await code(1, '2026-03-20T10:00');
    const guesser = new BotClient(running.baseUrl);
    for (const guess of ['ABCD2345', 'ABCD2346', 'ABCD2347', 'ABCD2348', 'ABCD2349']) await guesser.say(guess);
    const refused = await guesser.say(right);
    expect(linked(refused)).to.equal(false);
    // The refusal itself is word for word a stranger's; what follows it (the welcome, or the
    // question they were on) depends only on where each of them is.
    expect(refused.replies[0]?.text).to.equal((await stranger('ABCD2352')).replies[0]?.text);
    now += 61 * 60_000;
    expect(linked(await guesser.say(right))).to.equal(true);
  });

  it("counts no wrong code for a greeting or an answer made of a code's letters", async () => {
    const right = await code(1, '2026-03-20T10:00');
    const person = new BotClient(running.baseUrl);
    for (const words of ['Hey there', 'daughter', 'Margaret', 'Hey there', 'daughter']) await person.say(words);
    expect(linked(await person.say(right))).to.equal(true);
  });

  it('takes an eight-letter word that only looks like a code as the answer it was, once the person has answered something', async () => {
    const person = new BotClient(running.baseUrl);
    await person.say('hello');
    await person.say('Me, for myself');
    const answered = await person.say('Whatever');
    expect(allText(answered)).to.not.include('Sorry, I cannot use that code');
    expect(answered.questions.at(-1)?.linkId).to.not.equal('subject.name');
  });
});
