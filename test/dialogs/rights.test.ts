import { expect } from 'chai';
import type { PreparationRecord } from '../../plan/record';
import { SqlAuditLog } from '../../storage/auditLog';
import { allText, lastQuestion, offered, sayAll, type ChatClient } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { personPersona, runPersona } from '../support/personas';
import { chatClient, freshAppPerTest, startApp, type RunningApp } from '../support/startApp';

describe("The person's rights: show my data, delete my data", () => {
  let running: RunningApp;
  let client: ChatClient;
  let withdrawn: PreparationRecord[];

  const count = async (sql: string): Promise<number> => Number((await running.app.db.get(sql))?.n ?? 0);

  beforeEach(async () => {
    withdrawn = [];
    running = await startApp({
      overrides: {
        planListeners: [
          { shared: () => Promise.resolve(), withdrawn: (record) => Promise.resolve(void withdrawn.push(record)) },
        ],
      },
    });
    client = chatClient(running, { channelId: 'webchat' });
    const code = await invitationCode(running);
    await runPersona(async (text) => (await client.say(text)).replies, personPersona, code);
  });
  afterEach(() => running.stop());

  it('"show my data" shows the answers, the consents, the ways in and the history', async () => {
    const text = (await client.say('show my data')).replies.map((r) => r.text ?? '').join('\n');

    expect(text).to.include('Here is everything I hold about you.');
    expect(text).to.include('Walk to the park');
    expect(text).to.match(/you said yes to sharing version 1 with Dr Sam Patel\./);
    expect(text).to.include('Ways in that lead to your plan: 1. Own copy links that still work: 1.');
    expect(text).to.match(/shared \(person\)/);
  });

  it('"delete my data" asks first and does nothing on no', async () => {
    const asked = await client.say('delete my data');
    expect(asked.questions.at(-1)).to.deep.include({ linkId: 'control.delete', type: 'choice' });

    await client.say('no');

    expect(await count('SELECT COUNT(*) AS n FROM records')).to.equal(1);
    expect(withdrawn).to.deep.equal([]);
  });

  it('"delete my data" then yes erases the record, identities, links and conversation state', async () => {
    await client.say('delete my data');
    const done = await client.say('yes');

    expect(done.replies.map((r) => r.text).join(' ')).to.include('I have deleted your data');
    expect(await count('SELECT COUNT(*) AS n FROM records')).to.equal(0);
    expect(await count('SELECT COUNT(*) AS n FROM identities')).to.equal(0);
    expect(await count('SELECT COUNT(*) AS n FROM own_copy_links')).to.equal(0);
    const state = await running.app.db.get("SELECT body FROM documents WHERE key LIKE '%conversations%'");
    expect(String(state?.body ?? ''))
      .to.not.include('dialogState')
      .and.not.include('lastSeenAt');
  });

  it('tells the plan listeners that a shared plan was withdrawn, and the person whom it told', async () => {
    await client.say('delete my data');
    const done = allText(await client.say('yes'));

    expect(withdrawn).to.have.length(1);
    expect(withdrawn[0].status).to.equal('withdrawn');
    const lead = withdrawn[0].leadContact?.name;
    expect(lead, 'the plan was shared with a named lead contact').to.be.a('string');
    // Nobody here can reach the lead contact's Teams, so the plan never reached them.
    expect(done).to.include(`I have deleted your data. Your plan had not reached ${lead ?? ''} yet`);
  });

  it('leaves a delete entry in the audit log, and the log keeps the earlier entries', async () => {
    await client.say('delete my data');
    await client.say('yes');
    const entries = await new SqlAuditLog(running.app.db).all();

    expect(entries.map((e) => e.action)).to.include.members(['share', 'linkIssued', 'delete']);
    expect(entries.at(-1)).to.deep.include({ actor: 'person', action: 'delete' });
  });

  it('starts afresh on the next message', async () => {
    await client.say('delete my data');
    await client.say('yes');
    const next = await client.say('hi');

    expect(next.questions.at(-1)?.linkId).to.equal('respondent.type');
    expect(await count('SELECT COUNT(*) AS n FROM records')).to.equal(1);
  });
});

for (const channelId of ['webchat', 'msteams', 'sms'] as const) {
  describe(`Confirming "delete my data" on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const yes = channelId === 'sms' ? '1' : 'Yes';
    const no = channelId === 'sms' ? '2' : 'No';

    it('asks with Yes and No to pick, as "start again" does', async () => {
      const asked = await sayAll(fresh.client, ['hi', 'me', 'Jean', 'delete my data']);

      expect(lastQuestion(asked)).to.equal('control.delete');
      expect(offered(asked, channelId)).to.deep.equal(channelId === 'sms' ? ['1 Yes', '2 No'] : ['Yes', 'No']);
    });

    it('keeps everything on the No picked and deletes on the Yes picked', async () => {
      await sayAll(fresh.client, ['hi', 'me', 'Jean', 'delete my data']);
      const kept = await fresh.client.say(no);
      expect(allText(kept)).to.include('I have not deleted anything');
      expect(lastQuestion(kept)).to.equal('conditions');

      await fresh.client.say('delete my data');
      const deleted = await fresh.client.say(yes);
      expect(allText(deleted)).to.include('I have deleted your data');
      expect(Number((await fresh.running.app.db.get('SELECT COUNT(*) AS n FROM records'))?.n)).to.equal(0);
    });
  });
}
