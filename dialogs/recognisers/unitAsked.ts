import type { ResultUnit } from '../../content/results/resultUnits';
import { bare } from '../../plan/normalise';
import type { Phrases } from './phrases';
import { asksWhatResultIs } from './resultNamed';

/** Every name a person may call `unit` by, as bare words: its label ("mmol mol") and its `askedAs` words. */
function unitNames(unit: ResultUnit): string[] {
  return [...new Set([unit.label, ...unit.askedAs].map((name) => bare(name)).filter(Boolean))];
}

/**
 * The unit `text` asks the meaning of ("what does mmol/mol mean", "what's mmHg?"), asked as a
 * result's name is (`asksWhatResultIs`: `resultMeaningBefore`, the name, `resultMeaningAfter`);
 * undefined for anything else, such as a value with its unit ("what does 75 mmol/mol mean for me").
 */
export function unitAskedAbout(text: string, units: readonly ResultUnit[], phrases: Phrases): ResultUnit | undefined {
  return units.find((unit) => asksWhatResultIs(text, unitNames(unit), phrases));
}
