import Handlebars from 'handlebars';
import type { Activity } from 'botbuilder';
import { AppError } from '../plan/appError';
import { multiSelectCard } from './cards';
import { placeholdersOnly } from './placeholderTemplates';
import type { Catalogue } from './catalogue';
import { channelFamily, channelFamilies, familyLooks, type ChannelFamily, type FamilyLook } from './channels';
import { escapeMarkdown, plainText } from './escape';
import { gsm7Length, toGsm7 } from './gsm7';
import type { Option, Question } from './packs/packSchema';
import { buttons, optionLines } from './replyOptions';

/** Values a template may use; user-typed strings are made safe for the channel before use. */
export type TemplateData = Record<string, string | number | boolean | undefined>;

/** What a question activity carries for clients and tests (DESIGN.md contract). */
export interface CareprepQuestionMeta {
  linkId: string;
  type: Question['type'];
  options?: { id: string; label: string }[];
}

/** A question to put to someone, with everything that varies per person filled in. */
export interface QuestionView {
  /** The linkId as asked, e.g. `goal.2.importance`. */
  linkId: string;
  question: Question;
  /** True when a carer answers: the carer wording is used. */
  carer: boolean;
  data: TemplateData;
  /** The options to offer, when they vary (topics); defaults to the question's own. */
  options?: readonly Option[];
  /** Whether "none of these" is an answer (a multi-select card then offers it). */
  allowNone?: boolean;
  /** Option ids a multi-select card shows at first; the rest wait behind "show more". */
  featured?: readonly string[];
  /** Option ids a multi-select card ticks before the person does anything. */
  ticked?: readonly string[];
  /** Lines said before the question in the same message: an acknowledgement, the part header. */
  preface?: readonly string[];
  /** The current answer, when a person revisits a question. */
  current?: string;
  /** Help instead of the plain question (after "help" or a failed answer). */
  lead?: string;
}

/** Turns content keys and questions into activities for a channel. */
export interface Renderer {
  /** The words for a key on a channel family. */
  text(key: string, data: TemplateData, family: ChannelFamily): string;
  /** A message activity for a key on the activity's channel. */
  message(key: string, data: TemplateData, channelId: string | undefined): Partial<Activity>;
  /** A message made of several keys' words, as one message. */
  lines(texts: readonly string[], channelId: string | undefined): Partial<Activity>;
  /** A question activity, with `channelData.careprep` metadata and channel-fit options. */
  question(view: QuestionView, channelId: string | undefined): Partial<Activity>[];
  /** Renders a template from a pack (question help), made safe for the channel. */
  template(source: string, data: TemplateData, family: ChannelFamily): string;
  /** The wording of a question only, for help and recaps. */
  questionText(view: QuestionView, family: ChannelFamily): string;
  /**
   * A yes-or-no confirmation asked outside the packs ("start again?"): the key's words with Yes
   * and No as buttons on web chat and Teams, numbered (1 Yes, 2 No) on SMS.
   */
  confirmation(key: string, data: TemplateData, linkId: string, channelId: string | undefined): Partial<Activity>;
}

/** The options of a confirmation, in the order they are shown and numbered. */
export const confirmationOptionIds = ['yes', 'no'] as const;

/** Typed words made safe for a family: folded into GSM-7, or escaped for markdown. */
function safeData(data: TemplateData, look: FamilyLook): TemplateData {
  const out: TemplateData = {};
  for (const [key, value] of Object.entries(data)) {
    out[key] = typeof value === 'string' ? (look.plain ? plainValue(value, look) : escapeMarkdown(value)) : value;
  }
  return out;
}

/**
 * Typed words folded for a plain family. Folding drops what the family cannot carry (emoji, flags,
 * skin tones, joiners) but not the spaces between them, so those go too: words that were all emoji
 * become empty (a template can then leave out the quotes), and " my garden " reads "my garden".
 */
function plainValue(value: string, look: FamilyLook): string {
  const folded = finish(value, look);
  return folded === value ? value : folded.replace(/^ +| +$/g, '');
}

