import { sectionOfKey } from '../consentScope';
import type { PreparationRecord } from '../record';
import type { People } from './people';
import {
  careprepSystem,
  compositionSections,
  type BundleOptions,
  type CompositionSection,
  type FhirReference,
  type FhirResource,
} from './types';

/**
 * The document's Composition: one section per PRSB heading, flags first, sections the person kept
 * back left out, each with the answers as an escaped narrative and references to its resources.
 */
export function compositionOf(
  record: PreparationRecord,
  id: string,
  entries: Partial<Record<CompositionSection, FhirReference[]>>,
  withheld: readonly string[],
  people: People,
  options: BundleOptions,
  /** Lines for sections not made of answers (the results). */
  extraLines: Partial<Record<CompositionSection, string[]>> = {},
): FhirResource {
  const words = options.document;
  return {
    resourceType: 'Composition',
    id,
    status: 'preliminary',
    type: { text: words.type },
    subject: people.patientRef,
    date: options.now.toISOString(),
    author: [people.author],
    title: words.title,
    section: compositionSections
      .filter((section) => !withheld.includes(section))
      .filter((section) => (section !== 'flags' && section !== 'results') || (entries[section] ?? []).length > 0)
      .map((section) => {
        const references = entries[section] ?? [];
        const lines = [...(extraLines[section] ?? []), ...sectionLines(record, section, options)];
        const title = words.heading(section);
        return {
          title,
          code: { coding: [{ system: careprepSystem.section, code: section }] },
          text: { status: 'generated', div: narrative(lines.length > 0 ? lines : [title]) },
          ...(references.length > 0 ? { entry: references } : {}),
        };
      }),
  };
}

/** The answers of one section as "question: answer" lines, for the section's narrative. */
function sectionLines(record: PreparationRecord, section: string, options: BundleOptions): string[] {
  return Object.entries(record.answers)
    .filter(([key, answer]) => sectionOfKey(key) === section && answer.status === 'answered' && answer.value !== null)
    .map(([key, answer]) => {
      const value = answer.value;
      const shown = Array.isArray(value)
        ? value.map((id) => options.optionLabel?.(key, id) ?? id).join(', ')
        : typeof value === 'string'
          ? (options.optionLabel?.(key, value) ?? value)
          : String(value);
      return `${options.questionText?.(key) ?? key}: ${shown}`;
    });
}

/** XHTML narrative, every line escaped: typed text must never become markup in a clinical system. */
function narrative(lines: readonly string[]): string {
  const items = lines.map((line) => `<li>${escapeXml(line)}</li>`).join('');
  return `<div xmlns="http://www.w3.org/1999/xhtml"><ul>${items}</ul></div>`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
