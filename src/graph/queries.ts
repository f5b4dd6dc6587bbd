import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { CountyGraphError } from '../errors.ts';

export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

/**
 * Every Cypher statement the product runs, by its path under cypher/ without the
 * extension. A test checks that this list and the files on disk are the same.
 */
export const QUERY_NAMES = [
  'api/counties',
  'api/counties-by-code',
  'api/county-by-name',
  'api/county-enterprises',
  'api/county-honours',
  'api/county-indicators',
  'api/county-page',
  'api/county-industries',
  'api/county-projects',
  'api/county-reports',
  'api/enterprise-by-name',
  'api/enterprise-links',
  'api/enterprises',
  'api/evidence',
  'api/honour-awards',
  'api/honour-leaders',
  'api/honours',
  'api/industries',
  'api/indicator-periods',
  'api/industry-by-name',
  'api/industry-links',
  'api/industry-projects',
  'api/ping',
  'api/project-links',
  'api/project-page',
  'api/projects',
  'api/projects-by-id',
  'api/rank-counties',
  'api/reports',
  'api/report-facts',
  'api/reports-by-id',
  'api/search',
  'api/similar-counties',
  'api/stats-labels',
  'api/stats-reports',
  'bench/reference-write',
  'report/claim',
  'report/find',
  'report/delete',
  'report/county-of',
  'report/prune-places',
  'report/list',
  'report/mark-latest',
  'report/unmarked-counties',
  'report/settle-projects',
  'report/write',
  'report/write-observations',
  'report/write-industries',
  'report/write-enterprises',
  'report/write-projects',
  'report/write-honours',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

const cache = new Map<string, string>();

/** Strips `//` line comments so files can explain themselves. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

export function cypher(name: QueryName): string {
  let text = cache.get(name);
  if (text === undefined) {
    try {
      text = stripComments(readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8'));
    } catch (cause) {
      throw new CountyGraphError('E_QUERY_UNKNOWN', `No Cypher file cypher/${name}.cypher`, { cause });
    }
    cache.set(name, text);
  }
  return text;
}

/**
 * A statement whose plan Neo4j keeps while the statistics of the graph change (a separate
 * entry of its query cache): loads into a young graph use these, where every group of
 * reports changes the counts enough to make Neo4j plan each write statement again.
 */
export function stablePlan(name: QueryName): string {
  return `CYPHER replan=skip\n${cypher(name)}`;
}

/** All .cypher files under a folder of cypher/, as names, sorted. */
export function cypherFiles(folder = ''): string[] {
  const root = join(CYPHER_DIR, folder);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.cypher')) out.push(relative(CYPHER_DIR, full).replace(/\.cypher$/, ''));
    }
  };
  walk(root);
  return out;
}

/** The statements of a multi-statement file (schema migrations), split on `;` at line ends. */
export function cypherStatements(name: string): string[] {
  const text = stripComments(readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8'));
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
