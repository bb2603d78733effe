import type { PlanEvents } from '../../plan/planEvents';
import type { PreparationRecord } from '../../plan/record';
import { startApp, type RunningApp } from './startApp';

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

/**
 * A fresh app for each test of the enclosing `describe`, whose plan listeners note what they are
 * told; stopped after it. Read `running` and `told` inside tests.
 */
export function listeningAppPerTest(): { readonly running: RunningApp; readonly told: Told } {
  let running: RunningApp | undefined;
  let told: Told | undefined;
  beforeEach(async () => {
    const listener = listening();
    told = listener.told;
    running = await startApp({ overrides: { planListeners: [listener.events] } });
  });
  afterEach(() => running?.stop());
  return {
    get running(): RunningApp {
      if (!running) throw new Error('listeningAppPerTest: read running inside a test');
      return running;
    },
    get told(): Told {
      if (!told) throw new Error('listeningAppPerTest: read told inside a test');
      return told;
    },
  };
}

/** An app whose plan listeners note what they are told. */
export interface ListenedApp {
  running: RunningApp;
  told: Told;
}

/**
 * Runs `body` once per channel, each against a fresh app (with `env`) whose plan listeners note
 * what they are told, stopped after.
 */
export async function onEachChannel<C extends string>(
  list: readonly C[],
  body: (opened: ListenedApp, channelId: C) => Promise<void>,
  env: Record<string, string> = {},
): Promise<void> {
  for (const channelId of list) {
    const listener = listening();
    const running = await startApp({ env, overrides: { planListeners: [listener.events] } });
    try {
      await body({ running, told: listener.told }, channelId);
    } finally {
      await running.stop();
    }
  }
}
