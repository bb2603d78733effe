import { expect } from 'chai';
import { DirectLine } from '../support/directLineClient';
import { answerBeforeBody } from '../support/headersOnly';
import { chatAtFirstQuestion, paste } from '../support/longPaste';
import { startApp, type RunningApp } from '../support/startApp';

const appId = '00000000-aaaa-bbbb-cccc-000000000029';
/** A token of a JWT's form (three base64url parts) and no signature: refused before its body since hardening 30. */
const jwtShaped = 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJl';

/**
 * Hardening 29b (H18, H374, H375): `/api/messages` and the Direct Line's message post read up to
 * 1 MB before their token was checked, so a stranger with no token made the service read it (and
 * hold one of the large bodies read at once). The token's form, and the Direct Line's token itself,
 * are now checked from the headers, and a request without one is answered before its body is read.
 */
describe('Abuse (hardening 29b): tokens checked before a body is read', function () {
  this.timeout(60_000);

  describe('/api/messages with Bot Framework auth on', () => {
    let running: RunningApp;
    beforeEach(async () => {
      running = await startApp({ env: { MicrosoftAppId: appId, MicrosoftAppPassword: 'not-used-on-inbound' } });
    });
    afterEach(() => running.stop());

    const refused: ReadonlyArray<[string, Record<string, string>]> = [
      ['no Authorization header', {}],
      ['a Basic credential', { authorization: 'Basic dXNlcjpwYXNz' }],
      ['a Bearer that is not a token', { authorization: 'Bearer hello' }],
      ['an empty Bearer', { authorization: 'Bearer ' }],
      ['a token with a fourth part', { authorization: `${jwtShaped}.x` }],
    ];
    for (const [what, headers] of refused)
      it(`answers ${what} 401 before the body is sent`, async () => {
        expect(await answerBeforeBody(running.baseUrl, '/api/messages', headers)).to.equal(401);
      });

    it('answers a token of the right form that is not signed 401 before the body is sent (H375, hardening 30)', async () => {
      expect(await answerBeforeBody(running.baseUrl, '/api/messages', { authorization: jwtShaped })).to.equal(401);
      const response = await fetch(`${running.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: jwtShaped },
        body: JSON.stringify({
          type: 'message',
          text: 'hello',
          channelId: 'webchat',
          serviceUrl: 'http://127.0.0.1:1/connector',
          conversation: { id: 'c29b' },
          from: { id: 'u29b' },
        }),
      });
      expect(response.status).to.equal(401);
    });
  });

  describe('the Direct Line message post', () => {
    const chat = chatAtFirstQuestion();

    const path = (): string => `/v3/directline/conversations/${chat.line.conversationId}/activities`;

    it('answers a post with no token 401 before the body is sent', async () => {
      expect(await answerBeforeBody(chat.running.baseUrl, path(), {})).to.equal(401);
    });

    it('answers a forged token, or one for another conversation, 403 before the body is sent', async () => {
      const other = await DirectLine.start(chat.running.baseUrl);
      expect(await answerBeforeBody(chat.running.baseUrl, path(), { authorization: 'Bearer forged.token' })).to.equal(
        403,
      );
      expect(await answerBeforeBody(chat.running.baseUrl, path(), { authorization: `Bearer ${other.token}` })).to.equal(
        403,
      );
    });

    it('still reads a long paste with its own token', async () => {
      expect((await chat.line.say(paste(100_000))).status).to.equal(200);
    });
  });
});
