import type { PlanEvents } from '../../dialogs/planEvents';
import type { PreparationRecord } from '../../plan/record';

/** What the plan listeners were told. */
export interface Told {
  shared: Array<{ record: PreparationRecord; previous?: PreparationRecord }>;
  withdrawn: PreparationRecord[];
}

/** Plan listeners that note what they are told, for tests of what sharing does. */
export function listening(): { events: PlanEvents; told: Told } {
  const told: Told = { shared: [], withdrawn: [] };
  return {
    told,
    events: {
      shared: (record, previous) => Promise.resolve(void told.shared.push({ record, previous })),
      withdrawn: (record) => Promise.resolve(void told.withdrawn.push(record)),
    },
  };
}
