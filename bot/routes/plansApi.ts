import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Catalogue } from '../../content/catalogue';
import type { PackLibrary } from '../../content/packs/packLibrary';
import type { PlanRenderer } from '../../content/planRenderer';
import { packLinkIdForKey } from '../../dialogs/questionKeys';
import type { AuditTrail } from '../../plan/audit';
import { sharedRecord } from '../../plan/consentScope';
import { compileDraftPlan } from '../../plan/draftPlan';
import { toFhirBundle, type BundleOptions, type DocumentWords } from '../../plan/fhir/bundle';
import type { RecordStore } from '../../storage/recordStore';
import type { Logger } from '../../plan/logger';
import type { RouteModule } from '../server';
import { bearerKeyCheck } from './apiKeys';
import { decodeCursor, encodeCursor } from './plansCursor';
import type { ResultPresenter } from '../../content/results/resultPresenter';
import { resultTerm } from '../../content/results/resultTerms';
import { measureOfKey } from '../../plan/results/resultSchema';

/** The display words a Bundle carries, taken from content. */
export type BundleWords = Pick<
  BundleOptions,
  'document' | 'questionText' | 'optionLabel' | 'flagText' | 'planView' | 'resultTerm'
>;

/** What the plans API needs. */
export interface PlansApiDeps {
  records: RecordStore;
  audit: AuditTrail & { wasErased(subject: string): Promise<boolean> };
  apiKeys: readonly string[];
  clock: () => Date;
  words: BundleWords;
  logger: Logger;
  newId?: () => string;
}

/** The most plans one page may hold, and how many when the client does not say. */
export const maxPageSize = 100;
export const defaultPageSize = 50;

/**
 * The listing's query, one schema per field so a 400 can name the field that is wrong. Each is
 * a single string: a repeated parameter (`?limit=1&limit=2`) arrives as an array and is refused.
 */
const listQueryFields = {
  status: z.enum(['inProgress', 'complete', 'shared', 'withdrawn']).optional(),
  limit: z
    .string()
    .regex(/^[0-9]{1,3}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(maxPageSize))
    .optional(),
  cursor: z.string().optional(),
};
const listQueryProblems: Record<keyof typeof listQueryFields, string> = {
  status: 'status must be inProgress, complete, shared or withdrawn.',
  limit: `limit must be a whole number from 1 to ${maxPageSize}.`,
  cursor: 'cursor must be one this API gave in a Link header, with the same status.',
};

/**
 * The system API for clinical systems: `GET /api/plans?status=…` lists plans (no answers) and
 * `GET /api/plans/:id/fhir` exports the version last shared, as a FHIR R4 document Bundle, with
 * only what the person consented to share. Bearer keys from `CAREPREP_API_KEYS`; every list and
 * export is audited with the key's id.
 */
