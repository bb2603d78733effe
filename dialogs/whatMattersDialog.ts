import type { PreparationRecord } from '../plan/record';
import { answeredBy } from '../plan/recordView';
import { SectionDialog, type SectionDeps } from './sectionDialog';

export const whatMattersDialogId = 'whatMattersDialog';

/**
 * Part 2: what matters, what is going well, what is hard, what they would like to do, who supports
 * them and how they feel about living with their conditions (both Year of Care prompts).
 */
export class WhatMattersDialog extends SectionDialog {
  constructor(deps: SectionDeps) {
    super(whatMattersDialogId, 'whatMatters', deps);
  }

  protected keys(record: PreparationRecord): string[] {
    const base = [
      'whatMatters.most',
      'whatMatters.goingWell',
      'whatMatters.hard',
      'whatMatters.wouldLikeTo',
      'whatMatters.support',
      'whatMatters.feelings',
    ];
    return answeredBy(record) === 'carer' ? [...base, 'carer.view.whatMatters'] : base;
  }
}
