import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { browserGuide, browserStyle, savedQueries } from '../../src/api/browser-guide.ts';
import { writeReport } from '../../src/graph/write-report.ts';
import { extractText, EXTRACTOR_VERSION } from '../../loaders/index.ts';
import { useGraph } from '../helpers/graph.ts';

describe('Neo4j Browser: saved queries and style', () => {
  const { executor } = useGraph({ wipeBeforeEach: false });

  beforeAll(async () => {
    await executor.writeText('MATCH (n) WHERE NOT n:CountyGraphTestDatabase DETACH DELETE n');
    const dir = join(PROJECT_ROOT, 'data', 'reports');
    for (const f of readdirSync(dir)) {
      await writeReport(executor, extractText(readFileSync(join(dir, f), 'utf8'), f), { path: `/sample/${f}`, loadedAt: '2026-01-01T00:00:00Z', extractorVersion: EXTRACTOR_VERSION });
    }
  }, 120_000);

  const queries = savedQueries();

  it('has a dozen saved queries, each with a title', () => {
    expect(queries.length).toBeGreaterThanOrEqual(12);
    for (const q of queries) expect(q.title.length).toBeGreaterThan(3);
  });

  it.each(queries.map((q) => [q.file, q] as const))('%s returns rows on the sample data', async (_file, q) => {
    const rows = await executor.readText(q.cypher);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('styles every label with a colour and a caption', () => {
    const style = browserStyle();
    for (const label of ['Province', 'Prefecture', 'County', 'Report', 'Project', 'Industry', 'Enterprise', 'Honour', 'Observation', 'Place', 'Organisation']) {
      expect(style).toMatch(new RegExp(`node\\.${label} \\{[^}]*color: #[0-9A-F]{6};[^}]*caption: "\\{\\w+\\}"`));
    }
  });

  it('renders the guide with every saved query runnable', () => {
    const guide = browserGuide();
    expect(guide.match(/class="pre-scrollable code runnable"/g)).toHaveLength(queries.length);
    expect(guide).toContain('MATCH (c:County {name: &#39;临武县&#39;})'.replace('&#39;', "'").replace('&#39;', "'"));
  });
});
