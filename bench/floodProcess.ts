/**
 * A stranger's floods against the app, in their own process as an attacker's would be on another
 * machine: the people measured in the parent then share no event loop with the flood's clients,
 * only the machine. Started by the abuse scenario with FLOOD_BASE_URL; on a "stop" message it
 * finishes the requests in flight, sends back what each flood got, and exits.
 */
import { floodAll, type FloodTallies } from './floods';

async function main(): Promise<void> {
  const baseUrl = process.env.FLOOD_BASE_URL;
  if (!baseUrl) throw new Error('FLOOD_BASE_URL is not set');
  let flooding = true;
  process.on('message', (message) => {
    if (message === 'stop') flooding = false;
  });
  const tallies: FloodTallies = await floodAll(
    `${baseUrl}/v3/directline`,
    () => flooding,
    (line) => {
      process.stderr.write(`${line}\n`);
    },
  );
  process.send?.({ tallies }, () => process.exit(0));
}

process.send?.({ ready: true });
main().catch((error: unknown) => {
  process.stderr.write(`flood failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
