import { z } from 'zod';
import { loadYaml } from '../../content/catalogue';
import { bare } from '../../plan/normalise';

export const coordinatorCommandsSchema = z.strictObject({
  invite: z.array(z.string().min(1)).min(1),
  patients: z.array(z.string().min(1)).min(1),
  help: z.array(z.string().min(1)).min(1),
});
export type CoordinatorCommand = keyof z.infer<typeof coordinatorCommandsSchema>;

/** Recognises a coordinator's command by the whole message, never a part of it. */
export interface CoordinatorCommands {
  match(text: string): CoordinatorCommand | undefined;
}

/** The commands from `content/teams/commands.yaml`. */
export function loadCoordinatorCommands(): CoordinatorCommands {
  const lists = loadYaml('teams/commands.yaml', coordinatorCommandsSchema);
  const table = new Map<string, CoordinatorCommand>();
  for (const name of ['invite', 'patients', 'help'] as const)
    for (const phrase of lists[name]) table.set(bare(phrase), name);
  return { match: (text) => table.get(bare(text)) };
}
