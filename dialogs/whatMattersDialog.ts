import type { PreparationRecord } from '../plan/record';
import { answeredBy } from '../plan/recordView';
import { SectionDialog, type SectionDeps } from './sectionDialog';

export const whatMattersDialogId = 'whatMattersDialog';

/** Part 2: what matters, what is going well, what is hard, what they would like to do. */
export class WhatMattersDialog extends SectionDialog {
  constructor(deps: SectionDeps) {
    super(whatMattersDialogId, 'whatMatters', deps);
  }

  protected keys(record: PreparationRecord): string[] {
    const base = ['whatMatters.most', 'whatMatters.goingWell', 'whatMatters.hard', 'whatMatters.wouldLikeTo'];
    return answeredBy(record) === 'carer' ? [...base, 'carer.view.whatMatters'] : base;
  }
}
