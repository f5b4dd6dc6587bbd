import type { Executor } from './executor.ts';
import { cypherFiles, cypherStatements } from './queries.ts';

/**
 * Applies every schema statement under cypher/schema/ in file order. Each one is
 * `IF NOT EXISTS`, so running this twice changes nothing.
 */
export async function applySchema(executor: Executor): Promise<number> {
  let count = 0;
  for (const file of cypherFiles('schema')) {
    for (const statement of cypherStatements(file)) {
      // Schema statements cannot share a transaction with each other in Neo4j.
      await executor.writeText(statement, {}, file);
      count++;
    }
  }
  // Wait until new indexes are usable, so the first load does not race them.
  await executor.writeText('CALL db.awaitIndexes(300)', {}, 'await-indexes');
  return count;
}
