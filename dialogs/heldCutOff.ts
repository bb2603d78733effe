import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { CutOff } from './cutOffAnswer';
import type { SectionState } from './sectionTypes';

/**
 * The cut-off answer the question waiting holds (`SectionState.cutOff`), read before the
 * conversation runs: the crisis screen must see it joined to the message that finishes it, as
 * one message, or "he took an" then "overdose" is screened only in parts (hazard H40).
 */
export class HeldCutOff {
  constructor(
    private readonly deps: { dialogState: StatePropertyAccessor<DialogState>; sections: readonly { id: string }[] },
  ) {}

  /** The words held, when the dialog on top of the stack (its last) is a section holding a cut-off answer. */
  async words(context: TurnContext): Promise<CutOff | undefined> {
    return (await this.state(context))?.cutOff;
  }

  /**
   * Lets the held words go: a message the crisis guard answered was screened with them, as one
   * message, so nothing is left to join to the next one (as if it had been sent whole).
   */
  async letGo(context: TurnContext): Promise<void> {
    const state = await this.state(context);
    if (state) state.cutOff = undefined;
  }

  private async state(context: TurnContext): Promise<SectionState | undefined> {
    const top = (await this.deps.dialogState.get(context))?.dialogStack?.at(-1);
    if (!top || !this.deps.sections.some((section) => section.id === top.id)) return undefined;
    return top.state as SectionState;
  }
}
