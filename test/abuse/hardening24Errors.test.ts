import { expect } from 'chai';
import type { Server } from 'restify';
import { createLogger } from '../../bot/logger';
import { createServer } from '../../bot/server';
import { BotClient } from '../support/botClient';
import { DirectLine } from '../support/directLineClient';
import { withApp } from '../support/startApp';

/** What a stranger must never read in an answer: a stack frame, a source path, SQL or an error's own name. */
function expectNothingInternal(body: string): void {
  expect(body).to.not.match(/\bat .+:\d+/);
  expect(body).to.not.match(/\/(work|home|tmp|node_modules|data)\//);
  expect(body).to.not.match(/SQLITE|select |RangeError|TypeError|stack/i);
}

/** JSON arrays nested `depth` deep: a few kilobytes of text, far deeper than any activity or FHIR resource. */
const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

describe('Abuse (hardening 24): error answers tell a stranger nothing', function () {
  this.timeout(30_000);

  it('answers a Web Chat post nested thousands deep with 400, not a 500, and the conversation carries on', async () => {
    await withApp(async (running, lines) => {
      const dl = await DirectLine.start(running.baseUrl);
      await dl.poll();
      const posts: Array<[string, Record<string, string>, string]> = [
        [
          `${dl.base}/conversations/${dl.conversationId}/activities`,
          dl.headers(),
          `{"type":"message","text":"hi","value":${nested(20_000)}}`,
        ],
        [
          `${dl.base}/conversations/${dl.conversationId}/activities`,
          dl.headers(),
          `{"type":"message","channelData":{"a":${nested(20_000)}}}`,
        ],
        [
          `${running.baseUrl}/api/messages`,
          { 'content-type': 'application/json' },
          JSON.stringify(new BotClient(running.baseUrl).activity()).replace(/}$/, `,"value":${nested(200_000)}}`),
        ],
      ];
      for (const [url, headers, body] of posts) {
        const response = await fetch(url, { method: 'POST', headers, body });
        const text = await response.text();
        expect(response.status, url).to.equal(400);
        expect(JSON.parse(text), url).to.have.keys('error', 'message');
        expectNothingInternal(text);
      }
      expect(lines.filter((line) => line.includes('"level":"error"'))).to.deep.equal([]);
      expect((await dl.say('hello')).status).to.equal(200);
      await dl.poll();
      expect(dl.lastQuestion()).to.equal('respondent.type');
    });
  });

  it('still takes a card submit nested as deep as a real one', async () => {
    await withApp(async (running) => {
      const dl = await DirectLine.start(running.baseUrl);
      await dl.poll();
      const value = { a: { b: { c: { d: { e: { f: { g: { h: [[['x']]] } } } } } } } };
      expect((await dl.post({ type: 'message', text: 'hello', value })).status).to.equal(200);
    });
  });

  describe('an error a route did not expect', () => {
    /** A real server with routes that fail the ways a store or a bug fails, and what it logged. */
    async function failingServer(body: (baseUrl: string, lines: string[]) => Promise<void>): Promise<void> {
      const lines: string[] = [];
      const leaky = "SQLITE_CONSTRAINT: select * from records where name = 'Jane Doe' (/work/data/careprep.sqlite)";
      const routes = [
        (app: Server): void => {
          app.get('/passes-on', (_req, _res, next) => next(new Error(leaky)));
          app.get('/throws', async () => {
            await Promise.resolve();
            throw new TypeError(leaky);
          });
          app.get('/throws-string', async () => {
            await Promise.resolve();
            // eslint-disable-next-line @typescript-eslint/only-throw-error -- a dependency may throw anything
            throw leaky;
          });
        },
      ];
      const app = createServer({ logger: createLogger('debug', (line) => lines.push(line)), routes });
      await new Promise<void>((resolve) => {
        app.listen(0, '127.0.0.1', () => resolve());
      });
      try {
        await body(`http://127.0.0.1:${app.address().port}`, lines);
      } finally {
        await new Promise<void>((resolve) => {
          app.close(() => resolve());
        });
      }
    }

    it("answers with the service's own JSON 500, never the error's words, and logs no more than the route", async () => {
      await failingServer(async (baseUrl, lines) => {
        for (const path of ['/passes-on', '/throws', '/throws-string']) {
          const response = await fetch(`${baseUrl}${path}`);
          const text = await response.text();
          expect(response.status, path).to.equal(500);
          expect(JSON.parse(text), path).to.deep.equal({
            error: 'Internal',
            message: 'Something went wrong on our side.',
          });
          expectNothingInternal(text);
          expect(text).to.not.contain('Jane');
        }
        expect(lines).to.have.length(3);
        for (const line of lines) expect(line).to.not.match(/Jane|SQLITE|select/);
      });
    });
  });
});
