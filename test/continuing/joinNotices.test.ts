import { expect } from 'chai';
import { allText, BotClient } from '../support/botClient';
import { DirectLine } from '../support/directLineClient';
import { inviteInTeams, teamsCoordinator } from '../support/invitations';
import { SmsPhone, type TextResult } from '../channels/sms/smsPhone';
import { smsAndTeamsApp } from '../support/smsAndTeamsApp';

const authToken = 'join-notice-token';
const publicUrl = 'https://careprep.example.org';

/** The code in a "continue on my phone" reply, as the person would type it. */
function codeIn(text: string): string {
  const code = /([A-Z2-9]{3} [A-Z2-9]{3})/.exec(text)?.[1];
  if (!code) throw new Error(`no code in: ${text}`);
  return code;
}

const texts = (result: TextResult): string => result.messages.join('\n');

describe("Joining another channel to a record tells the channels it already uses, and 'not my phone' there unties it", function () {
  this.timeout(60_000);
  const world = smsAndTeamsApp({ authToken, publicUrl, staffAad: teamsCoordinator.aad });

  const phone = (from: string): SmsPhone =>
    new SmsPhone({ baseUrl: world.running.baseUrl, authToken, publicUrl, from });
  /** What the service texted a number on its own initiative (not replies to its texts). */
  const textedTo = (number: string): string[] =>
    world.twilio.requests.filter((r) => r.form.To === number).map((r) => r.form.Body);
  /** Someone in a Teams personal chat with Careprep, reached through the fake world.connector. */
  const teams = (): BotClient =>
    new BotClient(world.running.baseUrl, {
      channelId: 'msteams',
      serviceUrl: world.connector.serviceUrl,
      conversationId: 'a:chat-robin',
      userId: '29:robin',
    });
  const toldInTeams = (): string[] => world.connector.delivered('a:chat-robin').map((a) => String(a.text));

  /** Says each text in the Direct Line chat, and returns what the bot said since. */
  async function inChat(chat: DirectLine, ...said: string[]): Promise<string> {
    for (const text of said) expect((await chat.say(text)).status).to.equal(200);
    return (await chat.poll())
      .filter((a) => a.from.role === 'bot')
      .map((a) => a.text ?? '')
      .join('\n');
  }

  it("shows a notice in the web chat that gave the code when a phone joins with it, and 'not my phone' there unties the phone", async () => {
    const chat = await DirectLine.start(world.running.baseUrl);
    await inChat(chat, '1', 'Alex', 'diabetes', 'Walking my dog every day');
    const code = codeIn(await inChat(chat, 'continue on my phone'));
    const stranger = phone('+447700900321');

    expect(texts(await stranger.text(code))).to.match(/these texts now carry on/);
    await world.running.app.notices.idle();
    const notice = await inChat(chat);
    const untied = await inChat(chat, 'not my phone');
    const afterwards = texts(await stranger.text('show my plan'));

    expect(notice).to.equal(
      "Your preparation was opened by text from the phone ending 321 at 12:00 on Monday 4 March. If that was not you, say 'not my phone'.",
    );
    expect(untied).to.match(/^Done: texts from the phone ending 321 no longer reach your answers\./);
    expect(afterwards).to.not.include('Walking my dog');
    expect(allText(await teams().say('hi'))).to.not.include('Walking my dog');
  });

  it('texts the phone that gave the code when a web chat joins with it, and THAT WAS NOT ME by text unties the chat', async () => {
    const owner = phone('+447700900654');
    for (const said of ['hi', '1', 'Robin']) await owner.text(said);
    const code = codeIn(texts(await owner.text('continue on my phone')));
    const web = new BotClient(world.running.baseUrl, { channelId: 'webchat' });

    expect(allText(await web.say(code))).to.match(/this chat now carries on/);
    await world.running.app.notices.idle();
    const notice = textedTo(owner.from);
    const untied = texts(await owner.text('THAT WAS NOT ME'));
    const webAfter = allText(await web.say('show my plan'));

    expect(notice).to.deep.equal([
      'Careprep: your answers were opened in a web chat at 12:00 on Monday 4 March. If that was not you, reply THAT WAS NOT ME.',
    ]);
    expect(untied).to.match(
      /^Done: the web chat that joined at 12:00 on Monday 4 March no longer reaches your answers\./,
    );
    expect(webAfter).to.not.include('Robin');
    expect(texts(await owner.text('show my plan'))).to.include('Robin');
  });

  it('texts the notice at once in the quiet hours, and nothing to a number that texted STOP', async () => {
    world.now = new Date('2030-03-04T23:30:00Z');
    const awake = phone('+447700900111');
    const stopped = phone('+447700900222');
    const codes: string[] = [];
    for (const owner of [awake, stopped]) {
      for (const said of ['hi', '1']) await owner.text(said);
      codes.push(codeIn(texts(await owner.text('continue on my phone'))));
    }
    await stopped.text('STOP');

    for (const code of codes) await new BotClient(world.running.baseUrl, { channelId: 'webchat' }).say(code);
    await world.running.app.notices.idle();

    expect(textedTo(awake.from)).to.deep.equal([
      'Careprep: your answers were opened in a web chat at 23:30 on Monday 4 March. If that was not you, reply THAT WAS NOT ME.',
    ]);
    expect(textedTo(stopped.from)).to.deep.equal([]);
  });

  it('tells a Teams chat when a phone joins, and only the channels already there: never the one that joined', async () => {
    const robin = teams();
    for (const said of ['hi', '1', 'Robin']) await robin.say(said);
    const code = codeIn(allText(await robin.say('continue on my phone')));
    const joining = phone('+447700900777');

    await joining.text(code);
    await world.running.app.notices.idle();

    expect(toldInTeams()).to.deep.equal([
      "Your preparation was opened by text from the phone ending 777 at 12:00 on Monday 4 March. If that was not you, say 'not my phone'.",
    ]);
    expect(textedTo(joining.from)).to.deep.equal([]);
  });

  it('takes off one joined phone at a time, the latest first, and says when another still reaches the answers', async () => {
    const robin = teams();
    for (const said of ['hi', '1', 'Robin']) await robin.say(said);
    for (const number of ['+447700900401', '+447700900402'])
      await phone(number).text(codeIn(allText(await robin.say('continue on my phone'))));

    const first = allText(await robin.say('not my phone'));
    const second = allText(await robin.say('not my phone'));
    const third = allText(await robin.say('not my phone'));

    expect(first).to.match(/^Done: texts from the phone ending 402 no longer reach your answers\./);
    expect(first).to.include('Another phone or chat still reaches your answers.');
    expect(second).to.match(/^Done: texts from the phone ending 401 no longer reach your answers\./);
    expect(second).to.not.include('Another phone or chat');
    expect(third).to.match(/^No other phone or chat was joined to your answers/);
    expect(texts(await phone('+447700900401').text('show my plan'))).to.not.include('Robin');
  });

  it('sends no notice for a tie the person is told of in the turn itself, when they use their invitation code', async () => {
    const { code } = await inviteInTeams(world.running, world.connector.serviceUrl, '+447700900123');
    const robin = teams();

    const linked = allText(await robin.say(code));
    await world.running.app.notices.idle();

    expect(linked).to.include('Our texts about your visit go to the phone ending 123.');
    expect(toldInTeams()).to.deep.equal([]);
    expect(textedTo('+447700900123').filter((body) => body.startsWith('Careprep:'))).to.deep.equal([]);
  });

  it("tells the person when a reminder ties the invitation's mobile, and once they say it is not theirs never ties it again", async () => {
    const mobile = phone('+447700900123');
    await mobile.text('hi');
    await mobile.text('1');
    const { code } = await inviteInTeams(world.running, world.connector.serviceUrl, mobile.from);
    const robin = teams();
    const linked = allText(await robin.say(code));
    for (const said of ['1', 'Robin']) await robin.say(said);
    // The number's own answers go, so nothing keeps it from the invited record any more.
    await mobile.text('delete my data');
    await mobile.text('yes');

    world.now = new Date('2030-03-07T10:00:00Z');
    await world.running.app.reminders.tick();
    await world.running.app.notices.idle();
    const reminders = (): string[] => textedTo(mobile.from).filter((body) => /Your appointment is on/.test(body));
    const weekBefore = reminders();
    const notice = toldInTeams();
    const untied = allText(await robin.say('not my phone'));
    world.now = new Date('2030-03-12T10:00:00Z');
    await world.running.app.reminders.tick();
    await world.running.app.notices.idle();

    expect(linked).to.not.include('phone ending');
    expect(weekBefore).to.have.length(1);
    expect(weekBefore[0]).to.match(/Reply to this text to carry on/);
    expect(notice).to.deep.equal([
      "From 10:00 on Thursday 7 March, a reply to our texts from the phone ending 123 carries on your preparation. If that is not your phone, say 'not my phone'.",
    ]);
    expect(untied).to.match(
      /^Done: texts from the phone ending 123 no longer reach your answers\. Please tell your care team/,
    );
    expect(reminders()).to.have.length(2);
    expect(reminders()[1]).to.not.match(/Reply to this text/);
    expect(toldInTeams(), 'no second notice: the mobile was not tied again').to.have.length(1);
    expect(texts(await mobile.text('hello'))).to.match(/^Hello, I'm Careprep/);
  });
});
