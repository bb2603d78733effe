import { lineText, type PlanLine, type PlanView } from '../planView';
import type { People } from './people';
import {
  careprepSystem,
  compositionSectionOf,
  type BundleOptions,
  type CompositionSection,
  type FhirReference,
  type FhirResource,
} from './types';

/**
 * The document's Composition: the plan's view, section by section (flags first, what the person
 * kept back already left out), each titled and worded as every other surface shows it, with its
 * lines as an escaped narrative and references to the section's resources.
 */
export function compositionOf(
  view: PlanView,
  id: string,
  entries: Partial<Record<CompositionSection, FhirReference[]>>,
  people: People,
  options: BundleOptions,
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
    section: view.sections.map((section) => {
      const code = compositionSectionOf[section.id];
      const references = entries[code] ?? [];
      return {
        title: section.heading,
        code: { coding: [{ system: careprepSystem.section, code }] },
        text: { status: 'generated', div: narrative(section.lines) },
        ...(references.length > 0 ? { entry: references } : {}),
      };
    }),
  };
}

/** XHTML narrative, every line escaped: typed text must never become markup in a clinical system. */
function narrative(lines: readonly PlanLine[]): string {
  const list = (items: readonly PlanLine[]): string =>
    `<ul>${items
      .map((line) => `<li>${escapeXml(lineText(line))}${line.items?.length ? list(line.items) : ''}</li>`)
      .join('')}</ul>`;
  return `<div xmlns="http://www.w3.org/1999/xhtml">${list(lines)}</div>`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