export function plansApiRoutes(deps: PlansApiDeps): RouteModule {
  const newId = deps.newId ?? randomUUID;
  const authorised = bearerKeyCheck(deps.apiKeys);

  return (app) => {
    app.get('/api/plans', async (req, res) => {
      const keyId = authorised(req, res);
      if (!keyId) return;
      const raw = queryObject.safeParse(req.query ?? {}).data ?? {};
      const bad = (field: keyof typeof listQueryFields): void =>
        void res.send(400, { error: 'BadRequest', field, message: listQueryProblems[field] });
      const status = listQueryFields.status.safeParse(raw.status);
      if (!status.success) return bad('status');
      const limit = listQueryFields.limit.safeParse(raw.limit);
      if (!limit.success) return bad('limit');
      const cursor = listQueryFields.cursor.safeParse(raw.cursor);
      if (!cursor.success) return bad('cursor');
      const after = cursor.data === undefined ? undefined : decodeCursor(cursor.data, status.data);
      if (cursor.data !== undefined && !after) return bad('cursor');
      const pageSize = limit.data ?? defaultPageSize;
      // A page at a time, resuming after the last row seen: a list of every record held grew with
      // the service and was read, sorted and sent whole on every call.
      const page = await deps.records.page({ status: status.data, after, limit: pageSize });
      await deps.audit.append({
        actor: `apiKey:${keyId}`,
        action: 'list',
        subject: 'plans',
        detail: { count: page.items.length, ...(status.data ? { status: status.data } : {}) },
      });
      // The list says who is preparing and where they are: no cache, shared or private, may keep it.
      res.header('Cache-Control', 'no-store');
      if (page.next) {
        const next = new URLSearchParams({
          ...(status.data ? { status: status.data } : {}),
          limit: String(pageSize),
          cursor: encodeCursor(page.next, status.data),
        });
        // The body stays the array DESIGN.md promises; the next page is named the standard way.
        res.header('Link', `</api/plans?${next.toString()}>; rel="next"`);
      }
      res.send(200, page.items);
    });

    app.get('/api/plans/:id/fhir', async (req, res) => {
      const keyId = authorised(req, res);
      if (!keyId) return;
      const id = idParams.safeParse(req.params).data?.id ?? '';
      const found = await deps.records.get(id);
      if (!found) {
        // Gone, not merely unknown, once the person deleted their data or it was purged.
        const erased = await deps.audit.wasErased(id);
        res.send(erased ? 410 : 404, erased ? { error: 'Gone', message: 'This plan was deleted.' } : notFound);
        return;
      }
      const shared = sharedRecord(found.value);
      if (!shared) {
        res.send(found.value.status === 'withdrawn' ? 410 : 404, notFound);
        return;
      }
      const bundle = toFhirBundle(shared, { ...deps.words, newId, now: deps.clock() });
      await deps.audit.append({
        actor: `apiKey:${keyId}`,
        action: 'export',
        subject: id,
        detail: { planVersion: shared.planVersion },
      });
      deps.logger.info('plan_exported', { planVersion: shared.planVersion });
      const body = JSON.stringify(bundle);
      res.writeHead(200, {
        'Content-Type': 'application/fhir+json; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
        'Cache-Control': 'no-store',
      });
      res.end(body);
    });
  };
}

const idParams = z.object({ id: z.string() });
/** The query string as restify parsed it: each value a string, or an array when repeated. */
const queryObject = z.record(z.string(), z.unknown());
const notFound = { error: 'NotFound', message: 'Not found.' };

/**
 * Display words for Bundles from content: question wording without placeholders, option labels,
 * flag text, the plan's view of a shared record for the Composition, and what the results
 * catalogue says of each result.
 */
export function bundleWords(
  library: PackLibrary,
  catalogue: Catalogue,
  plans: PlanRenderer,
  results?: ResultPresenter,
): BundleWords {
  const question = (linkId: string): ReturnType<PackLibrary['question']> | undefined => {
    try {
      return library.question(packLinkIdForKey(linkId));
    } catch {
      return undefined;
    }
  };
  return {
    document: documentWords(catalogue),
    planView: (record) => plans.view(compileDraftPlan(record, plans.labels, 'shared')),
    resultTerm: results ? (measure) => resultTerm(results.catalogue, measure) : undefined,
    questionText(linkId) {
      const measure = measureOfKey(linkId);
      if (measure && results) return `${results.question.ask.person} (${results.words.name(measure)})`;
      const ask = question(linkId)?.ask.person;
      return ask && !ask.includes('{{') ? ask : undefined;
    },
    optionLabel(linkId, id) {
      const options = linkId.startsWith('topics.')
        ? library.packs.flatMap((pack) => pack.topics)
        : (question(linkId)?.options ?? []);
      return options.find((option) => option.id === id)?.label;
    },
    flagText(kind, detail) {
      return catalogue[`plan.flag.${kind}.${detail}`]?.text ?? catalogue[`plan.flag.${kind}`]?.text;
    },
  };
}

/** The document's type and title from content (`fhir.*`). */
export function documentWords(catalogue: Catalogue): DocumentWords {
  const text = (key: string): string => {
    const message = catalogue[key];
    if (!message) throw new Error(`content has no ${key}`);
    return message.text;
  };
  return { type: text('fhir.type'), title: text('fhir.title') };
}
