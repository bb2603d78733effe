import { SectionDialog } from './sectionDialog';
import type { SectionDeps } from './sectionTypes';

export const whatMattersDialogId = 'whatMattersDialog';

/**
 * Part 2: what matters, what is going well, what is hard, what they would like to do, who supports
 * them and how they feel about living with their conditions (both Year of Care prompts).
 */
export class WhatMattersDialog extends SectionDialog {
  constructor(deps: SectionDeps) {
    super(whatMattersDialogId, 'whatMatters', deps);
  }
}
