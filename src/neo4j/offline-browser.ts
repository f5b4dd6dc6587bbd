import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { CountyGraphError } from '../errors.ts';

/**
 * What Neo4j Browser fetches from the internet on its own, and how each is removed. Users
 * are often offline or behind networks where these hosts fail; a page that waits on them
 * (or reports to them) is not one we serve. Fira Code ships inside the jar; Nunito Sans
 * falls back to the next font of the stack.
 */
export const BROWSER_PATCHES = [
  { what: 'web fonts from fonts.googleapis.com', find: /@import url\(https:\/\/fonts\.googleapis\.com\/[^)]*\);?/g, replace: '' },
  // Sentry without a DSN is switched off; with it, Browser sends session envelopes whatever the telemetry settings say.
  { what: 'crash and session reports to sentry.io', find: /https:\/\/[0-9a-f]+@[\w.]+\.sentry\.io\/\d+/g, replace: '' },
  // On Community edition Browser treats outgoing connections as always allowed (no setting
  // turns them off) and, once connected, loads Segment analytics and the Canny widget.
  { what: 'analytics and feedback scripts (Segment, Canny)', find: /loadExternalScripts:!1!==\w+\.shouldAllowOutgoingConnections\(e\)&&\w+\.isConnected\(e\)/g, replace: 'loadExternalScripts:!1' },
] as const;

const PATCHED_FILES = /^browser\/.*\.(?:js|css|html)$/;

/** The jar's files with every patch applied; fails if a patch finds nothing (a Browser version we do not know). */
export function patchBrowserFiles(files: Record<string, Uint8Array>, jarName: string): Record<string, Uint8Array> {
  const hits = new Map<string, number>(BROWSER_PATCHES.map((p) => [p.what, 0]));
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    if (!PATCHED_FILES.test(name)) {
      out[name] = data;
      continue;
    }
    let text = strFromU8(data);
    let changed = false;
    for (const p of BROWSER_PATCHES) {
      const next = text.replace(p.find, p.replace);
      if (next !== text) {
        hits.set(p.what, (hits.get(p.what) ?? 0) + 1);
        text = next;
        changed = true;
      }
    }
    out[name] = changed ? strToU8(text) : data;
  }
  const missed = BROWSER_PATCHES.filter((p) => !hits.get(p.what));
  if (missed.length) {
    throw new CountyGraphError('E_BROWSER_PATCH', `${jarName}: could not remove ${missed.map((p) => p.what).join(' and ')}; this Neo4j Browser version is not one county-graph knows how to serve offline.`, {
      hints: ['set COUNTY_GRAPH_BROWSER_VERSION back to its default (see README, Configuration).'],
    });
  }
  return out;
}

/**
 * A copy of the Neo4j Browser jar that loads nothing from outside the machine, written
 * once beside the runtime's class path (the jar in ~/.m2 stays as Maven fetched it).
 */
export async function offlineBrowserJar(jar: string, dir: string): Promise<string> {
  const target = join(dir, basename(jar).replace(/\.jar$/, '-offline.jar'));
  if (existsSync(target)) return target;
  const files = unzipSync(new Uint8Array(await readFile(jar)));
  const patched = patchBrowserFiles(files, basename(jar));
  // Already-compressed assets are stored as they are; text is deflated.
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(patched)) zippable[name] = [data, { level: /\.(?:png|jpe?g|gif|woff2?|eot|ico)$/.test(name) ? 0 : 6 }];
  const tmp = `${target}.tmp`;
  await writeFile(tmp, zipSync(zippable));
  await rename(tmp, target);
  return target;
}

/** The class path with Neo4j Browser's jar replaced by its offline copy. */
export async function withOfflineBrowser(classpath: string, dir: string): Promise<string> {
  const jars = classpath.split(':');
  const i = jars.findIndex((j) => /\/neo4j-browser-[^/]*\.jar$/.test(j) && !j.endsWith('-offline.jar'));
  if (i < 0) return classpath;
  jars[i] = await offlineBrowserJar(jars[i]!, dir);
  return jars.join(':');
}
