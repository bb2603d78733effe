import { expect } from 'chai';
import { allText, BotClient, lastQuestion, sayAll, type PostResult } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { invite } from '../support/results';
import { startApp, type RunningApp } from '../support/startApp';
import { SmsPhone, type TextResult } from '../channels/sms/smsPhone';

const authToken = 'continue-test-token';
const publicUrl = 'https://careprep.example.org';
const minute = 60_000;
/** An appointment after the test's clock, so an invitation's code still works. */
const appointmentAt = '2030-03-14T10:30';

/** The code in a "continue on my phone" reply, as the person would type it. */
function codeIn(text: string): string {
  const code = /([A-Z2-9]{3} [A-Z2-9]{3})/.exec(text)?.[1];
  if (!code) throw new Error(`no code in: ${text}`);
  return code;
}

const texts = (result: TextResult): string => result.messages.join('\n');

describe('Continue anywhere: a short code joins another channel to a record', function () {
  this.timeout(60_000);
  let now: Date;
  let running: RunningApp;

  beforeEach(async () => {
    now = new Date('2030-03-04T12:00:00Z');
    running = await startApp({
      env: { TWILIO_AUTH_TOKEN: authToken, CAREPREP_PUBLIC_URL: publicUrl },
      overrides: { clock: () => now },
    });
  });
  afterEach(() => running.stop());

  const web = (channelId = 'webchat'): BotClient => new BotClient(running.baseUrl, { channelId });
  const phone = (from?: string): SmsPhone => new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from });

  /** Someone on web chat who has said who they are and what matters most, then asks for a code. */
  async function startedOnWeb(
    name: string,
    most: string,
  ): Promise<{ client: BotClient; code: string; asked: PostResult }> {
    const client = web();
    await client.say('hi');
    await client.say('1');
    await client.say(name);
    await client.say('diabetes');
    const asked = await client.say(most);
    const given = await client.say('continue on my phone');
    return { client, code: codeIn(allText(given)), asked };
  }

  const records = async (): Promise<number> =>
    Number((await running.app.db.get('SELECT COUNT(*) AS n FROM records'))?.n);

  it('joins a phone to the record at the question it was on, and the code works once', async () => {
    const { client, code, asked } = await startedOnWeb('Alex', 'Walking my dog every day');
    const mine = phone();
    const before = await records();

    const joined = await mine.text(code);
    const answered = await mine.text('My neighbour pops in');
    const again = await phone().text(code);

    expect(lastQuestion(asked)).to.equal('whatMatters.goingWell');
    expect(joined.messages).to.deep.equal([
      'Done: these texts now carry on from where you were. You started them somewhere else.',
      "Welcome back. You were on part 2 of 6: what matters. Let's carry on.",
      'Part 2 of 6: what matters.\nWhat is going well for you right now?',
    ]);
    expect(texts(answered)).to.not.match(/going well/);
    expect(await records(), 'no record made for the joining phone').to.equal(before);
    expect(texts(await mine.text('show my plan'))).to.include('My neighbour pops in');
    expect(allText(await client.say('show my plan'))).to.include('My neighbour pops in');
    expect(texts(again)).to.equal(
      'Sorry, I cannot use that code. A code works once, for a few minutes. For a new one, say CONTINUE ON MY PHONE where you started.',
    );
  });

  it('gives one reply to a wrong, a used and an expired code, and shows nothing of anyone', async () => {
    const alex = await startedOnWeb('Alex', 'Walking my dog every day');
    await phone().text(alex.code);
    const sam = await startedOnWeb('Sam', 'Singing in the choir');

    const wrong = await phone().text('ZZZ 999');
    const used = await phone().text(alex.code);
    now = new Date(now.getTime() + 11 * minute);
    const expired = await phone().text(sam.code);

    expect(wrong.messages).to.have.length(1);
    expect(used.messages).to.deep.equal(wrong.messages);
    expect(expired.messages).to.deep.equal(wrong.messages);
    for (const reply of [wrong, used, expired]) expect(texts(reply)).to.not.match(/Alex|Sam|dog|choir|Part/);
  });

  it("keeps two people apart: a phone joined with one person's code sees only theirs", async () => {
    const alex = await startedOnWeb('Alex', 'Walking my dog every day');
    const sam = await startedOnWeb('Sam', 'Singing in the choir');
    const samsPhone = phone();

    await samsPhone.text(sam.code);
    const plan = texts(await samsPhone.text('show my plan'));
    const alexPlan = allText(await alex.client.say('show my plan'));

    expect(plan).to.include('Singing in the choir');
    expect(plan).to.not.include('Walking my dog');
    expect(alexPlan).to.include('Walking my dog');
    expect(alexPlan).to.not.include('Singing in the choir');
  });

  it('refuses even the right code after five wrong ones from a number, and from a conversation', async () => {
    const alex = await startedOnWeb('Alex', 'Walking my dog every day');
    const guesser = phone();
    const guessingChat = web();
    for (const guess of ['AB2 CD3', 'EF4 GH5', 'JK6 MN7', 'PQ8 RS9', 'TU2 VW3']) {
      await guesser.text(guess);
      await guessingChat.say(guess);
    }

    const fromNumber = await guesser.text(alex.code);
    const fromChat = await guessingChat.say(alex.code);
    now = new Date(now.getTime() + 5 * minute);
    const elsewhere = await phone().text(alex.code);

    expect(texts(fromNumber)).to.match(/^Sorry, I cannot use that code/);
    expect(allText(fromChat)).to.match(/^Sorry, I cannot use that code/);
    expect(texts(elsewhere)).to.match(/these texts now carry on/);
  });

  it('joins nothing with a code made before the person deleted their data', async () => {
    const alex = await startedOnWeb('Alex', 'Walking my dog every day');
    await alex.client.say('delete my data');
    await alex.client.say('yes');
    const late = phone();

    const reply = await late.text(alex.code);
    const after = await late.text('hi');

    expect(texts(reply)).to.match(/^Sorry, I cannot use that code/);
    expect(texts(after)).to.match(/^Hello, I'm Careprep/);
    expect(texts(await late.text('show my plan'))).to.not.include('Walking my dog');
    expect(Number((await running.app.db.get('SELECT COUNT(*) AS n FROM continue_codes'))?.n)).to.equal(0);
  });

  it('never joins a chat that has answers of its own to another record', async () => {
    const alex = await startedOnWeb('Alex', 'Walking my dog every day');
    const busy = phone();
    await busy.text('hi');
    await busy.text('1');

    const reply = await busy.text(alex.code);
    const stillOwn = texts(await busy.text('show my plan'));

    expect(texts(reply)).to.match(/These texts have their own answers/);
    expect(stillOwn).to.not.include('Walking my dog');
  });

  it('gives only the newest code: asking again turns the older one off', async () => {
    const alex = await startedOnWeb('Alex', 'Walking my dog every day');
    const newer = codeIn(allText(await alex.client.say('continue on my phone')));

    expect(texts(await phone().text(alex.code))).to.match(/^Sorry, I cannot use that code/);
    expect(texts(await phone().text(newer))).to.match(/these texts now carry on/);
  });

  it("never ties an invitation's mobile that already has answers of its own to the invited record", async () => {
    const theirs = phone('+447700900321');
    await theirs.text('hi');
    await theirs.text('1');
    const { code } = await invite(running, { mobile: theirs.from, appointmentAt });
    const client = web();

    const linked = allText(await client.say(code));
    await client.say('1');
    await client.say('Robin');

    expect(linked).to.include('Dr Sam Patel asked me to help you get ready');
    expect(linked).to.not.include('phone ending');
    expect(texts(await theirs.text('show my plan'))).to.not.include('Robin');
  });

  it("ties the invitation's mobile to the invited record, and says which phone by its last digits", async () => {
    const { code } = await invite(running, { mobile: '+447700900654', appointmentAt });
    const client = web();

    const linked = allText(await client.say(code));
    await client.say('1');
    await client.say('Robin');
    const picked = await phone('+447700900654').text('hello');

    expect(linked).to.include('Our texts about your visit go to the phone ending 654.');
    expect(picked.messages[0]).to.match(/^Welcome back\. You were on part 2 of 6: what matters/);
    expect(texts(await phone('+447700900654').text('show my plan'))).to.include('Robin');
  });

  it("unties the invitation's mobile when the person says it is not their phone, and asks the same question again", async () => {
    const { code } = await invite(running, { mobile: '+447700900987', appointmentAt });
    const client = web();
    await client.say(code);
    await client.say('1');
    const asked = await client.say('Robin');
    const stranger = phone('+447700900987');

    const untied = await client.say('not my phone');
    const again = await client.say('not my phone');
    const texted = await stranger.text('hello');

    expect(allText(untied)).to.match(/^Done: texts from the phone ending 987 no longer reach your answers/);
    expect(lastQuestion(untied)).to.equal(lastQuestion(asked));
    expect(allText(again)).to.match(/^No other phone or chat was joined to your answers/);
    expect(texts(texted)).to.match(/^Hello, I'm Careprep/);
    expect(texts(await stranger.text('show my plan'))).to.not.include('Robin');
  });

  // Found playing a new user (branch explore21, test/explore/findings21.test.ts): asking to finish on
  // a laptop was noted as what is going well for them.
  for (const words of [
    'can I finish this on my laptop later?',
    'Can I do this on my computer instead',
    'can I carry on with this on my laptop later',
    // H99: the learned layer checked in on it as thoughts of suicide (0.888), reading "I want to finish this".
    'I want to finish this on my laptop',
  ]) {
    it(`gives a code for "${words}", says how to get one later, and notes nothing`, async () => {
      const client = web();
      const asked = await sayAll(client, ['hi', '1', 'Jean', 'diabetes', 'family']);
      const given = await client.say(words);

      expect(codeIn(allText(given))).to.match(/^[A-Z2-9]{3} [A-Z2-9]{3}$/);
      expect(allText(given)).to.match(/ask me again/);
      expect(allText(given)).to.not.match(/noted|ending your life/i);
      expect(lastQuestion(given)).to.equal(lastQuestion(asked));
      const record = await onlyRecord(running);
      expect(record.answers['whatMatters.goingWell'], allText(given)).to.equal(undefined);
    });
  }

  for (const channelId of ['webchat', 'msteams', 'sms'] as const) {
    it(`gives a code for "continue on my phone" on ${channelId}, and asks the same question again`, async () => {
      const client = web(channelId);
      await client.say('hi');
      const asked = await client.say('1');
      const given = await client.say('Continue on my phone');
      const joiner = web(channelId === 'webchat' ? 'msteams' : 'webchat');

      const joined = await joiner.say(codeIn(allText(given)));

      expect(allText(given)).to.match(/It works once, for 10 minutes/);
      if (channelId === 'sms') expect(allText(given)).to.not.include('**');
      expect(lastQuestion(given)).to.equal(lastQuestion(asked));
      expect(allText(joined)).to.match(/this chat now carries on/);
      expect(lastQuestion(joined)).to.equal(lastQuestion(asked));
    });
  }
});
