/**
 * How a section puts a question to the person: the carer or person wording, the options that
 * fit this record, the answer as it stands when they go over it again, and the words still to
 * say before it. The renderer turns the view into messages for the channel.
 */
import type { ChannelFamily } from '../content/channels';
import type { QuestionView, Renderer, TemplateData } from '../content/renderer';
import { answeredBy } from '../plan/recordView';
import { linkIdForKey } from './questionKeys';
import type { AskedQuestion } from './sectionAnswers';
import { describeAnswer } from './sectionReplies';

/** The question `asked` as it is put to the person, with `data` for its templates. */
export function questionView(
  asked: AskedQuestion,
  data: TemplateData,
  words: { preface: string[]; lead?: string },
  renderer: Renderer,
  family: ChannelFamily,
): QuestionView {
  const { key, question, record } = asked;
  const revisit = record.answers[key]?.status === 'answered';
  const rules = asked.rules();
  return {
    linkId: linkIdForKey(key),
    question,
    carer: answeredBy(record) === 'carer',
    data,
    options: asked.options(),
    allowNone: rules.allowNone ?? false,
    featured: rules.featured,
    // Going over a list again, the picks made before start ticked.
    ticked: rules.ticked ?? (revisit ? picked(record.answers[key]?.value) : undefined),
    preface: words.preface,
    current: revisit ? describeAnswer(asked, renderer, family) : undefined,
    lead: words.lead,
  };
}

function picked(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}
