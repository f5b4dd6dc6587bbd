import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { readFileSync, rmSync } from 'node:fs';
import { tempNeo4jFolder } from '../helpers/neo4j-folder.ts';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';
import { freePort } from '../../src/neo4j/ports.ts';

/** The product as a user runs it (`npm start`): its own Neo4j, the sample reports, the API. */
export interface RunningProduct {
  apiUrl: string;
  browserUrl: string;
  password: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Runs `county-graph start` in a child process with a Neo4j of its own (a temporary data
 * folder and free ports, so a user's own `npm start` is never touched) and waits for the
 * lines it prints when ready.
 */
export async function startProduct(timeoutMs = 240_000): Promise<RunningProduct> {
  const dir = tempNeo4jFolder('county-graph-browser-');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    COUNTY_GRAPH_NEO4J_DIR: dir,
    COUNTY_GRAPH_BOLT_PORT: String(await freePort()),
    COUNTY_GRAPH_HTTP_PORT: String(await freePort()),
    COUNTY_GRAPH_API_PORT: String(await freePort()),
  };
  delete env.NEO4J_URI;
  // As for a new user: no password given, so the local Neo4j gets a generated one.
  delete env.NEO4J_PASSWORD;
  const child: ChildProcess = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'county-graph.js'), 'start'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (!/is ready/.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`county-graph start did not become ready:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const apiUrl = /GraphQL \+ GraphiQL\s+(\S+)\/graphql/.exec(out)?.[1];
  const browserUrl = /Neo4j Browser\s+(https?:\/\/\S+)/.exec(out)?.[1];
  if (!apiUrl || !browserUrl) {
    await stop();
    throw new Error(`county-graph start printed no URLs:\n${out}`);
  }
  // Printed once, and kept where the project's commands (and this test) read it.
  const password = readFileSync(join(dir, 'password'), 'utf8').trim();
  if (!out.includes(`Generated a password for the local Neo4j (user neo4j): ${password}`)) {
    await stop();
    throw new Error(`county-graph start did not print the password it generated:\n${out}`);
  }
  return { apiUrl, browserUrl, password, output: () => out, stop };
}

/**
 * For a test file: the product started (with its own Neo4j) and a Chromium launched before
 * its tests, both stopped after them. The getters read them once the hooks have run.
 */
export function useProductAndBrowser(): { product(): RunningProduct; browser(): Browser } {
  let product: RunningProduct | undefined;
  let browser: Browser | undefined;
  let closing = false;
  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchChromium()]);
    // Chromium gone before the tests are done closes every page under them: say so.
    browser.on('disconnected', () => {
      if (!closing) process.stderr.write('Chromium exited while the tests were running\n');
    });
  }, 300_000);
  afterAll(async () => {
    closing = true;
    await browser?.close();
    await product?.stop();
  }, 120_000);
  return { product: () => product!, browser: () => browser! };
}
