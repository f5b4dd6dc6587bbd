import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';

/**
 * A temporary COUNTY_GRAPH_NEO4J_DIR for a Neo4j of a test's own (never the user's), whose
 * jars and class path are shared with the project's runtime folder, so nothing is resolved
 * or patched again.
 */
export function tempNeo4jFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const runtime = join(loadConfig().local.dir, 'runtime');
  mkdirSync(runtime, { recursive: true });
  symlinkSync(runtime, join(dir, 'runtime'));
  return dir;
}
