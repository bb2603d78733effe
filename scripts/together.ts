/**
 * `tsx scripts/together.ts <npm script>...`: runs the named package.json scripts at the same time
 * and fails if any fails. The checks `npm test` runs first (type-check, ESLint, Prettier,
 * dependency-cruiser) are each mostly one core's work, so side by side they take about as long as
 * the longest rather than the sum. Each one's output is held and printed whole when it ends, so
 * nothing interleaves.
 */
import { spawn } from 'node:child_process';

/** One command to run. */
export interface Task {
  name: string;
  command: string;
  args: readonly string[];
}

/** How one task ended. */
export interface TaskResult {
  name: string;
  /** The exit code; null when a signal ended it or it could not start. */
  code: number | null;
  /** The signal that ended it, if one did. */
  signal: NodeJS.Signals | null;
  /** stdout and stderr as they came, in one piece. */
  output: string;
  seconds: number;
}

function runOne(task: Task): Promise<TaskResult> {
  const started = process.hrtime.bigint();
  const seconds = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn(task.command, task.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', (error) =>
      resolve({ name: task.name, code: null, signal: null, output: `${error.message}\n`, seconds: seconds() }),
    );
    child.once('close', (code, signal) =>
      resolve({ name: task.name, code, signal, output: Buffer.concat(chunks).toString('utf8'), seconds: seconds() }),
    );
  });
}

/** A task's result as one block: a heading line, then its output. */
export function report(result: TaskResult): string {
  const outcome =
    result.code === 0
      ? 'ok'
      : `FAILED (${result.code !== null ? `exit ${result.code}` : result.signal ? result.signal : 'could not start'})`;
  const body = result.output === '' || result.output.endsWith('\n') ? result.output : `${result.output}\n`;
  return `── ${result.name}: ${outcome}, ${result.seconds.toFixed(1)} s\n${body}`;
}

/**
 * Starts every task at once; `write` gets each one's block as it ends. Resolves with the results
 * in the order given.
 */
export async function runTogether(tasks: readonly Task[], write: (block: string) => void): Promise<TaskResult[]> {
  return Promise.all(
    tasks.map(async (task) => {
      const result = await runOne(task);
      write(report(result));
      return result;
    }),
  );
}

/** The task for a package.json script. */
export function npmScript(name: string): Task {
  return { name, command: process.platform === 'win32' ? 'npm.cmd' : 'npm', args: ['run', '--silent', name] };
}

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  if (names.length === 0) throw new Error('usage: tsx scripts/together.ts <npm script>...');
  const results = await runTogether(names.map(npmScript), (block) => process.stdout.write(block));
  const failed = results.filter((result) => result.code !== 0).map((result) => result.name);
  if (failed.length > 0) {
    process.stderr.write(`failed: ${failed.join(', ')}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
