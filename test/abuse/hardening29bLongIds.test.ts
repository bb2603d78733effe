import { expect } from 'chai';
import { startApp, type RunningApp } from '../support/startApp';

const apiKey = 'hardening29b-api-key-0123456789abcdef';

/**
 * Hardening 29b (H18): `/api/plans/:id/fhir` with an id over 100 characters was not matched to its
 * route at all, so it answered restify's own `ResourceNotFound` where every other unknown id gets
 * the service's `NotFound` (and a caller without a key got 404, not 401). Ids of any length the
 * request line carries are now answered as the service answers them.
 */
describe('Abuse (hardening 29b): long ids at the plans API', function () {
  this.timeout(60_000);
  let running: RunningApp;
  before(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  after(() => running.stop());

  const get = (id: string, authorization?: string) =>
    fetch(`${running.baseUrl}/api/plans/${id}/fhir`, { headers: authorization ? { authorization } : {} });

  for (const length of [36, 100, 101, 3_000, 12_000])
    it(`answers an unknown id of ${length} characters with the service's NotFound`, async () => {
      const response = await get('a'.repeat(length), `Bearer ${apiKey}`);
      expect(response.status).to.equal(404);
      expect(await response.json()).to.deep.equal({ error: 'NotFound', message: 'Not found.' });
    });

  it('asks for the key first for an id of 3,000 characters too (401)', async () => {
    const response = await get('b'.repeat(3_000));
    expect(response.status).to.equal(401);
  });

  it('answers a path no route has with the same NotFound', async () => {
    const response = await fetch(`${running.baseUrl}/api/nothing-here/${'c'.repeat(3_000)}`);
    expect(response.status).to.equal(404);
    expect((await response.json()).error).to.equal('NotFound');
  });
});
