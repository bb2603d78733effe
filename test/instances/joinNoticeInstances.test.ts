import { expect } from 'chai';
import { DirectLine } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';
import { requirePostgres, tempPostgres } from '../support/tempPostgres';
import { startFakeTwilioApi } from '../channels/sms/fakeTwilioApi';
import { SmsPhone } from '../channels/sms/smsPhone';
import { twilioEnv } from '../support/smsAndTeamsApp';

const authToken = 'join-notice-instances-token';
const publicUrl = 'https://careprep.example.org';

describe('Join notices with two instances on one PostgreSQL database', function () {
  this.timeout(90_000);
  let database: Awaited<ReturnType<typeof tempPostgres>> | undefined;
  let twilio: Awaited<ReturnType<typeof startFakeTwilioApi>> | undefined;
  let a: RunningApp | undefined;
  let b: RunningApp | undefined;

  before(async function setUp() {
    await requirePostgres(this);
    database = await tempPostgres();
    twilio = await startFakeTwilioApi();
    const env = {
      CAREPREP_DATABASE_URL: database.url,
      CAREPREP_PUBLIC_URL: publicUrl,
      ...twilioEnv(twilio.url, authToken),
    };
    a = await startApp({ env });
    b = await startApp({ env });
  });
  after(async () => {
    await b?.stop();
    await a?.stop();
    await twilio?.close();
    await database?.drop();
  });

  /** Says each text in the chat at `at`, and returns what the bot said there since, polled at `at` too. */
  async function inChat(chat: DirectLine, at: RunningApp, ...said: string[]): Promise<string> {
    chat.on(at.baseUrl);
    for (const text of said) expect((await chat.say(text)).status).to.equal(200);
    return (await chat.poll())
      .filter((activity) => activity.from.role === 'bot')
      .map((activity) => activity.text ?? '')
      .join('\n');
  }

  it('shows the notice in a web chat polling one instance when a phone joins with its code at the other', async () => {
    if (!a || !b) throw new Error('not started');
    const chat = await DirectLine.start(a.baseUrl);
    await inChat(chat, a, '1', 'Alex', 'diabetes', 'Walking my dog every day');
    const code = /([A-Z2-9]{3} [A-Z2-9]{3})/.exec(await inChat(chat, a, 'continue on my phone'))?.[1];
    if (!code) throw new Error('no code given');
    const phone = new SmsPhone({ baseUrl: b.baseUrl, authToken, publicUrl, from: '+447700900321' });

    expect((await phone.text(code)).messages.join('\n')).to.match(/these texts now carry on/);
    await Promise.all([a.app.notices.idle(), b.app.notices.idle()]);
    const notice = await inChat(chat, a);
    const untied = await inChat(chat, a, 'not my phone');

    expect(notice).to.match(/^Your preparation was opened by text from the phone ending 321 at /);
    expect(untied).to.match(/^Done: texts from the phone ending 321 no longer reach your answers\./);
    expect((await phone.text('show my plan')).messages.join('\n')).to.not.include('Walking my dog');
  });
});
