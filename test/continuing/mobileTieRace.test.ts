import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'chai';
import { smsConversationId } from '../../channels/sms/smsRoutes';
import { createSealer } from '../../storage/encryption';
import { unkeyedIdentityKeys } from '../../storage/identityKeys';
import { SqlIdentityStore } from '../../storage/identityStore';
import { SqlRecordStore } from '../../storage/recordStore';
import { allText, BotClient } from '../support/botClient';
import { inviteInTeams, teamsCoordinator } from '../support/invitations';
import { type RunningApp } from '../support/startApp';
import { SmsPhone } from '../channels/sms/smsPhone';
import { smsAndTeamsApp } from '../support/smsAndTeamsApp';

const authToken = 'tie-race-token';
const publicUrl = 'https://careprep.example.org';
const mobile = '+447700900123';
/** When the week-before reminder is due for the appointment `inviteInTeams` makes. */
const weekBefore = '2030-03-07T10:00:00Z';

/** A turn held after the bot has answered and before its commit, until let go (with an error, to fail it). */
interface HeldTurn {
  reached: Promise<void>;
  release(failure?: Error): void;
}

/** Holds the next turn of `conversationId` inside the app's own pipeline, between its work and its commit. */
function holdNextTurn(running: RunningApp, conversationId: string): HeldTurn {
  let reach!: () => void;
  let release!: (failure?: Error) => void;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const released = new Promise<Error | undefined>((resolve) => (release = resolve));
  let armed = true;
  // After the turn lock and the unit of work (the app's own middleware come first).
  running.app.adapter.use({
    onTurn: async (context, next) => {
      await next();
      if (!armed || context.activity.conversation?.id !== conversationId) return;
      armed = false;
      reach();
      const failure = await released;
      if (failure) throw failure;
    },
  });
  return { reached, release };
}

describe("A reminder's tie of the invitation mobile never crosses a turn", function () {
  this.timeout(60_000);
  const world = smsAndTeamsApp({ authToken, publicUrl, staffAad: teamsCoordinator.aad });

  const records = (): SqlRecordStore => new SqlRecordStore(world.running.app.db, createSealer(null));
  const identities = (): SqlIdentityStore => new SqlIdentityStore(world.running.app.db);
  const reminderTexts = (): string[] =>
    world.twilio.requests
      .filter((r) => r.form.To === mobile && /Your appointment is on/.test(r.form.Body))
      .map((r) => r.form.Body);

  it('stores nothing of a turn under way when a reminder ties the mobile, and nothing at all once that turn fails', async () => {
    const { code } = await inviteInTeams(world.running, world.connector.serviceUrl, mobile);
    const web = new BotClient(world.running.baseUrl, { channelId: 'webchat' });
    await web.say(code);
    await web.say('1');
    const recordId = await identities().recordFor('webchat', web.userId);
    const held = holdNextTurn(world.running, web.conversationId);

    const answering = web.say('Robin');
    await held.reached;
    world.now = new Date(weekBefore);
    await world.running.app.reminders.tick();
    const midTurn = JSON.stringify((await records().get(recordId ?? ''))?.value);
    held.release(new Error('the turn fails after the reminder went'));
    const failed = await answering;
    const afterwards = JSON.stringify((await records().get(recordId ?? ''))?.value);
    // Days have passed on the clock: back after a while, the person is asked the same question again.
    await web.say('hello');
    const again = await web.say('Robin');

    expect(midTurn, 'the turn has not committed').to.not.include('Robin');
    expect(allText(failed)).to.match(/sorry/i);
    expect(afterwards, 'a failed turn stores nothing').to.not.include('Robin');
    expect(reminderTexts()).to.have.length(1);
    expect(reminderTexts()[0]).to.match(/Reply to this text to carry on/);
    expect(allText(again)).to.not.match(/sorry/i);
    expect(JSON.stringify((await records().get(recordId ?? ''))?.value)).to.include('Robin');
  });

  it('ties the mobile only once a turn from that phone has finished, so a reply reaches the record the reminder says it will', async () => {
    const phone = new SmsPhone({ baseUrl: world.running.baseUrl, authToken, publicUrl, from: mobile });
    await phone.text('hi');
    await phone.text('1');
    const { code } = await inviteInTeams(world.running, world.connector.serviceUrl, mobile);
    const web = new BotClient(world.running.baseUrl, { channelId: 'webchat' });
    await web.say(code);
    const recordId = await identities().recordFor('webchat', web.userId);
    // The number's own answers go; a text from it then begins afresh, just as the reminder is due.
    await phone.text('delete my data');
    await phone.text('yes');
    world.now = new Date(weekBefore);
    const held = holdNextTurn(world.running, smsConversationId(unkeyedIdentityKeys, mobile));
    const texting = phone.text('hello');
    await held.reached;

    let ticked = false;
    const ticking = world.running.app.reminders.tick().then(() => (ticked = true));
    await sleep(300);
    const whileTexting = ticked;
    held.release();
    await Promise.all([texting, ticking]);

    expect(await identities().recordFor('sms', mobile), 'a reply from the number reaches the record').to.equal(
      recordId,
    );
    expect(reminderTexts()).to.have.length(1);
    expect(reminderTexts()[0]).to.match(/Reply to this text to carry on/);
    expect(whileTexting, 'the tie waits for the turn from that phone').to.equal(false);
  });
});
