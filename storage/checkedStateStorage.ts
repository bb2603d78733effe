import type { Storage, StoreItems } from 'botbuilder';

/** Where the eTag an item was read with is kept on the in-memory state object. */
const readWith = 'careprepReadETag';

/** A store that can say which eTag each write produced. */
export interface ETagReportingStorage extends Storage {
  writeItems(changes: StoreItems): Promise<Record<string, string>>;
}

/**
 * A state item without the eTags kept on it (the one it was stored with and the one it was read
 * with): what it holds, for telling whether a turn changed it.
 */
export function stateContent(item: Record<string, unknown>): Record<string, unknown> {
  const { eTag: _stored, [readWith]: _read, ...content } = item;
  return content;
}

function reportsETags(storage: Storage): storage is ETagReportingStorage {
  return 'writeItems' in storage && typeof storage.writeItems === 'function';
}

/**
 * Bot Framework's `BotState.saveChanges` writes with eTag `*`, so two writers silently overwrite
 * each other. This wrapper remembers the eTag each item was read with and writes with it instead,
 * so a stale conversation state fails with a conflict rather than rolling someone's dialog back.
 */
export class ConcurrencyCheckedStorage implements Storage {
  constructor(private readonly inner: Storage) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    for (const item of Object.values(items) as unknown[]) {
      if (item && typeof item === 'object' && 'eTag' in item && typeof item.eTag === 'string') {
        Object.assign(item, { [readWith]: item.eTag });
      }
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const outgoing: StoreItems = {};
    for (const [key, item] of Object.entries(changes)) {
      const { [readWith]: expected, ...rest } = item as Record<string, unknown>;
      outgoing[key] = { ...rest, eTag: typeof expected === 'string' ? expected : '*' };
    }
    let eTags: Record<string, string>;
    if (reportsETags(this.inner)) eTags = await this.inner.writeItems(outgoing);
    else {
      await this.inner.write(outgoing);
      const fresh = await this.inner.read(Object.keys(outgoing));
      eTags = Object.fromEntries(
        Object.entries(fresh as Record<string, { eTag?: unknown }>).map(([key, item]) => [key, String(item.eTag)]),
      );
    }
    // The cached state is the object BotState keeps: a second save in the same turn must use the new eTag.
    for (const [key, eTag] of Object.entries(eTags)) {
      const item = changes[key] as Record<string, unknown> | undefined;
      if (item) item[readWith] = eTag;
    }
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
