import type { Config } from '../config.ts';
import { createExecutor, type Executor } from '../graph/executor.ts';
import { applySchema } from '../graph/migrate.ts';
import { warmWritePlans } from '../graph/warm-up.ts';
import { obtainNeo4j, type Neo4jEndpoint } from '../neo4j/index.ts';

export interface Services {
  neo4j: Neo4jEndpoint;
  executor: Executor;
  close(): Promise<void>;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Neo4j (from NEO4J_URI, found, or started), its schema applied, and an executor on it. */
export async function openServices(config: Config): Promise<Services> {
  const neo4j = await obtainNeo4j(config, log);
  const executor = createExecutor({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: neo4j.database, ...config.driver });
  try {
    await applySchema(executor);
    // Only a head start: a rehearsal that fails (a lock held by a load running beside it) costs nothing but that.
    await warmWritePlans(executor).catch((e: Error) => log(`county-graph: the write rehearsal failed (${e.message}); writes will be planned as they come.`));
  } catch (e) {
    await executor.close();
    await neo4j.stop();
    throw e;
  }
  return {
    neo4j,
    executor,
    close: async () => {
      await executor.close();
      await neo4j.stop();
    },
  };
}

/** Runs `work` with the services open, and closes them whatever happens. */
export async function withServices<T>(config: Config, work: (services: Services) => Promise<T>): Promise<T> {
  const services = await openServices(config);
  try {
    return await work(services);
  } finally {
    await services.close();
  }
}
