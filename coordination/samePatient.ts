/** The identifier system of an NHS number: one number is one person, however else they are named. */
export const nhsNumberSystem = 'https://fhir.nhs.uk/Id/nhs-number';

/** A system URL's scheme, host and path, with nothing else (no port, user, query nor fragment). */
const systemUrl = /^([A-Za-z]+):\/\/([A-Za-z0-9.-]+)(\/[^?#]*)$/u;

/**
 * Whether `system` is the NHS number's (`nhsNumberSystem`) written another lawful way (H386): the
 * scheme http or https in any case, the host in any case, and one trailing slash or none. The path
 * is as written there: "/id/nhs-number", a port, a query or another host is another system.
 */
export function isNhsNumberSystem(system: string | undefined): boolean {
  const parts = systemUrl.exec(system?.trim() ?? '');
  if (!parts) return false;
  const [, scheme, host, path] = parts;
  return (
    ['http', 'https'].includes(scheme.toLowerCase()) &&
    host.toLowerCase() === 'fhir.nhs.uk' &&
    (path === '/Id/nhs-number' || path === '/Id/nhs-number/')
  );
}

/** How an Observation's `subject` names its patient, as the FHIR schema reads it. */
export interface SubjectNames {
  reference?: string;
  identifier?: { system?: string; value?: string };
}

/** What identifies a patient, each part normalised so that two spellings of one person compare equal. */
interface PatientKeys {
  /** `Patient/123`, whether sent relative or as an absolute URL (a history version dropped). */
  reference?: string;
  identifier?: { system: string; value: string };
}

const referencePrefix = 'reference ';
const identifierPrefix = 'identifier ';

/**
 * The patient an Observation names, kept with each result (`subject` in `resultSchema.ts`): its
 * reference and identifier, one per line (`reference Patient/123`, `identifier system|value`);
 * undefined when it names none.
 */
export function subjectOf(subject: SubjectNames | undefined): string | undefined {
  const keys = keysOf(subject?.reference, subject?.identifier?.system ?? '', subject?.identifier?.value);
  const lines = [
    ...(keys.reference ? [`${referencePrefix}${keys.reference}`] : []),
    ...(keys.identifier ? [`${identifierPrefix}${keys.identifier.system}|${keys.identifier.value}`] : []),
  ];
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/**
 * True only when two kept subjects (`subjectOf`, or one line of either kind stored before it kept
 * both) name different patients on something they both carry: the NHS number first (the same
 * number is the same person, whatever their references), then the reference, then an identifier
 * of one system. Sides with nothing comparable (a reference against a bare NHS number) are not
 * held to differ: refusing them would lose one person's results, named two lawful ways (H269).
 */
export function differentPatients(a: string, b: string): boolean {
  const one = parse(a);
  const other = parse(b);
  const nhsOne = nhsNumberOf(one);
  const nhsOther = nhsNumberOf(other);
  if (nhsOne !== undefined && nhsOther !== undefined) return nhsOne !== nhsOther;
  if (one.reference && other.reference) return one.reference !== other.reference;
  if (one.identifier && other.identifier && one.identifier.system === other.identifier.system)
    return one.identifier.value !== other.identifier.value;
  return false;
}

/**
 * What a kept subject names its patient by: the NHS number, and the reference and identifier as
 * `subjectOf` writes them (so two spellings of one reference are one string).
 */
export function namesIn(subject: string): { nhsNumber?: string; reference?: string; identifier?: string } {
  const keys = parse(subject);
  return {
    nhsNumber: nhsNumberOf(keys),
    reference: keys.reference,
    identifier: keys.identifier ? `${keys.identifier.system}|${keys.identifier.value}` : undefined,
  };
}

function parse(subject: string): PatientKeys {
  let reference: string | undefined;
  let system = '';
  let value: string | undefined;
  for (const line of subject.split('\n')) {
    if (line.startsWith(referencePrefix)) reference = line.slice(referencePrefix.length);
    if (line.startsWith(identifierPrefix)) {
      const rest = line.slice(identifierPrefix.length);
      const bar = rest.lastIndexOf('|');
      system = bar < 0 ? '' : rest.slice(0, bar);
      value = bar < 0 ? rest : rest.slice(bar + 1);
    }
  }
  return keysOf(reference, system, value);
}

function keysOf(reference: string | undefined, system: string, value: string | undefined): PatientKeys {
  const keys: PatientKeys = {};
  const ref = reference?.trim();
  if (ref) keys.reference = normalReference(ref);
  // The NHS number's system however lawfully written is one system; its number often in groups ("943 476 5919").
  const nhs = isNhsNumberSystem(system);
  const id = nhs ? value?.replace(/\s/g, '') : value?.trim();
  if (id) keys.identifier = { system: nhs ? nhsNumberSystem : system.trim(), value: id };
  return keys;
}

/** `https://gp.example/fhir/Patient/123/_history/2` → `Patient/123`; any other reference as sent. */
function normalReference(reference: string): string {
  const patient = /(?:^|\/)(Patient\/[A-Za-z0-9\-.]{1,64})(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/.exec(reference);
  return patient?.[1] ?? reference;
}

function nhsNumberOf(keys: PatientKeys): string | undefined {
  return keys.identifier?.system === nhsNumberSystem ? keys.identifier.value : undefined;
}
