// Runs bench/load-generator.ts in a process of its own and reads its one line of results.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../src/config.ts';

export interface LoadStats {
  requests: number;
  errors: number;
  firstError: string | null;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadRun {
  /** An http(s) GraphQL endpoint, or a bolt URI for recorded Cypher. */
  target: string;
  clients: number;
  seconds: number;
  maxRequests: number;
  /** The GraphQL query, or the recorded statements (JSON). */
  file: string;
  /** Count a request as an error unless the server refuses it. */
  expectRefusal?: boolean;
  env?: NodeJS.ProcessEnv;
}

const run = promisify(execFile);

export async function runLoadGenerator(r: LoadRun): Promise<LoadStats> {
  const args = [join(PROJECT_ROOT, 'bench', 'load-generator.ts'), r.target, String(r.clients), String(r.seconds), String(r.maxRequests), r.file, ...(r.expectRefusal ? ['refused'] : [])];
  const { stdout } = await run('node', ['--import', 'tsx', ...args], { cwd: PROJECT_ROOT, env: r.env ?? process.env });
  return JSON.parse(stdout) as LoadStats;
}
