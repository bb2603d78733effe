import { expect } from 'chai';
import { ActivityTypes, TestAdapter, TurnContext, type ConversationState } from 'botbuilder';
import { createSealer } from '../../storage/encryption';
import { SqlStorage } from '../../storage/sqlStorage';
import { turnState } from '../../bot/pipeline/turnState';
import { silentLogger } from '../../bot/logger';
import type { Database } from '../../storage/database';
import { describeEngines } from '../support/engines';

/** A turn of conversation `id` on a test channel. */
function turnOf(id: string): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: ActivityTypes.Message,
    channelId: 'test',
    conversation: { id, name: id, isGroup: false, conversationType: 'personal' },
    from: { id: 'person', name: 'person' },
    recipient: { id: 'bot', name: 'bot' },
    text: 'hello',
  });
}

/** A value that counts how often it is turned into JSON. */
class Counted {
  times = 0;
  toJSON(): string {
    this.times += 1;
    return 'counted';
  }
}

/**
 * The conversation state as the app makes it (`turnState`): a turn tells whether its state changed
 * by its JSON, made once as it is read and once as it is saved, with no hash of it made twice.
 */
describeEngines('Conversation state: what a turn serialises to tell a change', (current) => {
  let db: Database;
  let state: ConversationState;

  beforeEach(() => {
    ({ db } = current());
    state = turnState({
      db,
      sealer: createSealer(null),
      clock: () => new Date(),
      logger: silentLogger,
    }).conversationState;
  });

  const stored = async (id: string): Promise<Record<string, unknown> | undefined> => {
    const key = state.getStorageKey(turnOf(id)) as string;
    return (await new SqlStorage(db, createSealer(null)).read([key]))[key] as Record<string, unknown> | undefined;
  };

  it('serialises a changed state twice as it saves it: to compare, and to write', async () => {
    const context = turnOf('c1');
    const loaded = await state.load(context);
    const counted = new Counted();
    loaded.meta = { counted };
    await state.saveChanges(context);
    expect(counted.times).to.equal(2);
    expect((await stored('c1'))?.meta).to.deep.equal({ counted: 'counted' });
  });

  it('writes nothing when the state is as it was read, and what changed when it is not', async () => {
    const first = turnOf('c2');
    (await state.load(first)).meta = { asked: 'about.name' };
    await state.saveChanges(first);
    const eTag = (await stored('c2'))?.eTag;

    const same = turnOf('c2');
    await state.load(same);
    await state.saveChanges(same);
    expect((await stored('c2'))?.eTag, 'unchanged: not written').to.equal(eTag);

    const changed = turnOf('c2');
    const loaded = await state.load(changed);
    (loaded.meta as Record<string, unknown>).asked = 'about.age';
    await state.saveChanges(changed);
    const after = await stored('c2');
    expect(after?.eTag).to.not.equal(eTag);
    expect(after?.meta).to.deep.equal({ asked: 'about.age' });
  });

  it('saves again in the same turn with the eTag of its first save, and writes a cleared state', async () => {
    const context = turnOf('c3');
    (await state.load(context)).meta = { n: 1 };
    await state.saveChanges(context);
    (await state.load(context)).meta = { n: 2 };
    await state.saveChanges(context);
    expect((await stored('c3'))?.meta).to.deep.equal({ n: 2 });

    const next = turnOf('c3');
    await state.load(next);
    await state.clear(next);
    await state.saveChanges(next);
    expect((await stored('c3'))?.meta).to.equal(undefined);
  });

  it('refuses a save over a state another writer saved since it was read', async () => {
    const start = turnOf('c4');
    (await state.load(start)).meta = { by: 'start' };
    await state.saveChanges(start);
    const one = turnOf('c4');
    const two = turnOf('c4');
    await state.load(one);
    await state.load(two);
    (await state.load(one)).meta = { by: 'one' };
    await state.saveChanges(one);
    (await state.load(two)).meta = { by: 'two' };
    const error = await state.saveChanges(two).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error, 'a stale save is refused').to.be.instanceOf(Error);
    expect((await stored('c4'))?.meta).to.deep.equal({ by: 'one' });
  });

  it('reads and writes its properties as Bot Framework does: a default copied in, set, deleted, saved', async () => {
    const context = turnOf('c5');
    const meta = state.createProperty<{ asked?: string; list: string[] }>('meta');
    const fallback = { list: ['a'] };
    expect(await state.createProperty('other').get(context)).to.equal(undefined);
    const got = await meta.get(context, fallback);
    expect(got).to.deep.equal({ list: ['a'] });
    expect(got).to.not.equal(fallback);
    got?.list.push('b');
    expect(fallback.list, 'the default is not the state').to.deep.equal(['a']);
    expect(await meta.get(context, { list: [] })).to.equal(got);
    await meta.set(context, { asked: 'about.name', list: [] });
    await state.createProperty('other').set(context, 3);
    await state.createProperty('other').delete(context);
    await state.saveChanges(context);
    const saved = await stored('c5');
    expect(saved?.meta).to.deep.equal({ asked: 'about.name', list: [] });
    expect(saved).to.not.have.property('other');
    expect(await meta.get(turnOf('c5'))).to.deep.equal({ asked: 'about.name', list: [] });
  });
});
