import type { Attachment, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { codeSystems, type Measure, type MeasureCode } from '../../content/results/measureSchema';
import type { ResultCatalogue } from '../../content/results/resultCatalogue';
import type { Renderer, TemplateData } from '../../content/renderer';
import type { ResultIntake } from '../../coordination/resultIntake';
import { discussInPersonExtension, treatmentRange, ucum } from '../../coordination/fhirObservationSchema';
import type { Invitation, InvitationStore } from '../../coordination/invitationStore';
import type { Logger } from '../../plan/logger';
import type { Recognised } from '../../plan/recognised';
import { dateCulture } from '../../coordination/typedDates';
import { readTypedTestDate } from '../../coordination/typedTestDate';
import { addResultsCard, measuresFor, patientsResultsCard, resultsCardActions } from './resultsCard';

const submitSchema = z
  .object({
    careprep: z.enum([resultsCardActions.open, resultsCardActions.save]),
    invitationId: z.string().min(1).max(100),
  })
  .loose();

/** What the coordinator's results cards need. */
export interface CoordinatorResultsDeps {
  invitations: InvitationStore;
  catalogue: ResultCatalogue;
  intake: ResultIntake;
  renderer: Renderer;
  clock: () => Date;
  logger: Logger;
  reminders?: { resultsArrived(invitationId: string): Promise<void> };
}

/**
 * The coordinator's way in for results: "Add results" beside each person in "my patients" opens
 * a card with the measures that fit their conditions; what is saved goes through the same intake
 * as the API (the same checks, all or nothing). A value that cannot be right is asked again on
 * the card, with what was typed kept and the reason said.
 */
export class CoordinatorResults {
  constructor(private readonly deps: CoordinatorResultsDeps) {}

  /** True for a submit of one of these cards (a staff command). */
  isCommand(value: unknown): boolean {
    return submitSchema.safeParse(value).success;
  }

  /** The "Add results" buttons for "my patients". */
  patientsCard(invitations: readonly Invitation[]): Attachment {
    return patientsResultsCard(this.words(), invitations);
  }

  /** Handles a submit of these cards by a coordinator; false when it was not one. */
  async handle(context: TurnContext, coordinatorId: string): Promise<boolean> {
    const parsed = submitSchema.safeParse(context.activity.value);
    if (!parsed.success) return false;
    const invitation = await this.deps.invitations.get(parsed.data.invitationId);
    if (!invitation || invitation.coordinatorId !== coordinatorId) {
      await this.say(context, 'teams.notYours');
      return true;
    }
    const measures = measuresFor(this.deps.catalogue.measures, invitation.details.conditions);
    const values = parsed.data as Record<string, unknown>;
    if (parsed.data.careprep === resultsCardActions.open) return this.card(context, invitation, measures);
    const built = this.observations(values, measures, context.activity.locale);
    if ('problem' in built) return this.card(context, invitation, measures, values, built.problem);
    if (built.entries.length === 0)
      return this.card(context, invitation, measures, values, this.text('teams.results.none'));
    const outcome = await this.deps.intake.receive(
      invitation.id,
      {
        resourceType: 'Bundle',
        type: 'transaction',
        entry: built.entries.map((resource) => ({ resource, request: { method: 'POST', url: 'Observation' } })),
      },
      'coordinator',
    );
    const name = invitation.details.personName;
    switch (outcome.kind) {
      case 'refused': {
        const index = Number(/^entry\[(\d+)\]/.exec(outcome.refusal.field)?.[1] ?? -1);
        const measure = built.measures[index]?.name ?? '';
        this.deps.logger.info('results_card_refused', { field: outcome.refusal.field });
        return this.card(
          context,
          invitation,
          measures,
          values,
          this.text('teams.results.problem', { measure, why: outcome.refusal.message }),
        );
      }
      case 'accepted':
        if (outcome.added > 0) await this.deps.reminders?.resultsArrived(invitation.id);
        return this.say(context, 'teams.results.saved', { name, count: outcome.added, waiting: outcome.waiting });
      default:
        return this.say(context, 'teams.results.erased', { name });
    }
  }

  /** FHIR Observations from the card's values, in the card's order, or what is wrong with a date or target typed. */
  private observations(
    values: Record<string, unknown>,
    measures: readonly Measure[],
    locale: string | undefined,
  ): { entries: Record<string, unknown>[]; measures: Measure[] } | { problem: string } {
    const get = (id: string): string => (typeof values[id] === 'string' ? values[id].trim() : '');
    const day = testDay(get('date'), locale, this.deps.clock());
    if (!day.ok)
      return { problem: this.text(day.code === 'out_of_range' ? 'teams.results.futureDate' : 'teams.results.badDate') };
    const date = day.value;
    const entries: Record<string, unknown>[] = [];
    const used: Measure[] = [];
    for (const m of measures) {
      const value = valueOf(m, get(`value.${m.id}`), get(`value.${m.id}.first`), get(`value.${m.id}.second`));
      if (value === undefined) continue;
      if ('problem' in value) return { problem: this.text('teams.results.notNumber', { measure: m.name }) };
      const target = get(`target.${m.id}`);
      const range = target ? targetOf(target, m) : undefined;
      if (range && 'problem' in range) return { problem: this.text('teams.results.badTarget', { measure: m.name }) };
      const code = standardCode(m);
      const observation = {
        resourceType: 'Observation',
        status: 'final',
        code: { coding: [{ system: codeSystems[code.system], code: code.code }] },
        effectiveDateTime: date,
        ...value,
        ...(get(`inPerson.${m.id}`) === 'true'
          ? { extension: [{ url: discussInPersonExtension, valueBoolean: true }] }
          : {}),
      };
      entries.push(range ? withTarget(observation, range, m) : observation);
      used.push(m);
    }
    return { entries, measures: used };
  }

  private async card(
    context: TurnContext,
    invitation: Invitation,
    measures: readonly Measure[],
    values?: Record<string, unknown>,
    problem?: string,
  ): Promise<true> {
    const today = this.deps.clock().toISOString().slice(0, 10);
    await context.sendActivity({
      type: 'message',
      attachments: [addResultsCard(this.words(), { invitation, measures, today, values, problem })],
    });
    return true;
  }

  private words(): (key: string, data?: TemplateData) => string {
    return (key, data = {}) => this.text(key, data);
  }

  private text(key: string, data: TemplateData = {}): string {
    return this.deps.renderer.text(key, data, 'teams');
  }

  private async say(context: TurnContext, key: string, data: TemplateData = {}): Promise<true> {
    await context.sendActivity(this.deps.renderer.message(key, data, 'msteams'));
    return true;
  }
}

const numeric = /^-?\d+(\.\d+)?$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The card's date of the tests: the picker's `YYYY-MM-DD`, or words typed where a client shows the
 * date as a text box ("the 20th"), read as a day gone by. Nothing given is left to intake, which
 * asks for a date.
 */
function testDay(given: string, locale: string | undefined, now: Date): Recognised<string> {
  if (given === '' || isoDate.test(given)) return { ok: true, value: given };
  return readTypedTestDate(given, dateCulture(locale), now);
}

/** The code a card's result is sent with: the measure's first LOINC or SNOMED CT code in its own unit. */
function standardCode(m: Measure): MeasureCode {
  const own = m.codes.filter((c) => c.grade === undefined && (c.unit === undefined || c.unit === m.unit));
  return own.find((c) => c.system !== 'careprep') ?? own[0] ?? m.codes[0];
}

function valueOf(
  m: Measure,
  one: string,
  first: string,
  second: string,
): Record<string, unknown> | { problem: true } | undefined {
  const quantity = (v: string): Record<string, unknown> => ({
    value: Number(v),
    unit: m.unitLabel || m.unit,
    system: ucum,
    code: m.unit,
  });
  if (m.kind === 'pair') {
    if (!first && !second) return undefined;
    if (!numeric.test(first) || !numeric.test(second)) return { problem: true };
    const [top, bottom] = [m.components!.first[0], m.components!.second[0]];
    return {
      component: [
        { code: { coding: [{ system: codeSystems[top.system], code: top.code }] }, valueQuantity: quantity(first) },
        {
          code: { coding: [{ system: codeSystems[bottom.system], code: bottom.code }] },
          valueQuantity: quantity(second),
        },
      ],
    };
  }
  if (!one) return undefined;
  if (m.kind === 'coded') {
    const code = m.values?.find((v) => v.id === one)?.codes[0];
    return code
      ? { valueCodeableConcept: { coding: [{ system: codeSystems[code.system], code: code.code }] } }
      : { problem: true };
  }
  if (!numeric.test(one)) return { problem: true };
  return m.kind === 'score' ? { valueInteger: Number(one) } : { valueQuantity: quantity(one) };
}

/**
 * A target typed on the card as the person's own: "48-58", "below 58" or "58" (at most), "above
 * 60", or for blood pressure "150/90" (below both).
 */
function targetOf(typed: string, m: Measure): { low?: number; high?: number; highSecond?: number } | { problem: true } {
  const t = typed.toLowerCase().replace(/\s+/g, ' ');
  if (m.kind === 'pair') {
    const pair = /^(?:below |under |< ?)?(\d+)\/(\d+)$/.exec(t);
    return pair ? { high: Number(pair[1]), highSecond: Number(pair[2]) } : { problem: true };
  }
  const between = /^(\d+(?:\.\d+)?) ?(?:-|to) ?(\d+(?:\.\d+)?)$/.exec(t);
  if (between) return { low: Number(between[1]), high: Number(between[2]) };
  const high = /^(?:below |under |< ?|up to )?(\d+(?:\.\d+)?)$/.exec(t);
  if (high) return { high: Number(high[1]) };
  const low = /^(?:above |over |> ?)(\d+(?:\.\d+)?)$/.exec(t);
  if (low) return { low: Number(low[1]) };
  return { problem: true };
}

/** A target as the `treatment` reference ranges of an Observation (on its components for a pair). */
function withTarget(
  observation: Record<string, unknown>,
  band: { low?: number; high?: number; highSecond?: number },
  m: Measure,
): Record<string, unknown> {
  const q = (value: number): Record<string, unknown> => ({ value, system: ucum, code: m.unit });
  const range = (low?: number, high?: number): Record<string, unknown>[] => [
    {
      ...(low !== undefined ? { low: q(low) } : {}),
      ...(high !== undefined ? { high: q(high) } : {}),
      type: { coding: [treatmentRange] },
    },
  ];
  if (m.kind !== 'pair') return { ...observation, referenceRange: range(band.low, band.high) };
  const [top, bottom] = observation.component as Record<string, unknown>[];
  return {
    ...observation,
    component: [
      { ...top, referenceRange: range(undefined, band.high) },
      { ...bottom, referenceRange: range(undefined, band.highSecond) },
    ],
  };
}
