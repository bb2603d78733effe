import type { PlanPage } from '../../content/planRenderer';
import type { Response } from 'restify';
import { z } from 'zod';
import type { PlanRenderer } from '../../content/planRenderer';
import type { Renderer } from '../../content/renderer';
import type { AuditTrail } from '../../plan/audit';
import type { LeadContactCopies } from '../../plan/planEvents';
import { compileDraftPlan } from '../../plan/draftPlan';
import type { RecordStore } from '../../storage/recordStore';
import type { OwnCopyLinkStore } from '../../storage/ownCopyLinks';
import type { RouteModule } from '../server';
import { frameAncestors, frameOptionsHeader } from './framing';

/** What the own-copy page needs. */
export interface OwnCopyDeps {
  links: OwnCopyLinkStore;
  records: RecordStore;
  plans: PlanRenderer;
  renderer: Renderer;
  audit: AuditTrail;
  /** What reached the lead contact: the page never says they have a plan still waiting to go. */
  copies: LeadContactCopies;
}

/** The path of an own-copy link; `CAREPREP_PUBLIC_URL` goes in front. */
export function ownCopyPath(token: string): string {
  return `/plan/${token}`;
}

/**
 * `GET /plan/:token`: the person's own copy of their plan, everything they said (not only what
 * they shared), as a printable A4 page with a large-print version at `?size=large`. Typed text is
 * escaped by the template. No scripts, no caching, no referrer and no indexing: the link is the key.
 */
export function ownCopyRoutes(deps: OwnCopyDeps): RouteModule {
  const words = (key: string): string => deps.renderer.text(key, {}, 'webchat');
  return (app) => {
    app.get('/plan/:token', async (req, res) => {
      const token = tokenParams.safeParse(req.params).data?.token ?? '';
      const link = await deps.links.resolve(token);
      if (!link.ok) {
        sendPage(
          res,
          link.reason === 'unknown' ? 404 : 410,
          simplePage(words('ownCopy.title'), words(`ownCopy.${link.reason}`)),
        );
        return;
      }
      const found = await deps.records.get(link.recordId);
      if (!found) {
        sendPage(res, 410, simplePage(words('ownCopy.title'), words('ownCopy.revoked')));
        return;
      }
      await deps.audit.append({ actor: `link:${link.linkId}`, action: 'view', subject: link.recordId });
      const large = sizeQuery.safeParse(req.query ?? {}).data?.size === 'large';
      const plan = compileDraftPlan(found.value, deps.plans.labels, 'own', {
        heldVersion: await deps.copies.heldVersion(found.value),
      });
      const page: PlanPage = {
        title: words('ownCopy.title'),
        large,
        toggle: {
          href: `${ownCopyPath(token)}${large ? '' : '?size=large'}`,
          label: words(large ? 'ownCopy.standardPrint' : 'ownCopy.largePrint'),
        },
        printHint: words('ownCopy.printHint'),
      };
      sendPage(res, 200, deps.plans.html(plan, page));
    });
  };
}

const tokenParams = z.object({ token: z.string() });
const sizeQuery = z.object({ size: z.string().optional() });

function sendPage(res: Response, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Robots-Tag': 'noindex, nofollow',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; ${frameAncestors}`,
    ...frameOptionsHeader,
  });
  res.end(html);
}

function simplePage(title: string, message: string): string {
  const esc = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title></head><body style="font-family: Arial, sans-serif; font-size: 1.25rem; max-width: 40rem; margin: 2rem auto; padding: 0 1rem"><h1>${esc(title)}</h1><p>${esc(message)}</p></body></html>`;
}