/** Text as the family sends it: GSM-7 where the family needs it. */
function finish(text: string, look: FamilyLook): string {
  return look.gsm7 ? toGsm7(text) : text;
}

/** What separates lines of one message: a line break in plain text, a paragraph in markdown. */
function joiner(look: FamilyLook): string {
  return look.plain ? '\n' : '\n\n';
}

/**
 * Catalogue keys whose words are used inside other messages: `partial.whose` is written
 * `{{> whose}}`, rendered with the message's own data. Only the `text` form is used.
 */
const partialPrefix = 'partial.';

/** Renderers by catalogue: a renderer holds only the catalogue's compiled templates, so one serves all its callers. */
const built = new WeakMap<Catalogue, Renderer>();

/**
 * The renderer over a validated catalogue; every template is compiled once, up front (Handlebars
 * finishes each on its first use). An app and its plan renderer, or apps started again in one
 * process (tests), share it and compile nothing twice.
 */
export function createRenderer(catalogue: Catalogue): Renderer {
  const renderer = built.get(catalogue) ?? compiledRenderer(catalogue);
  built.set(catalogue, renderer);
  return renderer;
}

function compiledRenderer(catalogue: Catalogue): Renderer {
  // An instance of its own, so the catalogue's partials are not registered for every user of Handlebars.
  const handlebars = Handlebars.create();
  // Most words have no placeholder: they are their own rendering, and skip Handlebars' per-call
  // set-up (helpers wrapped afresh on every call), which a turn would pay dozens of times; words
  // with placeholders alone are filled in without it too.
  const compile = (source: string): Handlebars.TemplateDelegate<TemplateData> =>
    source.includes('{{')
      ? (placeholdersOnly(handlebars, source) ??
        handlebars.compile<TemplateData>(source, { noEscape: true, strict: false }))
      : () => source;
  for (const [key, message] of Object.entries(catalogue)) {
    // Compiled here, once: a partial left as a string is compiled again on every message that uses it.
    if (key.startsWith(partialPrefix))
      handlebars.registerPartial(key.slice(partialPrefix.length), compile(message.text));
  }
  const compiled = new Map<string, Record<ChannelFamily, Handlebars.TemplateDelegate<TemplateData>>>();
  for (const [key, message] of Object.entries(catalogue)) {
    const text = compile(message.text);
    const byFamily = {} as Record<ChannelFamily, Handlebars.TemplateDelegate<TemplateData>>;
    for (const family of channelFamilies) {
      const wording = familyLooks[family].wording;
      const own = wording === undefined ? undefined : message[wording];
      byFamily[family] = own ? compile(own) : text;
    }
    compiled.set(key, byFamily);
  }
  const questionTemplates = new Map<string, Handlebars.TemplateDelegate<TemplateData>>();
  const template = (source: string): Handlebars.TemplateDelegate<TemplateData> => {
    let found = questionTemplates.get(source);
    if (!found) {
      found = compile(source);
      questionTemplates.set(source, found);
    }
    return found;
  };

  const text = (key: string, data: TemplateData, family: ChannelFamily): string => {
    const entry = compiled.get(key);
    if (!entry) throw new AppError('content_missing', `No content for key ${key}.`);
    const look = familyLooks[family];
    return finish(entry[family](safeData(data, look)).trim(), look);
  };

  const lines = (texts: readonly string[], channelId: string | undefined): Partial<Activity> => {
    const look = familyLooks[channelFamily(channelId)];
    return {
      type: 'message',
      text: finish(texts.filter((t) => t.length > 0).join(joiner(look)), look),
      textFormat: look.plain ? 'plain' : 'markdown',
    };
  };

  const questionText = (view: QuestionView, family: ChannelFamily): string => {
    const words = view.carer ? 'carer' : 'person';
    const look = familyLooks[family];
    const own = look.wording === 'sms' ? view.question.sms : undefined;
    return finish(template((own ?? view.question.ask)[words])(safeData(view.data, look)).trim(), look);
  };

  return {
    text,
    message: (key, data, channelId) => lines([text(key, data, channelFamily(channelId))], channelId),
    lines,
    questionText,
    template(source, data, family) {
      const look = familyLooks[family];
      return finish(template(source)(safeData(data, look)).trim(), look);
    },
    confirmation(key, data, linkId, channelId) {
      const family = channelFamily(channelId);
      const look = familyLooks[family];
      const options: Option[] = confirmationOptionIds.map((id) => ({
        id,
        label: text(`ui.${id}`, {}, family),
        synonyms: [],
      }));
      const body = [text(key, data, family), ...optionLines('choice', options, family, text)];
      const activity: Partial<Activity> = {
        ...lines([body.join(joiner(look))], channelId),
        inputHint: 'expectingInput',
        channelData: { careprep: { linkId, type: 'choice', options: options.map(({ id, label }) => ({ id, label })) } },
      };
      if (!look.plain) activity.suggestedActions = { actions: buttons('choice', options, family, text), to: [] };
      return activity;
    },
    question(view, channelId) {
      const family = channelFamily(channelId);
      const look = familyLooks[family];
      const options = view.options ?? view.question.options ?? [];
      const meta: CareprepQuestionMeta = { linkId: view.linkId, type: view.question.type };
      if (options.length > 0) meta.options = options.map((o) => ({ id: o.id, label: o.label }));

      const asked = [view.lead ?? questionText(view, family)];
      if (view.current !== undefined) asked.push(text('ui.keepCurrent', { answer: view.current }, family));
      const choices = optionLines(view.question.type, options, family, text);
      const body = [...asked, ...choices].join(joiner(look));
      const preface = (view.preface ?? []).filter((line) => line.length > 0);

      const messages: Partial<Activity>[] = [];
      let first = [...preface, body].join(joiner(look));
      const limit = look.messageLimit;
      if (limit !== undefined && preface.length > 0 && gsm7Length(finish(first, look)) > limit) {
        // Keep the question whole in its own text rather than cutting it.
        messages.push(lines(preface, channelId));
        first = body;
      }
      const activity: Partial<Activity> = {
        ...lines([first], channelId),
        inputHint: 'expectingInput',
        channelData: { careprep: meta },
      };
      if (!look.plain) {
        const actions = buttons(view.question.type, options, family, text);
        if (actions.length > 0) activity.suggestedActions = { actions, to: [] };
        if (view.question.type === 'multichoice' && options.length > 0) {
          activity.attachments = [multiSelect(view, options, family, text)];
        }
        if (activity.attachments && look.cardFallback) {
          // Web Chat's screen-reader live region reads this instead of the card, whose list it would
          // otherwise copy as a select with no name.
          const fallback = text('ui.cardFallback', { options: options.map((o) => o.label).join(', ') }, family);
          activity.channelData = { careprep: meta, 'webchat:fallback-text': plainText(`${first}\n\n${fallback}`) };
        }
      }
      messages.push(activity);
      return messages;
    },
  };
}

/** The card for a multiple choice: its options, its buttons' words, which come first and which start ticked. */
function multiSelect(
  view: QuestionView,
  options: readonly Option[],
  family: ChannelFamily,
  text: Renderer['text'],
): ReturnType<typeof multiSelectCard> {
  // What is ticked is never hidden behind "show more".
  const featured = view.featured
    ?.concat((view.ticked ?? []).filter((id) => !view.featured?.includes(id)))
    .filter((id) => options.some((o) => o.id === id));
  const hidden = featured ? options.length - featured.length : 0;
  const texts = {
    submit: view.question.card?.submit ?? text('ui.submit', {}, family),
    none: view.allowNone ? (view.question.card?.none ?? text('ui.noneOfThese', {}, family)) : undefined,
    showMore: hidden > 0 ? text('ui.showMore', { count: hidden }, family) : undefined,
  };
  return multiSelectCard(options, texts, view.linkId, { featured, ticked: view.ticked });
}
