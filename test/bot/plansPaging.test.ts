import { expect } from 'chai';
import { newRecord, type RecordStatus } from '../../plan/record';
import { createSealer } from '../../storage/encryption';
import { SqlRecordStore } from '../../storage/recordStore';
import { startApp, type RunningApp } from '../support/startApp';

const key = 'paging-key-0123456789';

interface Listed {
  id: string;
  status: RecordStatus;
  updatedAt: string;
}

/** The target of a `Link: <…>; rel="next"` header, or undefined on the last page. */
function nextLink(res: Response): string | undefined {
  return /^<([^>]+)>; rel="next"$/.exec(res.headers.get('link') ?? '')?.[1];
}

describe('The plans API, a page at a time', () => {
  let running: RunningApp;
  const get = (path: string): Promise<Response> =>
    fetch(`${running.baseUrl}${path}`, { headers: { authorization: `Bearer ${key}` } });

  /** Every page from `path` on, following Link headers; the pages' sizes and every plan listed. */
  async function walk(path: string): Promise<{ sizes: number[]; plans: Listed[] }> {
    const sizes: number[] = [];
    const plans: Listed[] = [];
    for (let next: string | undefined = path; next;) {
      const res = await get(next);
      expect(res.status, await res.clone().text()).to.equal(200);
      const page = (await res.json()) as Listed[];
      sizes.push(page.length);
      plans.push(...page);
      next = nextLink(res);
      expect(sizes.length).to.be.below(100);
    }
    return { sizes, plans };
  }

  before(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: key } });
    const records = new SqlRecordStore(running.app.db, createSealer(null));
    const base = Date.now() - 60_000;
    // 57 plans: four share one updatedAt (the id must break the tie), and every third is shared.
    for (let i = 0; i < 57; i++) {
      const at = new Date(base + (i < 4 ? 0 : i) * 100);
      const record = newRecord(`paged-${String(i).padStart(2, '0')}`, at);
      if (i % 3 === 0) record.status = 'shared';
      await records.put(record, null);
    }
  });
  after(() => running.stop());

  it('sends 50 plans by default, newest first, with a Link to the next page', async () => {
    const res = await get('/api/plans');
    const page = (await res.json()) as Listed[];

    expect(page).to.have.length(50);
    expect(page.map((plan) => plan.updatedAt)).to.deep.equal([...page.map((plan) => plan.updatedAt)].sort().reverse());
    expect(nextLink(res)).to.match(/^\/api\/plans\?limit=50&cursor=[A-Za-z0-9_-]+$/);
  });

  it('pages through every plan exactly once with limit and cursor, with no Link on the last page', async () => {
    const { sizes, plans } = await walk('/api/plans?limit=7');
    const ids = plans.map((plan) => plan.id);

    expect(sizes).to.deep.equal([7, 7, 7, 7, 7, 7, 7, 7, 1]);
    expect(new Set(ids).size).to.equal(57);
    expect(ids.slice(-4)).to.deep.equal(['paged-03', 'paged-02', 'paged-01', 'paged-00']);
  });

  it('keeps the status filter across pages', async () => {
    const { sizes, plans } = await walk('/api/plans?status=shared&limit=8');

    expect(sizes).to.deep.equal([8, 8, 3]);
    expect(plans.every((plan) => plan.status === 'shared')).to.equal(true);
  });

  it('accepts a limit of 100 and no more', async () => {
    expect((await get('/api/plans?limit=100')).status).to.equal(200);
    await expectBad('/api/plans?limit=101', 'limit');
  });

  const expectBad = async (path: string, field: string): Promise<void> => {
    const res = await get(path);
    const body = (await res.json()) as { field?: string; message?: string };

    expect(res.status, path).to.equal(400);
    expect(body.field, path).to.equal(field);
    expect(body.message, path).to.match(new RegExp(`^${field} `));
  };

  it('answers 400 naming limit for a limit that is not a whole number from 1 to 100', async () => {
    for (const limit of ['0', '-1', 'abc', '1.5', '1e2', '', '9999'])
      await expectBad(`/api/plans?limit=${limit}`, 'limit');
    await expectBad('/api/plans?limit=5&limit=6', 'limit');
  });

  it('answers 400 naming cursor for a cursor it never gave, or one given for another status', async () => {
    const shared = nextLink(await get('/api/plans?status=shared&limit=2'))!;
    const cursor = new URL(shared, 'http://x').searchParams.get('cursor')!;

    await expectBad(`/api/plans?cursor=${cursor}`, 'cursor');
    await expectBad(`/api/plans?status=complete&cursor=${cursor}`, 'cursor');
    await expectBad('/api/plans?cursor=not-a-cursor', 'cursor');
    await expectBad(`/api/plans?cursor=${Buffer.from('{"v":1}').toString('base64url')}`, 'cursor');
    await expectBad(`/api/plans?cursor=${'A'.repeat(2000)}`, 'cursor');
  });

  it('answers 400 naming status for an unknown status', async () => {
    await expectBad('/api/plans?status=everything', 'status');
  });
});
