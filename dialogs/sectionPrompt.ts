/**
 * How a section puts a question to the person: the carer or person wording, the options that
 * fit this record, the answer as it stands when they go over it again, and the words still to
 * say before it. The renderer turns the view into messages for the channel.
 */
import type { Activity, Attachment } from 'botbuilder';
import { channelFamily, type ChannelFamily } from '../content/channels';
import type { QuestionView, Renderer, TemplateData } from '../content/renderer';
import type { PreparationRecord } from '../plan/record';
import { answeredBy, subjectName, subjectRelation, youngCarerAnswering } from '../plan/recordView';
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

/** What a section shows with a question besides its wording (a result's explanation and chart). */
export interface QuestionExtras {
  preface?: string[];
  attachments?: Attachment[];
}

/**
 * The messages that ask `asked` on a channel: the words still to say, the question, and any
 * pictures with it on its last message.
 */
export function questionActivities(
  question: { asked: AskedQuestion; data: TemplateData; extras: QuestionExtras },
  words: { preface: string[]; lead?: string },
  renderer: Renderer,
  channelId: string | undefined,
): Partial<Activity>[] {
  const { asked, data, extras } = question;
  const family = channelFamily(channelId);
  const said = { preface: [...words.preface, ...(extras.preface ?? [])], lead: words.lead };
  const activities = renderer.question(questionView(asked, data, said, renderer, family), channelId);
  const last = activities.at(-1);
  if (last && extras.attachments?.length) last.attachments = [...(last.attachments ?? []), ...extras.attachments];
  return activities;
}

/**
 * What every question's template may use: the person's name (or a stand-in), whether a carer
 * answers, and the lead contact. `unnamed` says the name is the stand-in, so whose something is
 * reads "their", not "the person you are helping's" (`{{> whose}}`). A carer who named the person
 * by who they are to them ("my mum") reads "your mum": `relation` lets a sentence start "Your mum's".
 */
export function questionData(record: PreparationRecord, renderer: Renderer, family: ChannelFamily): TemplateData {
  const name = subjectName(record);
  const relation = subjectRelation(record);
  const standIn = relation
    ? renderer.text('name.yourRelation', { relation }, family)
    : renderer.text('name.fallback', {}, family);
  const base = {
    name: name ?? standIn,
    unnamed: name === undefined && relation === undefined,
    relation,
    carer: answeredBy(record) === 'carer',
    // A carer who said they are under 18: `{{#if young}}` words for them (H523).
    young: youngCarerAnswering(record),
  };
  return { ...base, lead: record.leadContact?.name ?? renderer.text('lead.default', base, family) };
}
