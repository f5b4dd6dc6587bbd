import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_DEFAULTS, loadConfig, PROJECT_ROOT } from '../../src/config.ts';
import { CountyGraphError } from '../../src/errors.ts';

describe('configuration', () => {
  it('has working defaults: a local Neo4j on 7687/7474 and the API on 4000', () => {
    const c = loadConfig({});
    expect(c.external).toBeUndefined();
    expect(c.local).toMatchObject({ boltPort: 7687, httpPort: 7474, heap: '512m', pageCache: '256m', version: '5.26.30' });
    expect(c.local.dir).toBe(join(PROJECT_ROOT, '.neo4j'));
    expect(c.api).toMatchObject({ port: 4000, host: '127.0.0.1', token: undefined });
    expect(c.reportsDir).toBe(join(PROJECT_ROOT, 'data/reports'));
    // No password by default: the local Neo4j gets a generated one.
    expect(c.local.password).toBe('');
    expect(c.extraction).toEqual({ budgetMs: 60_000, threads: 0 });
    expect(c.driver).toEqual({ maxConnectionPoolSize: 50, connectionAcquisitionTimeoutMs: 10_000, maxTransactionRetryTimeMs: 15_000, readTimeoutMs: 30_000, writeTimeoutMs: 300_000 });
  });

  it('reads the driver settings in seconds, with 0 meaning no retry or no limit', () => {
    const c = loadConfig({ COUNTY_GRAPH_POOL_SIZE: '4', COUNTY_GRAPH_ACQUIRE_TIMEOUT: '0.5', COUNTY_GRAPH_RETRY_TIME: '0', COUNTY_GRAPH_READ_TIMEOUT: '2.5', COUNTY_GRAPH_WRITE_TIMEOUT: '0' });
    expect(c.driver).toEqual({ maxConnectionPoolSize: 4, connectionAcquisitionTimeoutMs: 500, maxTransactionRetryTimeMs: 0, readTimeoutMs: 2500, writeTimeoutMs: 0 });
  });

  it('uses the Neo4j named by NEO4J_URI and starts none', () => {
    const c = loadConfig({ NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p' });
    expect(c.external).toEqual({ uri: 'bolt://db:7687', user: 'u', password: 'p', database: undefined });
  });

  it.each([
    [{ COUNTY_GRAPH_BOLT_PORT: 'seven' }, /COUNTY_GRAPH_BOLT_PORT=seven is not a port/],
    [{ COUNTY_GRAPH_API_PORT: '70000' }, /COUNTY_GRAPH_API_PORT=70000/],
    [{ COUNTY_GRAPH_NEO4J_HEAP: 'lots' }, /COUNTY_GRAPH_NEO4J_HEAP=lots is not a memory size/],
    [{ COUNTY_GRAPH_NEO4J_JIT: 'fast' }, /COUNTY_GRAPH_NEO4J_JIT=fast is neither full nor quick/],
    [{ NEO4J_PASSWORD: 'short' }, /at least 8 characters/],
    [{ NEO4J_PASSWORD: 'county-graph-local' }, /anyone would try first/],
    [{ NEO4J_PASSWORD: 'Password' }, /anyone would try first/],
    [{ COUNTY_GRAPH_EXTRACT_BUDGET: '0' }, /COUNTY_GRAPH_EXTRACT_BUDGET=0 is not a positive number of seconds/],
    [{ COUNTY_GRAPH_EXTRACT_THREADS: 'many' }, /COUNTY_GRAPH_EXTRACT_THREADS=many is not a whole number/],
    [{ COUNTY_GRAPH_NEO4J_START_TIMEOUT: '-1' }, /positive number of seconds/],
    [{ COUNTY_GRAPH_POOL_SIZE: '0' }, /COUNTY_GRAPH_POOL_SIZE=0 is not a whole number of at least 1/],
    [{ COUNTY_GRAPH_ACQUIRE_TIMEOUT: '0' }, /COUNTY_GRAPH_ACQUIRE_TIMEOUT=0 is not a positive number of seconds/],
    [{ COUNTY_GRAPH_READ_TIMEOUT: 'soon' }, /COUNTY_GRAPH_READ_TIMEOUT=soon is not a number of seconds \(0: no limit\)/],
    [{ COUNTY_GRAPH_RETRY_TIME: '-5' }, /COUNTY_GRAPH_RETRY_TIME=-5 is not a number of seconds \(0: no retry\)/],
  ])('rejects %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(CountyGraphError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('documents every environment variable in the README with its default', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    for (const [name, value] of Object.entries(ENV_DEFAULTS)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\``));
      expect(row, `README row for ${name}`).toBeDefined();
      if (value) expect(row).toContain(`\`${value}\``);
    }
  });
});

describe('the file name a report is shown by', () => {
  it('is relative to the folder of the load inside it, and never an absolute path outside it', async () => {
    const { shownFile } = await import('../../src/graph/load-reports.ts');
    expect(shownFile('/srv/app/data/reports/a.txt', '/srv/app')).toBe('data/reports/a.txt');
    expect(shownFile('/home/someone/private/reports/a.txt', '/srv/app')).toBe('reports/a.txt');
    expect(shownFile('/a.txt', '/srv/app')).toBe('a.txt');
  });
});
