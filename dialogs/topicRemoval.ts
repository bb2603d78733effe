import type { Option } from '../content/packs/packSchema';
import type { AnswerValue, PreparationRecord } from '../plan/record';
import type { Say } from './goalScoreChange';
import type { Phrases } from './recognisers/phrases';
import { topicsToRemove } from './recognisers/topicsToRemove';

const selectedKey = 'topics.selected';
const topKey = 'topics.top';

/** Topics taken off the list, noted as the answers they change, and the words that say so. */
export interface TopicRemoval {
  key: string;
  value: AnswerValue;
  line: string;
  more: { key: string; value: AnswerValue }[];
  section: 'topics';
}

/** What a topic removal asks: a change, or, when nothing named was on the list, only words to say. */
export type TopicRemovalAsked = TopicRemoval | { line: string; value: undefined };

const listOf = (record: PreparationRecord, key: string): string[] => {
  const value = record.answers[key]?.value;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
};

/**
 * Topics taken off the list by name while looking the plan over ("take off eating the right
 * amount"): each picked one named leaves the topics, and the top ones; those never picked are said
 * to be not on the list, and nothing changes for them. Undefined when no topic is asked to go.
 */
export function topicRemovalAt(
  record: PreparationRecord,
  text: string,
  options: readonly Option[],
  phrases: Phrases,
  say: Say,
): TopicRemovalAsked | undefined {
  const named = topicsToRemove(text, options, phrases);
  if (!named) return undefined;
  const label = (ids: readonly string[]): string =>
    ids.map((id) => options.find((option) => option.id === id)?.label ?? id).join(', ');
  const selected = listOf(record, selectedKey);
  const going = named.filter((id) => selected.includes(id));
  const notOn = named.filter((id) => !selected.includes(id));
  const notOnLine = notOn.length > 0 ? [say('topics.notOnList', { names: label(notOn) })] : [];
  if (going.length === 0) return { line: notOnLine.join(' '), value: undefined };
  const line = [say('topics.takenOff', { names: label(going) }), ...notOnLine].join(' ');
  const top = listOf(record, topKey);
  const more = top.some((id) => going.includes(id))
    ? [{ key: topKey, value: top.filter((id) => !going.includes(id)) }]
    : [];
  return { key: selectedKey, value: selected.filter((id) => !going.includes(id)), line, more, section: 'topics' };
}
