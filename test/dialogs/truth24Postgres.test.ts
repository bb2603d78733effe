/**
 * The yes to sharing on PostgreSQL, where a turn's writes may go as one batch: the consent, its
 * audit entry and the queued delivery are stored together or not at all there too (H200, H204).
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { lead, onEachHeld, planQueued } from '../support/heldDelivery';
import { invitationCode, invitingCoordinator } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { lastQuestionLinkId, personPersona, runPersona, type PersonaReply } from '../support/personas';
import { chatClient } from '../support/startApp';
import { requirePostgres, tempPostgres } from '../support/tempPostgres';

describe('The database failing as the person says yes to sharing, on PostgreSQL', function () {
  this.timeout(60_000);

  it('keeps no consent it cannot queue the plan for, and shares once on the yes sent again', async function () {
    await requirePostgres(this);
    const database = await tempPostgres({ migrated: true });
    try {
      await onEachHeld(
        ['webchat'],
        async (opened, channelId) => {
          const { db } = opened.running.app;
          const client = chatClient(opened.running, { channelId });
          const answers: Record<string, string> = { ...personPersona.answers } as Record<string, string>;
          delete answers['share.consent'];
          let last: readonly PersonaReply[] = [];
          await runPersona(
            async (text) => (last = (await client.say(text)).replies),
            { ...personPersona, answers },
            await invitationCode(opened.running, lead),
          ).catch(() => undefined);
          expect(lastQuestionLinkId(last), 'asked to share').to.equal('share.consent');
          await db.write(
            "CREATE FUNCTION t24_refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql",
          );
          await db.write(
            'CREATE TRIGGER t24_refuse BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION t24_refuse()',
          );

          const atYes = allText(await client.say('yes'));
          expect(atYes).to.match(/may not have saved/);
          expect((await onlyRecord(opened.running)).shared, 'no shared version').to.equal(undefined);
          const shares = async (): Promise<number> =>
            Number((await db.get("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'share'"))?.n ?? 0);
          expect(await shares(), 'no share logged').to.equal(0);

          await db.write('DROP TRIGGER t24_refuse ON outbox');
          expect(allText(await client.say('yes'))).to.include(`I will send your plan to ${lead}`);
          await opened.running.app.deliveries.idle();
          const cards = opened.connector.delivered(invitingCoordinator.conversation).filter((sent) => sent.attachments);
          expect(cards, `the plan reached ${lead} once`).to.have.length(1);
          expect(await shares(), 'one share logged').to.equal(1);
          expect(await planQueued(opened.running)).to.equal(0);
        },
        { env: { CAREPREP_DATABASE_URL: database.url } },
      );
    } finally {
      await database.drop();
    }
  });
});
