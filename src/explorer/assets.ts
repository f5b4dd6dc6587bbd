import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { PROJECT_ROOT } from '../config.ts';

/**
 * The explorer's files, all served by the API process itself (no CDN: users are often
 * offline or behind networks where public CDNs fail). The client is TypeScript under
 * src/explorer/client, bundled once per process; ECharts comes from its npm package.
 */

export interface Asset {
  body: Buffer;
  type: string;
  /** Content hash: the shell links each asset with it, so an asset can be cached for good. */
  hash: string;
}

const CLIENT_DIR = join(PROJECT_ROOT, 'src', 'explorer', 'client');

function asset(body: Buffer | string, type: string): Asset {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return { body: buf, type, hash: createHash('sha256').update(buf).digest('hex').slice(0, 12) };
}

function bundleClient(): Asset {
  const out = buildSync({
    entryPoints: [join(CLIENT_DIR, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return asset(Buffer.from(out.outputFiles[0]!.contents), 'text/javascript; charset=utf-8');
}

function echartsFile(): Asset {
  const require = createRequire(import.meta.url);
  const path = require.resolve('echarts/dist/echarts.min.js');
  return asset(readFileSync(path), 'text/javascript; charset=utf-8');
}

let cache: Map<string, Asset> | null = null;

/** The assets by the path they are served under (built on first use). */
export function explorerAssets(): Map<string, Asset> {
  if (!cache) {
    cache = new Map([
      ['/assets/explorer.js', bundleClient()],
      ['/assets/explorer.css', asset(readFileSync(join(CLIENT_DIR, 'explorer.css')), 'text/css; charset=utf-8')],
      ['/assets/echarts.min.js', echartsFile()],
    ]);
  }
  return cache;
}

let shell: string | null = null;

/** The page every explorer address answers with; the client draws the view the address names. */
export function explorerShell(): string {
  if (shell) return shell;
  const a = explorerAssets();
  const link = (path: string) => `${path}?v=${a.get(path)!.hash}`;
  shell = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>县域图谱</title>
<link rel="stylesheet" href="${link('/assets/explorer.css')}">
<script src="${link('/assets/explorer.js')}" defer></script>
<script src="${link('/assets/echarts.min.js')}" defer></script>
</head>
<body>
<header class="top">
  <a class="brand" href="/">县域图谱</a>
  <nav><a href="/league">指标排行</a><a href="/compare">县域对比</a><a href="/honours">荣誉</a><a href="/graphql">GraphQL</a></nav>
  <div class="search" id="search"></div>
</header>
<main id="view"><p class="loading">加载中…</p></main>
<noscript>县域图谱的页面需要 JavaScript。GraphQL 接口在 /graphql。</noscript>
</body>
</html>
`;
  return shell;
}

/** Paths the explorer answers with its shell: its views' addresses. */
export function isExplorerPath(pathname: string): boolean {
  return pathname === '/' || /^\/(county|project|industry|enterprise|report)\/[^/]+$/.test(pathname) || /^\/(league|compare|search|honours)$/.test(pathname);
}

/**
 * Explorer pages may load and send nothing but what this server serves: a page that a
 * text from a report could make fetch elsewhere would be a leak, and offline users would
 * see it fail.
 */
export const EXPLORER_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
