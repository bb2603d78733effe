import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { z } from 'zod';
import { channelFamily, type ChannelFamily } from '../content/channels';
import type { Renderer, TemplateData } from '../content/renderer';
import { sharedRecord, type OptionalSection } from '../plan/consentScope';
import type { LeadContactCopies } from '../plan/planEvents';
import type { PreparationRecord } from '../plan/record';
import { messageText } from './messageText';
import { listed } from './sharedParts';
import type { Phrases } from './recognisers/phrases';
import { readConfirmation } from './recognisers/confirmation';
import { createConfirmationPhrases, type ConfirmationPhrases } from './recognisers/confirmationPhrases';
import { questionData } from './sectionPrompt';
import type { SessionSource } from './sessionSource';

export const confirmationDialogId = 'confirmationDialog';

/**
 * What is asked before it is done: "start again", "delete my data", taking a shared plan back,
 * keeping a part of the plan from the lead contact before anything is shared, taking a part of a
 * shared plan back or sharing it again, going through a
 * new test result now, and taking a goal out.
 */
export const confirmationKinds = [
  'restart',
  'delete',
  'withdraw',
  'keepBack',
  'takeBackPart',
  'sharePart',
  'newResults',
  'removeGoal',
] as const;
export type ConfirmationKind = (typeof confirmationKinds)[number];

/**
 * Confirmations whose yes the dialog underneath carries out itself (it knows where to go on from):
 * the confirmation ends with `confirmedYes`'s result for it to read.
 */
type HandedBack = 'removeGoal';

/** A goal to take out: its number and words, and whether it is the only goal. */
const goalToTakeOutSchema = z.object({ number: z.number().int().min(1), words: z.string(), only: z.boolean() });
export type GoalToTakeOut = z.infer<typeof goalToTakeOutSchema>;

/** How a confirmation is begun, and what it keeps until the answer comes. */
export interface ConfirmationOptions {
  kind: ConfirmationKind;
  /** For `keepBack`: the plan section to keep from the lead contact. */
  section?: OptionalSection;
  /** For `takeBackPart` and `sharePart`: the plan sections to take out of what the lead contact can see, or put back. */
  sections?: OptionalSection[];
  /** For `newResults`: the new results' names as one phrase, and whether there is more than one. */
  newResults?: { names: string; many: boolean };
  /** For `removeGoal`: the goal asked about. */
  goal?: GoalToTakeOut;
}

/**
 * What every confirmation's words may use: the person's name and the lead contact as every
 * question names them, whether a plan is shared with that lead now and whether it was `unsent`
 * (shared, but never sent to them: only a lead sent it is named as holding it), and whether the
 * care team sent results (so only then are they said to be kept).
 */
function confirmationData(
  record: PreparationRecord,
  options: ConfirmationOptions,
  copy: { unsent: boolean; sending: boolean },
  renderer: Renderer,
  family: ChannelFamily,
): TemplateData {
  const data = {
    ...questionData(record, renderer, family),
    shared: sharedRecord(record) !== undefined,
    ...copy,
    results: record.results.items.length > 0,
  };
  const withGoal = options.goal ? { ...data, goal: options.goal.words, onlyGoal: options.goal.only } : data;
  const withResults = options.newResults ? { ...withGoal, ...options.newResults } : withGoal;
  const sections = options.section ? [options.section] : (options.sections ?? []);
  return sections.length > 0 ? { ...withResults, part: partWords(sections, renderer, data, family) } : withResults;
}

/** The words for plan `sections` ("goals and how you have been feeling"). */
export function partWords(
  sections: readonly OptionalSection[],
  renderer: Renderer,
  data: TemplateData,
  family: ChannelFamily,
): string {
  return listed(
    sections.map((section) => renderer.text(`planSection.${section}`, data, family)),
    renderer.text('share.and', {}, family),
  );
}

