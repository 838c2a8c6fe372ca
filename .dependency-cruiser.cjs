// Layering of src/, enforced in `npm test` (npm run lint:deps). Lower layers never import higher
// ones; a folder is entered through its index.ts, never a deep file; no import cycles.
// Bottom to top: shared records and contracts, infrastructure, storage, then the stages in flow
// order, then the API, the wiring and the CLI. A new stage goes in its place in the flow.
const LAYERS = [
  ['records\\.ts', 'errors\\.ts', 'stage\\.ts', 'topics\\.ts', 'random\\.ts'],
  ['delivery', 'config', 'auth'],
  ['telemetry'],
  ['store', 'patterns'],
  ['receive', 'source'],
  ['detect'],
  ['diagnose'],
  ['recover'],
  ['escalate'],
  ['notify'],
  ['audit'],
  ['learn', 'report'],
  ['api'],
  ['options\\.ts', 'pipeline\\.ts', 'demo'],
  ['cli'],
];

const path = (names) => `^src/(${names.join('|')})($|/)`;

const layerRules = LAYERS.slice(0, -1).map((names, i) => ({
  name: `layer-${i}-upward`,
  comment: `${names.join(', ')} must not import a higher layer (${LAYERS.slice(i + 1).flat().join(', ')})`,
  severity: 'error',
  from: { path: path(names) },
  to: { path: path(LAYERS.slice(i + 1).flat()) },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'enter-through-index',
      comment: 'another folder is imported through its index.ts, not a deep file',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/([^/]+)/.+', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'root-enter-through-index',
      comment: 'root files import folders through their index.ts',
      severity: 'error',
      from: { path: '^src/[^/]+\\.ts$' },
      to: { path: '^src/[^/]+/.+', pathNot: '^src/[^/]+/index\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'no import cycles (type-only imports are erased at run time and may form one)',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    { name: 'not-to-tests-or-bench', severity: 'error', from: { path: '^src/' }, to: { path: '^(test|bench)/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|test|bench|examples)/' },
  },
};
