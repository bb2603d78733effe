import type { Answer, PreparationRecord } from '../record';
import type { People } from './people';
import { careprepSystem, type BundleOptions, type FhirReference, type FhirResource } from './types';

const itemAuthorExtension = 'http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author';

/**
 * Every answer given (skipped ones left out) as a QuestionnaireResponse item in the order given,
 * with the conversation's linkIds and, for a carer's answer, the carer as the item's author.
 */
export function questionnaireResponse(
  record: PreparationRecord,
  id: string,
  people: People,
  options: BundleOptions,
): FhirResource {
  const items = Object.entries(record.answers)
    .filter(([, answer]) => answer.status !== 'skipped')
    .sort(([, a], [, b]) => a.at.localeCompare(b.at))
    .map(([linkId, answer]) =>
      questionItem(linkId, answer, options, answer.by === 'carer' ? people.carerRef : undefined),
    );
  return {
    resourceType: 'QuestionnaireResponse',
    id,
    identifier: { system: careprepSystem.plan, value: `${record.id}/v${record.planVersion}` },
    status: 'completed',
    subject: people.patientRef,
    authored: record.updatedAt,
    author: people.author,
    source: people.patientRef,
    item: items,
  };
}

function questionItem(
  linkId: string,
  answer: Answer,
  options: BundleOptions,
  author: FhirReference | undefined,
): Record<string, unknown> {
  const text = options.questionText?.(linkId);
  const values =
    answer.status === 'answered' && answer.value !== null ? answerValues(linkId, answer.value, options) : [];
  return {
    ...(author ? { extension: [{ url: itemAuthorExtension, valueReference: author }] } : {}),
    linkId,
    ...(text ? { text } : {}),
    ...(values.length > 0 ? { answer: values } : {}),
  };
}

function answerValues(
  linkId: string,
  value: NonNullable<Answer['value']>,
  options: BundleOptions,
): Record<string, unknown>[] {
  const coding = (id: string): Record<string, unknown> => {
    const display = options.optionLabel?.(linkId, id);
    return { valueCoding: { system: careprepSystem.option, code: id, ...(display ? { display } : {}) } };
  };
  if (Array.isArray(value)) return value.map(coding);
  if (typeof value === 'boolean') return [{ valueBoolean: value }];
  if (typeof value === 'number') return [Number.isInteger(value) ? { valueInteger: value } : { valueDecimal: value }];
  if (options.optionLabel?.(linkId, value) !== undefined) return [coding(value)];
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return [{ valueDate: value }];
  return [{ valueString: value }];
}
