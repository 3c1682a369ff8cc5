import { defineConfig } from 'vitest/config';

const workspaces = {
  '@alambic/embedded-db': 'packages/embedded-db',
  '@alambic/demo-data': 'packages/demo-data',
  '@alambic/subgraph-kit': 'packages/subgraph-kit',
  '@alambic/connector-kit': 'packages/connector-kit',
  '@alambic/internal': 'subgraphs/internal',
  '@alambic/accounting': 'subgraphs/accounting',
  '@alambic/events': 'subgraphs/events',
  '@alambic/volunteering': 'subgraphs/volunteering',
  '@alambic/gateway': 'gateway',
  '@alambic/stack': 'stack',
};

export default defineConfig({
  // Legacy decorators with metadata for every file, tests included (type-graphql and TypeORM need design:type).
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: {
    alias: [
      { find: /^@alambic\/gateway\/config$/, replacement: new URL('./gateway/src/config.ts', import.meta.url).pathname },
      // One copy of graphql for Vite and the externalised type-graphql (stack.md §4).
      { find: /^graphql$/, replacement: 'graphql/index.js' },
      ...Object.entries(workspaces).map(([name, dir]) => ({
        find: new RegExp(`^${name}$`),
        replacement: new URL(`./${dir}/src/index.ts`, import.meta.url).pathname,
      })),
    ],
  },
  test: {
    include: ['packages/*/tests/**/*.test.ts', 'subgraphs/*/tests/**/*.test.ts', 'gateway/tests/**/*.test.ts', 'stack/tests/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/support/scratch-tmpdir.ts'],
    env: { APOLLO_TELEMETRY_DISABLED: '1' },
  },
});
