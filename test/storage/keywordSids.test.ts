import { expect } from 'chai';
import { keywordSidsPerNumber, SqlKeywordSids } from '../../storage/keywordSids';
import { engines, type OpenedDatabase } from '../support/engines';

for (const engine of engines)
  describe(`SMS keywords acted on are remembered past the week, within a bound (${engine.name})`, () => {
    let opened: OpenedDatabase;
    let now = Date.parse('2026-01-01T00:00:00Z');
    let sids: SqlKeywordSids;

    engine.require();
    beforeEach(async () => {
      opened = await engine.open();
      sids = new SqlKeywordSids(opened.db, () => new Date(now));
    });
    afterEach(() => opened.close());

    it('knows a keyword acted on years later, and remembering it twice adds nothing', async () => {
      await sids.remember('+447700900001', 'SMold');
      await sids.remember('+447700900001', 'SMold');
      now += 3 * 365 * 86_400_000;
      expect(await sids.seen('SMold')).to.equal(true);
      expect(await sids.seen('SMnew')).to.equal(false);
      expect(Number((await opened.db.get('SELECT COUNT(*) AS n FROM sms_keyword_sids'))?.n)).to.equal(1);
    });

    it("keeps each number's newest, never more, and never another number's", async () => {
      await sids.remember('+447700900002', 'SMother');
      for (let i = 0; i < keywordSidsPerNumber + 5; i++) {
        now += 1000;
        await sids.remember('+447700900001', `SM${i}`);
      }
      const n = Number((await opened.db.get('SELECT COUNT(*) AS n FROM sms_keyword_sids'))?.n);
      expect(n).to.equal(keywordSidsPerNumber + 1);
      expect(await sids.seen('SM0')).to.equal(false);
      expect(await sids.seen(`SM${keywordSidsPerNumber + 4}`)).to.equal(true);
      expect(await sids.seen('SMother')).to.equal(true);
    });
  });
