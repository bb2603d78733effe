import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Handlebars from 'handlebars';
import type { Next, Request, Response } from 'restify';
import { z } from 'zod';
import { contentDir } from '../../content/catalogue';
import { invitationCodeIn } from '../../coordination/invitations';
import type { RouteModule } from '../../bot/server';
import { frameAncestors, frameOptionsHeader } from '../../bot/routes/framing';
import { endWithin, type ResponseTimes } from '../../bot/responseDeadline';
import { chosenCoding, encodings, notModified, type Encodings } from './bundleEncodings';

/**
 * Web Chat's UMD bundle (global `WebChat`, React included). The package's exports map hides
 * `dist/`, so the path is found from the package's main entry instead.
 */
export function webChatBundlePath(): string {
  return join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

/**
 * Nothing may be fetched from outside the machine: scripts, styles, fonts, images and API calls
 * are all limited to this origin. Styles need 'unsafe-inline' because Web Chat and Adaptive
 * Cards set style attributes; scripts do not, apart from the page's own nonce-tagged starter.
 */
function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    frameAncestors,
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

function sendBody(
  res: Response,
  times: ResponseTimes,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(200, {
    'content-type': type,
    'content-length': String(Buffer.byteLength(body)),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...headers,
  });
  endWithin(res, body, times);
}

const codeQuery = z.object({ code: z.string().max(40).optional() });

/**
 * `GET /`: the self-hosted web chat page; `GET /webchat.js`: Web Chat from the
 * `botframework-webchat` package, in Brotli or gzip where the browser takes it (H379); `GET /careprep.css`: the page's styles. The page talks to the
 * built-in Direct Line when it is on (`directLine`), and says the chat is unavailable when not.
 */
export function webChatRoutes(options: { directLine: boolean; times: ResponseTimes }): RouteModule {
  const { times } = options;
  const dir = join(contentDir(), 'web');
  const page = Handlebars.compile<{ nonce: string; directLine: string; code: string }>(
    readFileSync(join(dir, 'index.html.hbs'), 'utf8'),
  );
  const css = readFileSync(join(dir, 'page.css'));
  let bundle: Promise<Encodings> | undefined;

  return (app) => {
    app.get('/', (req: Request, res: Response, next: Next) => {
      const nonce = randomBytes(16).toString('base64');
      // An invitation link's code (`/?code=…`), passed to the page only if it looks like one.
      const code = invitationCodeIn(codeQuery.safeParse(req.query ?? {}).data?.code ?? '') ?? '';
      sendBody(
        res,
        times,
        'text/html; charset=utf-8',
        page({ nonce, directLine: options.directLine ? 'on' : 'off', code }),
        {
          'content-security-policy': contentSecurityPolicy(nonce),
          'cache-control': 'no-store',
          ...frameOptionsHeader,
        },
      );
      next();
    });
    app.get('/careprep.css', (_req: Request, res: Response, next: Next) => {
      sendBody(res, times, 'text/css; charset=utf-8', css, { 'cache-control': 'public, max-age=3600' });
      next();
    });
    app.get('/webchat.js', async (req: Request, res: Response) => {
      // Coded once, on the first request: 4 MB that tests of other routes never need.
      bundle ??= encodings(readFileSync(webChatBundlePath())).catch((error: unknown) => {
        bundle = undefined;
        throw error;
      });
      const chosen = (await bundle)[chosenCoding(req.header('accept-encoding'))];
      const headers = { 'cache-control': 'public, max-age=86400', vary: 'Accept-Encoding', etag: chosen.etag };
      if (notModified(req.header('if-none-match'), chosen.etag)) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      const coded: Record<string, string> = chosen.coding === 'identity' ? {} : { 'content-encoding': chosen.coding };
      sendBody(res, times, 'application/javascript; charset=utf-8', chosen.body, { ...headers, ...coded });
    });
  };
}
