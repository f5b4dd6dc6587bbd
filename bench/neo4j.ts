// The Neo4j a benchmark runs against: NEO4J_URI when set, otherwise a fresh local
// instance of its own (never the user's data), stopped at the end.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config.ts';
import { loadReports } from '../src/graph/load-reports.ts';
import { writeCorpus } from './corpus/write.ts';
import { createExecutor, type Executor } from '../src/graph/executor.ts';
import { applySchema } from '../src/graph/migrate.ts';
import { warmWritePlans } from '../src/graph/warm-up.ts';
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
  // As the product's commands open their services (src/cli/services.ts).
  await applySchema(executor);
  await warmWritePlans(executor);
  return {
    executor,
    connection: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password },
    stop: async () => {
      await executor.close();
      await neo4j.stop();
    },
  };
}

/** Reports in the national graph: the generated corpus of bench:load. */
export const NATIONAL = 30000;

/**
 * The graph a benchmark asks: `national` is the graph bench:load leaves (the generated
 * corpus, loaded first when the instance holds less of it), anything else a fresh Neo4j
 * with the five sample reports.
 */
export async function samplesOrNational(kind: string): Promise<BenchGraph> {
  const graph = await benchGraph(kind === 'national' ? 'national-instance' : 'bench-instance', { fresh: kind !== 'national' });
  const { executor } = graph;
  if (kind === 'national') {
    const [{ reports }] = (await executor.readText('MATCH (r:Report) RETURN count(r) AS reports')) as [{ reports: number }];
    if (Number(reports) < NATIONAL) {
      process.stderr.write(`loading the generated corpus of ${NATIONAL} reports (the graph holds ${reports})…\n`);
      const corpus = await writeCorpus(join(PROJECT_ROOT, 'bench', 'corpus-data', String(NATIONAL)), NATIONAL);
      await loadReports(executor, readdirSync(corpus.reports).sort().map((f) => join(corpus.reports, f)));
    }
  } else {
    await loadReports(executor, [join(PROJECT_ROOT, 'data', 'reports')], { force: true });
  }
  return graph;
}