/**
 * The words of each confirmation: its question and card, and what is said when it is not a yes.
 * `carriesOn`: after a yes the question underneath is asked again, as after a no; `handsBack`: a yes
 * ends the confirmation for the dialog underneath to carry out (`confirmedYes`); otherwise the
 * action itself clears the dialog stack (starting again, deleting).
 */
const wording: Readonly<
  Record<ConfirmationKind, { ask: string; linkId: string; cancelled: string; carriesOn?: boolean; handsBack?: true }>
> = {
  restart: { ask: 'command.restartConfirm', linkId: 'control.restart', cancelled: 'command.restartCancelled' },
  delete: { ask: 'rights.deleteConfirm', linkId: 'control.delete', cancelled: 'rights.deleteCancelled' },
  withdraw: { ask: 'withdraw.confirm', linkId: 'control.withdraw', cancelled: 'withdraw.cancelled', carriesOn: true },
  keepBack: {
    ask: 'withdraw.keepBackConfirm',
    linkId: 'control.keepBack',
    cancelled: 'withdraw.keepBackCancelled',
    carriesOn: true,
  },
  takeBackPart: {
    ask: 'withdraw.partConfirm',
    linkId: 'control.takeBackPart',
    cancelled: 'withdraw.partCancelled',
    carriesOn: true,
  },
  sharePart: {
    ask: 'withdraw.partShareConfirm',
    linkId: 'control.sharePart',
    cancelled: 'withdraw.partShareCancelled',
    carriesOn: true,
  },
  newResults: { ask: 'results.newOffer', linkId: 'control.newResults', cancelled: 'results.newLater' },
  removeGoal: {
    ask: 'goals.removeConfirm',
    linkId: 'control.removeGoal',
    cancelled: 'goals.removeCancelled',
    handsBack: true,
  },
};

/**
 * What a confirmation ends with when nothing was done: which it was, and whether the dialog under
 * it asks its question again (after a no) or stays quiet (when the conversation carries on another
 * way, as after a long gap with a recap).
 */
const confirmationEndSchema = z.object({ confirmation: z.enum(confirmationKinds), askAgain: z.boolean() });
type ConfirmationEnd = z.infer<typeof confirmationEndSchema>;

/**
 * For a dialog's `resumeDialog`: when `result` is a confirmation's end, the dialog stays at the
 * question it was asking (asking it again when told to) and the turn ends there, rather than
 * ending or moving on as when a child of its own finishes. Undefined for any other result.
 */
export async function afterConfirmation(dc: DialogContext, result: unknown): Promise<DialogTurnResult | undefined> {
  const ended = confirmationEndSchema.safeParse(result);
  if (!ended.success) return undefined;
  if (ended.data.askAgain) await dc.repromptDialog();
  return Dialog.EndOfTurn;
}

function handsBack(kind: ConfirmationKind): kind is HandedBack {
  return wording[kind].handsBack === true;
}

/** A yes the dialog underneath carries out: which confirmation, and the goal it was about. */
const confirmedYesSchema = z.object({
  confirmation: z.enum(confirmationKinds),
  confirmed: z.literal(true),
  goal: goalToTakeOutSchema.optional(),
});
export type ConfirmedYes = z.infer<typeof confirmedYesSchema>;

/**
 * For a dialog's `resumeDialog`, before `afterConfirmation`: a yes to a confirmation it carries out
 * itself (taking a goal out), checked, as it comes back from stored dialog state; undefined otherwise.
 */
export function confirmedYes(result: unknown): ConfirmedYes | undefined {
  return confirmedYesSchema.safeParse(result).data;
}

/**
 * What happens on a yes, for each confirmation (the conversation's control words and rights do it);
 * a confirmation handed back is carried out by the dialog under it.
 */
export type ConfirmedActions = Readonly<
  Record<Exclude<ConfirmationKind, HandedBack>, (dc: DialogContext, options: ConfirmationOptions) => Promise<void>>
>;

/**
 * A yes-or-no asked on top of whatever was being asked, read from the next message: a clear yes
 * does the thing; an "ok" with words neither agreeing nor asking the opposite is asked again;
 * anything else (a no, a command word, an answer to the question underneath) is taken as a no,
 * said so, and the question underneath is asked again. It sits on the dialog stack
 * so the answer is read by it alone, and a lost stack loses the question with it.
 */
