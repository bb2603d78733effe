import type { Request, Response } from 'restify';
import { z } from 'zod';
import type { IntakeOutcome, ResultIntake } from '../../coordination/resultIntake';
import type { AuditTrail } from '../../plan/audit';
import type { InvitationStore } from '../../coordination/invitationStore';
import type { RecordStore } from '../../storage/recordStore';
import type { Logger } from '../../plan/logger';
import type { RouteModule } from '../server';
import { invitationStatus } from '../../channels/teams/myPatients';
import { bearerKeyCheck } from './apiKeys';

/** What the invitations API needs. */
export interface InvitationsApiDeps {
  invitations: InvitationStore;
  records: RecordStore;
  intake: ResultIntake;
  audit: AuditTrail;
  apiKeys: readonly string[];
  logger: Logger;
  /** Told when new results were kept for an invitation ("your results are ready"). */
  onResults?: (invitationId: string) => Promise<void>;
}

const maxPage = 100;
const defaultPage = 50;
const listQuery = z.object({
  limit: z
    .string()
    .regex(/^[0-9]{1,3}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(maxPage))
    .optional(),
  after: z.string().max(100).optional(),
});
const idParams = z.object({ id: z.string().max(100) });

/**
 * The invitations side of the system API, with the same bearer keys as `/api/plans`:
 *
 * - `GET /api/invitations` lists invitations (`id`, `code`, `appointmentAt`, `status`, `createdAt`),
 *   oldest first, a page at a time (`limit` 1–100, `after` = the last id of the page before; the
 *   next page is named in a `Link` header). No names, mobiles or answers.
 * - `POST /api/invitations/:id/observations` takes FHIR R4 Observations (one, or a transaction
 *   Bundle of them, with the Patient they name if sent) for the invited person: 201 with what was kept, 200 when every one was
 *   already held, 400 naming the bad element, 404 for an unknown invitation, 410 once the person's
 *   record was erased. Nothing is kept from a request with a bad result in it.
 */
export function invitationsApiRoutes(deps: InvitationsApiDeps): RouteModule {
  const authorised = bearerKeyCheck(deps.apiKeys);
  const bad = (res: Response, field: string, message: string): void =>
    void res.send(400, { error: 'BadRequest', field, message });

  return (app) => {
    app.get('/api/invitations', async (req, res) => {
      const keyId = authorised(req, res);
      if (!keyId) return;
      const query = listQuery.safeParse(req.query ?? {});
      if (!query.success)
        return bad(
          res,
          String(query.error.issues[0]?.path[0] ?? 'query'),
          'limit must be 1 to 100; after must be an id from this list.',
        );
      const limit = query.data.limit ?? defaultPage;
      const page = await deps.invitations.page({ after: query.data.after, limit: limit + 1 });
      const more = page.length > limit;
      if (more) page.length = limit;
      const items = [];
      for (const invitation of page) {
        const record = invitation.recordId ? ((await deps.records.get(invitation.recordId))?.value ?? null) : null;
        items.push({
          id: invitation.id,
          code: invitation.code,
          appointmentAt: invitation.appointmentAt ?? null,
          status: invitationStatus(invitation, record),
          createdAt: invitation.createdAt,
        });
      }
      await deps.audit.append({
        actor: `apiKey:${keyId}`,
        action: 'list',
        subject: 'invitations',
        detail: { count: items.length },
      });
      res.header('Cache-Control', 'no-store');
      if (more)
        res.header(
          'Link',
          `</api/invitations?${new URLSearchParams({ limit: String(limit), after: page[page.length - 1].id }).toString()}>; rel="next"`,
        );
      res.send(200, items);
    });

    app.post('/api/invitations/:id/observations', async (req: Request, res: Response) => {
      const keyId = authorised(req, res);
      if (!keyId) return;
      const id = idParams.safeParse(req.params).data?.id ?? '';
      const outcome = await deps.intake.receive(id, req.body, 'clinicalSystem');
      res.header('Cache-Control', 'no-store');
      await answer(res, outcome, async (added) => {
        if (added > 0) await deps.onResults?.(id);
        const invitation = await deps.invitations.get(id);
        await deps.audit.append({
          actor: `apiKey:${keyId}`,
          action: 'results',
          subject: invitation?.recordId ?? `invitation:${id}`,
          detail: { count: added },
        });
      });
    });
  };

  async function answer(res: Response, outcome: IntakeOutcome, audit: (added: number) => Promise<void>): Promise<void> {
    switch (outcome.kind) {
      case 'unknownInvitation':
        res.send(404, { error: 'NotFound', message: 'No invitation has this id.' });
        return;
      case 'erased':
        res.send(410, { error: 'Gone', message: "This person's record was deleted: their results are not kept." });
        return;
      case 'refused':
        deps.logger.info('results_refused', { field: outcome.refusal.field });
        bad(res, outcome.refusal.field, outcome.refusal.message);
        return;
      case 'accepted': {
        await audit(outcome.added);
        deps.logger.info('results_received', { added: outcome.added, duplicates: outcome.duplicates });
        const { received, added, duplicates, waiting } = outcome;
        res.send(added > 0 ? 201 : 200, { received, added, duplicates, waiting });
      }
    }
  }
}
