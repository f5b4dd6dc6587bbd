import type { Executor } from './executor.ts';
import { cypherFiles, cypherStatements } from './queries.ts';

/** The name a schema statement creates (CREATE CONSTRAINT name / CREATE … INDEX name). */
export function schemaName(statement: string): string | undefined {
  return /CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+)?INDEX)\s+(\w+)/i.exec(statement)?.[1];
}

/**
 * Applies the schema statements under cypher/schema/ that the database lacks, in file
 * order. Each is also `IF NOT EXISTS`, so running this twice changes nothing.
 */
export async function applySchema(executor: Executor): Promise<number> {
  const existing = new Set(
    [
      ...(await executor.readText('SHOW CONSTRAINTS YIELD name RETURN name')),
      ...(await executor.readText('SHOW INDEXES YIELD name RETURN name')),
    ].map((r) => r.name as string),
  );
  let applied = 0;
  for (const file of cypherFiles('schema')) {
    const pending = cypherStatements(file).filter((statement) => {
      const name = schemaName(statement);
      if (name && existing.has(name)) return false;
      // A DROP runs only when there is something to drop, so a second run applies nothing.
      const dropped = /^DROP\s+(?:CONSTRAINT|INDEX)\s+(\w+)/i.exec(statement)?.[1];
      return !(dropped && !existing.has(dropped));
    });
    // The data the file's indexes stand for comes first; an index that exists says it is done.
    if (pending.length) await DATA_BEFORE[file]?.(executor);
    for (const statement of pending) {
      // Schema statements cannot share a transaction with each other in Neo4j.
      await executor.writeText(statement, {}, file);
      applied++;
    }
  }
  // Wait until new indexes are usable, so the first load does not race them.
  if (applied) await executor.writeText('CALL db.awaitIndexes(300)', {}, 'await-indexes');
  return applied;
}

/**
 * Observations written before the league table's flags existed get them, a batch of
 * counties per transaction (a national graph holds hundreds of thousands). Run by
 * applySchema before the flags' indexes are created, so not on every start (the search
 * for unmarked observations scans them all).
 */
export async function markLatestObservations(executor: Executor, batch = 200): Promise<number> {
  let marked = 0;
  for (;;) {
    const [row] = await executor.read('report/unmarked-counties', { limit: batch });
    const codes = (row?.codes as string[] | undefined) ?? [];
    if (!codes.length) return marked;
    await executor.write('report/mark-latest', { codes });
    marked += codes.length;
  }
}

/** Data steps run before a schema file is applied (once: until its indexes exist). */
const DATA_BEFORE: Record<string, (executor: Executor) => Promise<unknown>> = {
  'schema/005-latest-flags': markLatestObservations,
};
