import { afterAll, beforeEach, inject } from 'vitest';
import { createExecutor, type Executor } from '../../src/graph/executor.ts';
import { TEST_MARKER } from './test-neo4j.ts';

/** Wipes the graph (not the schema), keeping the marker that says this is a test database. */
export async function wipe(executor: Executor): Promise<void> {
  await executor.writeText(`MATCH (n) WHERE NOT n:${TEST_MARKER} DETACH DELETE n`, {}, 'test-wipe');
}

/**
 * An executor on the run's Neo4j, with the graph emptied before each test of the
 * file, so no test sees another's data.
 */
export function useGraph(options: { wipeBeforeEach?: boolean } = {}): { executor: Executor } {
  const target = inject('neo4j');
  const executor = createExecutor(target);
  if (options.wipeBeforeEach !== false) beforeEach(() => wipe(executor));
  afterAll(() => executor.close());
  return { executor };
}
