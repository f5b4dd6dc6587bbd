import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where a Chromium is looked for, in order: the variable, then the usual names on PATH. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findChromium(env = process.env): string {
  const given = env.COUNTY_GRAPH_CHROMIUM;
  if (given) {
    accessSync(given, constants.X_OK);
    return given;
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const path = join(dir, name);
      try {
        accessSync(path, constants.X_OK);
        return path;
      } catch {
        // not here
      }
    }
  }
  // The browser tests never skip: without a browser they fail and say how to get one.
  throw new Error(
    'The browser tests need Chromium and found none on PATH (chromium, chromium-browser, google-chrome). ' +
      'On Debian/Ubuntu: `apt-get install chromium` (.ci/run does this itself); elsewhere install Chromium or Chrome and set COUNTY_GRAPH_CHROMIUM to its executable.',
  );
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      // Containers often give /dev/shm 64 MB, too little for Neo4j Browser's renderer: a
      // renderer that runs out of it dies and takes the page with it.
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The network is cut off from everything but this machine: a page that needs the
      // internet fails here as it would for an offline user.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}

const LOCAL = /^(?:https?|wss?):\/\/127\.0\.0\.1(?::\d+)?\//;
const IN_PAGE = /^(?:data|blob|about):/;

/** What a page did on the network and in its console, recorded from its first request. */
export interface PageRecord {
  requests: string[];
  offsite: string[];
  consoleErrors: string[];
}

/**
 * A context whose every request is recorded and, when it leaves 127.0.0.1, refused; and
 * whose pages' console errors and uncaught exceptions are recorded.
 */
export async function watchedContext(browser: Browser): Promise<{ context: BrowserContext; record: PageRecord; newPage(): Promise<Page> }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  const record: PageRecord = { requests: [], offsite: [], consoleErrors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (LOCAL.test(url) || IN_PAGE.test(url)) return route.continue();
    record.offsite.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (r) => {
    const url = r.url();
    record.requests.push(url);
    if (!LOCAL.test(url) && !IN_PAGE.test(url) && !record.offsite.includes(url)) record.offsite.push(url);
  });
  context.on('weberror', (e) => record.consoleErrors.push(`uncaught: ${e.error().message}`));
  const newPage = async () => {
    const page = await context.newPage();
    // A renderer that dies closes the page under the test: say so, or the test reports only
    // that its page was closed.
    page.on('crash', () => {
      record.consoleErrors.push('the page crashed');
      process.stderr.write(`Chromium: the page at ${page.url()} crashed\n`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') record.consoleErrors.push(`${m.text()} (${m.location().url})`);
    });
    return page;
  };
  return { context, record, newPage };
}

/** Every page: nothing outside 127.0.0.1 was asked for, nothing went wrong in its console. */
export function expectSelfContained(record: PageRecord): void {
  expect(record.requests.length).toBeGreaterThan(0);
  expect(record.offsite, 'requests that left 127.0.0.1').toEqual([]);
  expect(record.consoleErrors, 'console errors').toEqual([]);
}
