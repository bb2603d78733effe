import { ConversationState, type StatePropertyAccessor, type Storage, type TurnContext } from 'botbuilder';
import { stateContent } from './checkedStateStorage';

/** A turn's state as loaded, and its JSON as last read or saved ('' when it must be saved). */
interface Cached {
  state: Record<string, unknown>;
  json: string;
}

/** What a state holds as JSON, its eTags left out. */
function jsonOf(state: Record<string, unknown>): string {
  return JSON.stringify(stateContent(state));
}

/**
 * Bot Framework's conversation state, telling whether a turn changed it by its JSON: made once
 * as it is loaded and once as it is saved. `BotState` hashes the whole state three times a turn
 * (on loading, before saving and after), each a `JSON.stringify` with a replacer and a SHA-256,
 * for the same answer. Saving, clearing and the eTag check (`ConcurrencyCheckedStorage`) are
 * unchanged.
 */
export class ChangeCheckedConversationState extends ConversationState {
  /** Where a turn's state is kept on its context, apart from `BotState`'s own cache (unused here). */
  private readonly cacheKey = Symbol('careprep.conversationState');

  constructor(storage: Storage, namespace?: string) {
    super(storage, namespace);
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = context.turnState.get<Cached | undefined>(this.cacheKey);
    if (!force && cached) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] ?? {}) as Record<string, unknown>;
    context.turnState.set(this.cacheKey, { state, json: jsonOf(state) });
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = context.turnState.get<Cached | undefined>(this.cacheKey);
    const json = cached && jsonOf(cached.state);
    if (!force && (cached === undefined || json === cached.json)) return;
    const key = await this.storageKey(context);
    const saving = cached ?? { state: {}, json: '' };
    saving.state.eTag = '*';
    await this.storage.write({ [key]: saving.state });
    // What was written: the write sets only the eTags, which the JSON leaves out.
    saving.json = json ?? jsonOf(saving.state);
    context.turnState.set(this.cacheKey, saving);
  }

  /**
   * A property of the state, read and written as `BotStatePropertyAccessor` does, but from the
   * turn's loaded state at once: a turn reads its properties a dozen times, each through a
   * generator and several promises there.
   */
  override createProperty<T = unknown>(name: string): StatePropertyAccessor<T> {
    const withState = <R>(context: TurnContext, use: (state: Record<string, unknown>) => R): Promise<R> => {
      const loaded = this.get(context);
      if (!loaded) return this.load(context).then(use);
      try {
        return Promise.resolve(use(loaded));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    return {
      get: (context: TurnContext, defaultValue?: T) =>
        withState(context, (state) => {
          if (!Object.prototype.hasOwnProperty.call(state, name) && defaultValue !== undefined)
            // A copy, as Bot Framework makes: the default itself is never the state's.
            state[name] = typeof defaultValue === 'object' ? JSON.parse(JSON.stringify(defaultValue)) : defaultValue;
          return state[name] as T;
        }),
      set: (context: TurnContext, value: T) =>
        withState(context, (state) => {
          state[name] = value;
        }),
      delete: (context: TurnContext) =>
        withState(context, (state) => {
          if (Object.prototype.hasOwnProperty.call(state, name)) delete state[name];
        }),
    };
  }

  override clear(context: TurnContext): Promise<void> {
    context.turnState.set(this.cacheKey, { state: {}, json: '' });
    return Promise.resolve();
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    const key = await this.storageKey(context);
    await this.storage.delete([key]);
  }

  override get(context: TurnContext): Record<string, unknown> | undefined {
    return context.turnState.get<Cached | undefined>(this.cacheKey)?.state;
  }
}
