/**
 * The import boundaries of DESIGN.md's folder table, checked by `npm run lint`: imports only go
 * down the table, and nothing imports itself round a cycle.
 */
const sdk = '^node_modules/(botbuilder|botbuilder-core|botbuilder-dialogs|botframework-connector|botframework-schema)/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle makes two modules one; break it with a small shared module.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'plan-is-the-domain',
      comment: 'plan/ knows nothing of chat, servers or storage: zod, and the crisis kinds, only.',
      severity: 'error',
      from: { path: '^plan/' },
      to: {
        path: '^(bot|dialogs|storage|content|coordination|channels|teams)/|^node_modules/',
        pathNot: '^node_modules/(zod|@types/fhir)/',
      },
    },
    {
      name: 'safety-is-sdk-free',
      severity: 'error',
      from: { path: '^safety/' },
      to: { path: [`${sdk}`, '^(bot|storage|dialogs|channels)/'] },
    },
    {
      name: 'content-renders-only',
      severity: 'error',
      from: { path: '^content/' },
      to: { path: ['^node_modules/botbuilder-dialogs/', '^(bot|storage|dialogs|channels)/'] },
    },
    {
      name: 'channels-carry-turns-only',
      comment: 'A channel carries turns to the bot; what is asked and answered stays in dialogs/.',
      severity: 'error',
      from: { path: '^channels/' },
      to: { path: '^dialogs/' },
    },
    {
      name: 'dialogs-above-transport-and-storage',
      severity: 'error',
      from: { path: '^dialogs/' },
      to: { path: '^(bot|storage|channels)/' },
    },
    {
      name: 'coordination-is-sdk-free',
      comment: 'Coordination defines the stores it needs; storage/ implements them.',
      severity: 'error',
      from: { path: '^coordination/' },
      to: { path: [`${sdk}`, '^(bot|dialogs|channels|storage)/'] },
    },
    {
      name: 'storage-below-the-conversation',
      severity: 'error',
      from: { path: '^storage/' },
      to: { path: '^(bot|dialogs|channels)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules may be a link to a shared folder; keep its path so the rules' patterns match.
    preserveSymlinks: true,
    exclude: { path: '^(dist|test|bench|scripts)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['cjs', 'es6'],
  },
};
