import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { savedQueries } from '../../src/api/browser-guide.ts';
import { expectSelfContained, watchedContext } from './chromium.ts';
import { useProductAndBrowser } from './product.ts';
import { SHOTS } from './shots.ts';

const running = useProductAndBrowser();

async function sampleCountyNames(apiUrl: string): Promise<string[]> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ counties(first: 50) { edges { node { name } } } }' }),
  });
  const body = (await res.json()) as { data: { counties: { edges: { node: { name: string } }[] } } };
  return body.data.counties.edges.map((e) => e.node.name);
}

describe('GraphiQL, offline', () => {
  it('opens with the default query and the examples, runs it and shows county names', async () => {
    const names = await sampleCountyNames(running.product().apiUrl);
    expect(names.length).toBe(5);
    const { context, record, newPage } = await watchedContext(running.browser());
    try {
      const page = await newPage();
      await page.goto(`${running.product().apiUrl}/graphql`);
      await page.locator('.graphiql-execute-button').waitFor({ timeout: 60_000 });
      // One tab for the default query and one per example in docs/queries/.
      await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 20_000 }).toBe(15);
      await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 20_000 }).toContain('CountiesOverview');
      await page.locator('.graphiql-execute-button').click();
      const result = page.locator('.result-window');
      await expect
        .poll(async () => {
          const text = await result.innerText();
          return names.filter((n) => text.includes(n)).length;
        }, { timeout: 30_000 })
        .toBeGreaterThan(0);
      expect(await result.innerText()).not.toContain('"errors"');
      await page.screenshot({ path: join(SHOTS, 'graphiql.png') });
      expectSelfContained(record);
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('Neo4j Browser, offline', () => {
  it('logs in, loads the style and the guide, runs a saved query and draws the graph with our captions and colours', async () => {
    const countyColour = /node\.County \{(?:[^}]*;)?\s*color: (#[0-9A-F]{6})/.exec(readFileSync(join(PROJECT_ROOT, 'cypher', 'browser', 'style.grass'), 'utf8'))?.[1];
    expect(countyColour).toBeDefined();
    const first = savedQueries()[0]!;
    const { context, record, newPage } = await watchedContext(running.browser());
    try {
      const page = await newPage();
      await page.goto(running.product().browserUrl);
      await page.locator('input[data-testid="password"]').fill(running.product().password, { timeout: 60_000 });
      await page.locator('button[data-testid="connect"]').click();
      // After connecting, Browser runs the style and the guide that the local Neo4j's configuration names.
      await page.locator('[data-testid="nextSlide"]').waitFor({ timeout: 60_000 });
      await page.locator('[data-testid="nextSlide"]').first().click();
      const runnable = page.locator('pre.runnable').first();
      await expect.poll(() => runnable.innerText(), { timeout: 20_000 }).toContain(first.cypher.split('\n')[0]!);
      await runnable.click();
      await page.locator('[data-testid="editor-Run"]').click();
      const county = page.locator('svg g.node', { hasText: '临武县' }).first();
      await county.waitFor({ timeout: 60_000 });
      const fills = await county.evaluate((g) => Array.from(g.querySelectorAll('circle')).map((c) => c.getAttribute('fill')?.toUpperCase()));
      expect(fills).toContain(countyColour);
      expect(await page.locator('svg g.node').count()).toBeGreaterThan(10);
      await page.waitForTimeout(3000); // let the layout settle for the screenshot
      await page.screenshot({ path: join(SHOTS, 'neo4j-browser.png') });
      expectSelfContained(record);
    } finally {
      await context.close();
    }
  }, 180_000);
});
