import type { TestProject } from 'vitest/node';
import { createExecutor } from '../src/graph/executor.ts';
import { applySchema } from '../src/graph/migrate.ts';
import { startTestNeo4j, type TestNeo4j } from './helpers/test-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

// One Neo4j for the whole run; if it cannot be had, the run fails (it never skips).
export default async function setup(project: TestProject) {
  const t0 = Date.now();
  const neo4j = await startTestNeo4j((line) => process.stderr.write(`[neo4j] ${line}\n`));
  const executor = createExecutor(neo4j);
  await applySchema(executor);
  await executor.close();
  process.stderr.write(`[neo4j] test database ready at ${neo4j.uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  const { stop, ...target } = neo4j;
  project.provide('neo4j', target);
  return async () => {
    await stop();
  };
}