export class ConfirmationDialog extends Dialog<ConfirmationOptions> {
  constructor(
    private readonly deps: {
      renderer: Renderer;
      phrases: Phrases;
      sessions: SessionSource;
      leadCopies: LeadContactCopies;
    },
    private readonly confirmed: ConfirmedActions,
    private readonly words: ConfirmationPhrases = createConfirmationPhrases(),
  ) {
    super(confirmationDialogId);
  }

  override async beginDialog(dc: DialogContext, options: ConfirmationOptions): Promise<DialogTurnResult> {
    const state: ConfirmationOptions = {
      kind: options.kind,
      section: options.section,
      sections: options.sections,
      newResults: options.newResults,
      goal: options.goal,
    };
    dc.activeDialog!.state = state;
    await dc.context.sendActivity(await this.question(dc.context, state));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const { kind } = state;
    const text = messageText(dc.context) ?? '';
    const answer = readConfirmation(text, this.deps.phrases, dc.context.activity.locale, { kind, words: this.words });
    if (answer === 'unclear') {
      // Neither a yes nor a no to this question ("ok what happens then"): nothing is done, and it is asked again.
      const channelId = dc.context.activity.channelId;
      await dc.context.sendActivity(this.deps.renderer.message('confirm.unclear', {}, channelId));
      await dc.context.sendActivity(await this.question(dc.context, state));
      return Dialog.EndOfTurn;
    }
    if (answer === 'yes') {
      if (handsBack(kind)) {
        return dc.endDialog({ confirmation: kind, confirmed: true, goal: state.goal } satisfies ConfirmedYes);
      }
      await this.confirmed[kind](dc, state);
      if (wording[kind].carriesOn)
        return dc.endDialog({ confirmation: kind, askAgain: true } satisfies ConfirmationEnd);
      // Otherwise the action has ended the confirmation itself, with every dialog on the stack.
      return Dialog.EndOfTurn;
    }
    return this.end(dc, state, true);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance<ConfirmationOptions>): Promise<void> {
    await context.sendActivity(await this.question(context, instance.state));
  }

  /** True when a confirmation is waiting for its answer. */
  waiting(dc: DialogContext): boolean {
    return dc.activeDialog?.id === this.id;
  }

  /**
   * Takes back the confirmation waiting, unanswered: says nothing was done and ends it without the
   * dialog under it asking again, so the conversation can carry on as it would have (a recap).
   */
  async withdraw(dc: DialogContext): Promise<void> {
    await this.end(dc, this.state(dc), false);
  }

  private async end(dc: DialogContext, options: ConfirmationOptions, askAgain: boolean): Promise<DialogTurnResult> {
    const channelId = dc.context.activity.channelId;
    const { kind } = options;
    await dc.context.sendActivity(
      this.deps.renderer.message(wording[kind].cancelled, await this.data(dc.context, options), channelId),
    );
    return dc.endDialog({ confirmation: kind, askAgain } satisfies ConfirmationEnd);
  }

  private async question(
    context: TurnContext,
    options: ConfirmationOptions,
  ): Promise<ReturnType<Renderer['confirmation']>> {
    const { ask, linkId } = wording[options.kind];
    const data = await this.data(context, options);
    return this.deps.renderer.confirmation(ask, data, linkId, context.activity.channelId);
  }

  private async data(context: TurnContext, options: ConfirmationOptions): Promise<TemplateData> {
    const record = this.deps.sessions.get(context).record;
    const copy = await this.deps.leadCopies.standing(record, sharedRecord(record) !== undefined);
    const family = channelFamily(context.activity.channelId);
    return confirmationData(record, options, copy, this.deps.renderer, family);
  }

  private state(dc: DialogContext): ConfirmationOptions {
    return dc.activeDialog!.state as ConfirmationOptions;
  }
}
