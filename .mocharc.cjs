// Mocha's settings for `npm test`. The two workers take the test files in the order listed here,
// so the longest go first: given last, one of them ran on alone at the end while the other core
// sat idle. The rest follow in path order.
const { readdirSync } = require('node:fs');

/** The files that take longest here (seconds of wall time in a quiet run), longest first. */
const longest = [
  'test/safety/model.test.ts', // rebuilds the learned crisis layer: CPU
  'test/instances/teamsPacing.test.ts', // real-time pacing on PostgreSQL
  'test/dialogs/teamsLongOutage.test.ts', // two days of queue retries, step by step
  'test/instances/directLineInstances.test.ts', // real server processes
  'test/instances/repliesOnce.test.ts',
  'test/bot/durability.test.ts',
  'test/channels/teams/pacedTeamsSender.test.ts',
  'test/instances/twoInstances.test.ts',
  'test/dialogs/withdrawal.test.ts',
  'test/safety/literalGate.test.ts',
  'test/instances/postgresStartup.test.ts',
];

const all = readdirSync('test', { recursive: true })
  .map((path) => `test/${path.split('\\').join('/')}`)
  .filter((path) => path.endsWith('.test.ts'))
  .sort();

module.exports = {
  require: ['tsx/cjs'],
  'node-option': ['no-regexp-tier-up'],
  extension: ['ts'],
  spec: [...longest.filter((path) => all.includes(path)), ...all.filter((path) => !longest.includes(path))],
  timeout: 20000,
  exit: true,
  parallel: true,
  jobs: 2,
};
