/**
 * Which failed Teams sends certainly delivered nothing (`NotSent`: every attempt was refused as
 * Teams throttles, 429, or by a precondition, 412, or never reached the connector), so a reminder
 * may be tried again later; and which may have delivered it (a 5xx or a connection cut once the
 * request was out, at any attempt), so it never is.
 */
import { expect } from 'chai';
import { silentLogger } from '../../../bot/logger';
import { defaultSendPolicy, PacedTeamsSender, type SendPolicy } from '../../../channels/teams/pacedTeamsSender';
import { NotSent } from '../../../coordination/outbound';
import type { CoordinatorReference } from '../../../coordination/coordinatorStore';
import { isAppError } from '../../../plan/appError';
import { startFakeTeamsConnector, type ScriptedAnswer } from './fakeTeamsConnector';
import { closedPort } from '../../support/closedPort';

const noToken = (): Promise<undefined> => Promise.resolve(undefined);
const fast: SendPolicy = { ...defaultSendPolicy, maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 40 };
const message = { type: 'message' as const, text: "Sam's test results are in Careprep" };

const referenceAt = (serviceUrl: string): CoordinatorReference => ({
  serviceUrl,
  conversationId: 'a:coordinator-1',
  botId: 'bot',
  userId: '29:1',
});

/** What one send throws when the connector answers each attempt from `answers`. */
async function failureOf(answers: readonly ScriptedAnswer[]): Promise<unknown> {
  const connector = await startFakeTeamsConnector();
  connector.script(answers);
  try {
    return await new PacedTeamsSender(noToken, silentLogger, fast)
      .send(referenceAt(connector.serviceUrl), message)
      .then(
        () => undefined,
        (error: unknown) => error,
      );
  } finally {
    await connector.close();
  }
}

const thrice = (answer: ScriptedAnswer): ScriptedAnswer[] => [answer, answer, answer];

describe('Teams sends that certainly did not go', () => {
  it('a send Teams throttled (429) or refused by precondition (412) at every attempt is a message not sent', async () => {
    expect(await failureOf(thrice({ status: 429 }))).to.be.instanceOf(NotSent);
    expect(await failureOf(thrice({ status: 412 }))).to.be.instanceOf(NotSent);
    expect(await failureOf([{ status: 429 }, { status: 412 }, { status: 429 }])).to.be.instanceOf(NotSent);
  });

  it('a connector that cannot be connected to has been sent nothing', async () => {
    const port = await closedPort();
    const error = await new PacedTeamsSender(noToken, silentLogger, fast)
      .send(referenceAt(`http://127.0.0.1:${port}`), message)
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(NotSent);
  });

  it('a 5xx may have delivered it, so it is no message not sent', async () => {
    for (const status of [500, 502, 503, 504]) {
      const error = await failureOf(thrice({ status }));
      expect(isAppError(error, 'upstream_failed'), String(error)).to.equal(true);
      expect(error, String(status)).not.to.be.instanceOf(NotSent);
    }
  });

  it('a connection cut once the request was out may have delivered it', async () => {
    const error = await failureOf(thrice({ status: 0, hangUp: true }));
    expect(isAppError(error, 'upstream_failed'), String(error)).to.equal(true);
    expect(error).not.to.be.instanceOf(NotSent);
  });

  it('one attempt that may have delivered it is enough, whatever the later ones were told', async () => {
    const error = await failureOf([{ status: 504 }, { status: 429 }, { status: 429 }]);
    expect(isAppError(error, 'upstream_failed'), String(error)).to.equal(true);
    expect(error).not.to.be.instanceOf(NotSent);
  });

  it('a refusal that will not change (403) is no message not sent either: trying again would not help', async () => {
    const error = await failureOf([{ status: 403 }]);
    expect(isAppError(error, 'upstream_failed'), String(error)).to.equal(true);
    expect(error).not.to.be.instanceOf(NotSent);
  });
});
