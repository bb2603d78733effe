import { expect } from 'chai';
import { allText, BotClient, lastQuestion, type PostResult } from '../support/botClient';
import { personPersona, runPersona, type Persona, type PersonaReply } from '../support/personas';
import { listening, type Told } from '../support/planListeners';
import { apiKey, bloodPressure, hba1c, postObservations, transaction } from '../support/results';
import { SmsPhone } from '../channels/sms/smsPhone';
import { createSealer } from '../../storage/encryption';
import { SqlRecordStore } from '../../storage/recordStore';
import { smsAndTeamsApp } from '../support/smsAndTeamsApp';

const authToken = 'continue-journey-token';
const coordinator = { aad: 'aad-coordinator-c', conversation: 'a:chat-coordinator-c' };
const publicUrl = 'https://careprep.example.org';
const mobile = '+447700900123';
/** The twin's number: the same answers on Bot Framework's SMS channel tell the walk what was asked. */
const twinMobile = '+447700900456';
/** Where Sam puts the web chat down: the first question of part 3, after the results. */
const leftAt = 'goal.1.text';

const persona: Persona = {
  ...personPersona,
  name: 'person who starts on the web and finishes by text',
  answers: {
    ...personPersona.answers,
    'result.hba1c.thoughts': 'Is 52 low enough to drop a tablet?',
    'result.bloodPressure.thoughts': 'skip',
  },
};

const sheet = transaction([
  hba1c(58, '2029-09-02T09:10:00Z'),
  hba1c(52, '2030-02-25T09:10:00Z'),
  bloodPressure(138, 84, '2030-02-25T09:15:00Z'),
]);

const unlinked = (text: string): string => text.replace(/\/plan\/[0-9a-f]{64}/g, '/plan/<token>');

describe('One record across channels: started on web chat, carried on by text', function () {
  this.timeout(120_000);
  let told: Told;
  const world = smsAndTeamsApp({
    authToken,
    publicUrl,
    staffAad: coordinator.aad,
    overrides: () => {
      const listener = listening();
      told = listener.told;
      return { planListeners: [listener.events] };
    },
  });

  /** The coordinator invites Sam in Teams (the real card) for 14 March 2030 at 10:30: its id and code. */
  async function invite(number: string): Promise<{ id: string; code: string }> {
    const chat = new BotClient(world.running.baseUrl, {
      channelId: 'msteams',
      serviceUrl: world.connector.serviceUrl,
      conversationId: coordinator.conversation,
      userId: `29:${coordinator.aad}`,
    });
    const made = await chat.post({
      from: { id: `29:${coordinator.aad}`, name: 'Dr Sam Patel', aadObjectId: coordinator.aad },
      recipient: { id: '28:careprep-bot', name: 'Careprep' },
      conversation: { id: coordinator.conversation, conversationType: 'personal' },
      value: {
        careprep: 'teams.invite',
        name: 'Sam',
        mobile: number,
        date: '2030-03-14',
        time: '10:30',
        conditions: 'diabetes',
      },
    });
    const code = /\*\*([A-Z2-9]{8})\*\*/.exec(allText(made))?.[1];
    const list = (await (
      await fetch(`${world.running.baseUrl}/api/invitations`, { headers: { authorization: `Bearer ${apiKey}` } })
    ).json()) as { id: string; code: string }[];
    const id = list.find((item) => item.code === code)?.id;
    if (!code || !id) throw new Error('no invitation');
    return { id, code };
  }

  it('answers a reminder by text at the same question, finishes by text and shares the plan', async () => {
    const sam = await invite('07700 900123');
    const twin = await invite('07700 900456');
    for (const { id } of [sam, twin]) expect((await postObservations(world.running, id, sheet)).status).to.equal(201);
    const web = new BotClient(world.running.baseUrl, { channelId: 'webchat' });
    const twinWeb = new BotClient(world.running.baseUrl, { channelId: 'webchat' });
    const phone = new SmsPhone({ baseUrl: world.running.baseUrl, authToken, publicUrl, from: mobile });
    const twinSms = new BotClient(world.running.baseUrl, { channelId: 'sms', userId: twinMobile });
    let phase: 'web' | 'text' = 'web';
    const webTurns: PostResult[] = [];
    let reminder = '';
    let pickedUp: string[] = [];

    /** Leaves the web chat: a week before, the reminder goes out, and Sam replies to it. */
    const answerTheReminder = async (): Promise<void> => {
      world.now = new Date('2030-03-07T10:00:00Z');
      await world.running.app.reminders.tick();
      reminder =
        world.twilio.requests.find((r) => r.form.To === mobile && /Your appointment is on/.test(r.form.Body))?.form
          .Body ?? '';
      pickedUp = (await phone.text('OK')).messages;
      const twinPickedUp = await twinSms.say('OK');
      expect(lastQuestion(twinPickedUp)).to.equal(leftAt);
      expect(pickedUp).to.deep.equal(twinPickedUp.replies.map((r) => r.text ?? ''));
      phase = 'text';
    };

    const send = async (said: string): Promise<readonly PersonaReply[]> => {
      if (phase === 'web') {
        const reply = await web.say(said);
        const twinReply = await twinWeb.say(said === sam.code ? twin.code : said);
        expect(lastQuestion(twinReply)).to.equal(lastQuestion(reply));
        webTurns.push(reply);
        if (lastQuestion(reply) === leftAt) await answerTheReminder();
        return reply.replies;
      }
      const texted = await phone.text(said);
      const twinReply = await twinSms.say(said);
      expect(texted.messages.map(unlinked), `after "${said}"`).to.deep.equal(
        twinReply.replies.map((r) => unlinked(r.text ?? '')),
      );
      return twinReply.replies;
    };

    const run = await runPersona(send, persona, sam.code);

    const onWeb = webTurns.map((turn) => turn.replies.map((r) => r.text ?? '').join('\n')).join('\n');
    expect(onWeb).to.include('Our texts about your visit go to the phone ending 123.');
    expect(reminder).to.match(/You stopped at part 3 of 6 of getting ready\. Reply to this text to carry on/);
    expect(pickedUp[0]).to.equal("Welcome back. You were on part 3 of 6: goals. Let's carry on.");
    expect(pickedUp.at(-1)).to.equal(
      'Part 3 of 6: goals.\nWhat would you like to achieve? For example: walk to the park.',
    );
    expect(run.transcript.at(-1)?.answered).to.equal('share.consent');

    const store = new SqlRecordStore(world.running.app.db, createSealer(null));
    const records = await Promise.all((await store.list()).map(async (s) => (await store.get(s.id))!.value));
    const record = records.find((r) => r.leadContact?.invitationId === sam.id);
    expect(records).to.have.length(2);
    expect(record?.answers['whatMatters.most']?.value).to.equal(persona.answers['whatMatters.most']);
    expect(record?.answers['result.hba1c.thoughts']?.value).to.equal('Is 52 low enough to drop a tablet?');
    expect(record?.answers['goal.1.text']?.value).to.equal(persona.answers['goal.1.text']);
    expect(record?.shared).to.not.equal(undefined);
    expect(told.shared.map((s) => s.record.id)).to.include(record?.id);
    await world.running.app.deliveries.idle();
    expect(JSON.stringify(world.connector.delivered(coordinator.conversation))).to.include(
      'Is 52 low enough to drop a tablet?',
    );
  });
});
