import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** What one of the project's scripts did when run as a process: exit code, JSON log lines, stderr. */
export interface ScriptRun {
  code: number | null;
  lines: Record<string, unknown>[];
  stderr: string;
}

/**
 * Runs `scripts/<name>` as `npm run` would (tsx, from the project root) with only PATH and `env`,
 * and gathers the JSON lines it logs.
 */
export function runScript(name: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<ScriptRun> {
  const root = join(__dirname, '..', '..');
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', name), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) =>
      resolve({
        code,
        stderr,
        lines: stdout
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as Record<string, unknown>),
      }),
    ),
  );
}
