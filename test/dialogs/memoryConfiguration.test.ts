import { expect } from 'chai';
import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { DialogSet, type DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { SharedMemoryConfiguration } from '../../dialogs/memoryConfiguration';

/** Runs two turns through one dialog set, lending and keeping as `Conversation` does. */
async function twoTurns(
  shared: SharedMemoryConfiguration,
): Promise<{ seen: DialogStateManagerConfiguration[]; read: unknown[] }> {
  const state = new ConversationState(new MemoryStorage());
  const dialogs = new DialogSet(state.createProperty('dialogState'));
  const seen: DialogStateManagerConfiguration[] = [];
  const read: unknown[] = [];
  const adapter = new TestAdapter(async (context: TurnContext) => {
    if (context.activity.type !== 'message') return;
    shared.lend(context);
    const dc = await dialogs.createContext(context);
    shared.keep(dc);
    seen.push(dc.state.configuration);
    dc.state.setValue('turn.heard', context.activity.text);
    read.push(dc.state.getValue('turn.heard'));
    await state.saveChanges(context);
  });
  await adapter.send('one');
  await adapter.send('two');
  return { seen, read };
}

describe('The dialogs memory configuration', () => {
  it('is built once and lent to every later turn, under the key botbuilder-dialogs reads', async () => {
    const { seen } = await twoTurns(new SharedMemoryConfiguration());
    expect(seen).to.have.length(2);
    expect(seen[0].memoryScopes).to.not.be.empty;
    expect(seen[1]).to.equal(seen[0]);
  });

  it('still gives each turn its own turn memory', async () => {
    const { read } = await twoTurns(new SharedMemoryConfiguration());
    expect(read).to.deep.equal(['one', 'two']);
  });
});
