/**
 * Layer boundaries (see README): src/core is pure TypeScript and runs in Node,
 * the browser and Electron alike; src/node may use Node but not Electron or the
 * DOM; only src/main and src/preload may import electron.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core imports nothing from electron, Node built-ins, the DOM layers, main, renderer, node or cli.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        pathNot: '^src/core/',
        dependencyTypesNot: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'type-only'],
      },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-no-electron',
      severity: 'error',
      from: { path: '^src/(core|node|cli|renderer|shared)/' },
      to: { path: '^electron$|node_modules/electron/' },
    },
    {
      name: 'core-no-ui-libraries',
      comment: 'The view layer (prosemirror-view) belongs to the renderer.',
      severity: 'error',
      from: { path: '^src/(core|node|cli)/' },
      to: { path: 'node_modules/prosemirror-view/' },
    },
    {
      name: 'renderer-no-node',
      comment: 'The renderer runs sandboxed: no Node built-ins, no main, node or cli code.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { path: '^src/(main|node|cli|preload)/|^(fs|path|child_process|os|node:.*)$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.node.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.mjs', '.json'] },
  },
};
