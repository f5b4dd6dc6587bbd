import { defineConfig } from 'vitest/config';

// Four projects: pure code runs in parallel without Neo4j; everything that touches the
// graph or the API shares one real Neo4j started once per run by the global setup; the
// browser tests and the faults (Neo4j killed and restarted) use Neo4j instances of their own.
export default defineConfig({
  test: {
    env: { NODE_ENV: 'test' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'loaders/**/*.test.ts', 'src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          // One database: test files take turns, and each one starts from an empty graph.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          // The product as a user meets it: `county-graph start` in a child process and its
          // pages in a real Chromium, with the network cut off from everything but 127.0.0.1.
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'faults',
          include: ['test/faults/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
