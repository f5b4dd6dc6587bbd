// The same product on a cluster or Aura: routing URIs, read-your-writes through the
// process's bookmarks, and nothing but Neo4j's built-in procedures and functions.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { createApi } from '../../src/api/server.ts';
import { createExecutor, processBookmarks } from '../../src/graph/executor.ts';
import { writeReport } from '../../src/graph/write-report.ts';
import { extractText, EXTRACTOR_VERSION } from '../../loaders/index.ts';
import { useGraph } from '../helpers/graph.ts';

function cypherFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = join(dir, f);
    return statSync(full).isDirectory() ? cypherFiles(full) : f.endsWith('.cypher') ? [full] : [];
  });
}

describe('beyond one machine', () => {
  const { executor } = useGraph();
  const target = inject('neo4j');

  it('runs over a routing URI (neo4j://): writes through the writer, reads through readers, the API answers', async () => {
    expect(target.uri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    const text = '嘉禾县2023年工作综述\n2023年,嘉禾县地区生产总值增长5.1%。南屏大道等项目顺利完工。';
    await writeReport(executor, extractText(text, 'routed.txt'), { path: '/r/routed.txt', loadedAt: '2026-01-01T00:00:00Z', extractorVersion: EXTRACTOR_VERSION });
    const api = createApi(executor, { corsOrigin: undefined });
    const res = await api.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ county(name: "嘉禾县") { name projects { edges { node { name } } } } }' }) });
    expect(await res.json()).toEqual({ data: { county: { name: '嘉禾县', projects: { edges: [{ node: { name: '南屏大道' } }] } } } });
  });

  it('shares one bookmark manager per Neo4j in a process, advanced by every write and carried by the next read', async () => {
    const other = createExecutor(target);
    afterAll(() => other.close());
    // The API's executor and a loader's executor on the same Neo4j: the same bookmarks.
    expect(other.bookmarks).toBe(executor.bookmarks);
    expect(processBookmarks(target.uri, target.database)).toBe(executor.bookmarks);
    const before = [...(await executor.bookmarks.getBookmarks())];
    await other.writeText("CREATE (:BookmarkProbe {at: 'one'})");
    const afterWrite = [...(await executor.bookmarks.getBookmarks())];
    expect(afterWrite.length).toBeGreaterThan(0);
    expect(afterWrite).not.toEqual(before);
    // A read in another session (and another executor) sees the write it is told about.
    expect(await executor.readText('MATCH (p:BookmarkProbe) RETURN p.at AS at')).toEqual([{ at: 'one' }]);
    await executor.writeText('MATCH (p:BookmarkProbe) DELETE p');
    expect([...(await other.bookmarks.getBookmarks())]).not.toEqual(afterWrite);
  });

  it('calls no procedure or function that Neo4j does not have built in (nothing Aura would lack)', async () => {
    const builtInProcedures = new Set((await executor.readText('SHOW PROCEDURES YIELD name RETURN name')).map((r) => r.name as string));
    const builtInFunctions = new Set((await executor.readText('SHOW FUNCTIONS YIELD name RETURN name')).map((r) => r.name as string));
    const called = new Map<string, string>();
    for (const file of cypherFiles(join(PROJECT_ROOT, 'cypher'))) {
      const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
      for (const m of text.matchAll(/\bCALL\s+([A-Za-z_]\w*(?:\.\w+)+)\s*\(/g)) called.set(`procedure ${m[1]}`, file);
      for (const m of text.matchAll(/(?<!CALL\s+)(?<![\w.])([a-z]\w*(?:\.\w+)+)\s*\(/g)) called.set(`function ${m[1]}`, file);
    }
    expect([...called.keys()]).toContain('procedure db.index.fulltext.queryNodes');
    const foreign = [...called.entries()].filter(([k]) => {
      const [kind, name] = k.split(' ') as [string, string];
      return kind === 'procedure' ? !builtInProcedures.has(name) : !builtInFunctions.has(name);
    });
    expect(foreign.map(([k, f]) => `${k} in ${f.slice(PROJECT_ROOT.length + 1)}`)).toEqual([]);
  });
});
