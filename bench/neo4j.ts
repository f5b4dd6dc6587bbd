// The Neo4j a benchmark runs against: NEO4J_URI when set, otherwise a fresh local
// instance of its own (never the user's data), stopped at the end.
import { loadConfig } from '../src/config.ts';
import { createExecutor, type Executor } from '../src/graph/executor.ts';
import { applySchema } from '../src/graph/migrate.ts';
import { startLocalNeo4j } from '../src/neo4j/index.ts';

export interface BenchGraph {
  executor: Executor;
  connection: { uri: string; user: string; password: string };
  stop(): Promise<void>;
}

export async function benchGraph(instance = 'bench-instance', o: { fresh?: boolean } = {}): Promise<BenchGraph> {
  const config = loadConfig();
  const neo4j = config.external
    ? { ...config.external, stop: async () => {} }
    : await startLocalNeo4j({ ...config.local, instance, fresh: o.fresh ?? true, boltPort: 0, httpPort: 0, log: (l) => process.stderr.write(`${l}\n`) });
  const executor = createExecutor(neo4j);
  await applySchema(executor);
  return {
    executor,
    connection: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password },
    stop: async () => {
      await executor.close();
      await neo4j.stop();
    },
  };
}
