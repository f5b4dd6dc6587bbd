import { readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { CountyGraphError } from '../src/errors.ts';

/** File endings read when a folder is given. */
export const REPORT_EXTENSIONS = /\.(txt|text|html?|xhtml|md)$/i;

function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
      if (pattern[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '[' && pattern.indexOf(']', i) > i) {
      const close = pattern.indexOf(']', i);
      re += `[${pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
      i = close;
    }
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${re}$`);
  } catch (e) {
    // q[z-a]*.txt: a range out of order, and the like.
    throw new CountyGraphError('E_INPUT', `${pattern}: not a valid file pattern (${(e as Error).message.replace(/^Invalid regular expression: \/.*\/: /, '')}).`);
  }
}

/** A path given (or found in a folder) that could not be read: it fails by name, the rest go on. */
export interface Skipped {
  path: string;
  reason: string;
}

const why = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/**
 * Report files under a folder, sorted. Symbolic links are followed (to files and folders);
 * a link that points nowhere, a loop of links and a folder that cannot be read are
 * recorded as skipped, and the walk goes on.
 */
async function walk(dir: string, out: string[], skipped: Skipped[], seen = new Set<string>()): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (e) {
    skipped.push({ path: dir, reason: `cannot be read (${why(e)}).` });
    return;
  }
  if (seen.has(real)) {
    skipped.push({ path: dir, reason: 'is a link back to a folder already read (a loop); skipped.' });
    return;
  }
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    skipped.push({ path: dir, reason: `this folder cannot be read (${why(e)}); its reports were not loaded.` });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined);
      if (!target) skipped.push({ path: full, reason: 'is a link to nothing (dangling); skipped.' });
      else if (target.isDirectory()) await walk(full, out, skipped, seen);
      else if (target.isFile()) out.push(full);
    } else if (e.isDirectory()) await walk(full, out, skipped, seen);
    else if (e.isFile()) out.push(full);
  }
}

/**
 * Files, folders (their report files, recursively, sorted) and globs (`reports/*.txt`,
 * `data/**\/*.html`) into a list of files, in the order given, with what could not be read.
 */
export async function expandPathsWithSkipped(paths: string[]): Promise<{ files: string[]; skipped: Skipped[] }> {
  const out: string[] = [];
  const skipped: Skipped[] = [];
  for (const p of paths) {
    // A path that exists is taken as it is, even with glob characters in its name.
    if (/[*?[]/.test(p) && !(await stat(p).catch(() => undefined))) {
      const re = globToRegExp(p.replace(/^\.\//, ''));
      const parts = p.split('/');
      const firstGlob = parts.findIndex((x) => /[*?[]/.test(x));
      const base = parts.slice(0, firstGlob).join('/') || '.';
      const all: string[] = [];
      const before = skipped.length;
      await walk(base, all, skipped);
      const matched = all.filter((f) => re.test(f.replace(/^\.\//, '').split(sep).join('/')));
      if (!matched.length && skipped.length === before) throw new CountyGraphError('E_INPUT', `${p}: no file matches this pattern.`);
      out.push(...matched);
      continue;
    }
    const s = await stat(p).catch(() => undefined);
    if (s?.isDirectory()) {
      const all: string[] = [];
      await walk(p, all, skipped);
      out.push(...all.filter((f) => REPORT_EXTENSIONS.test(f)));
    } else {
      out.push(p); // missing files are reported by the reader, naming the file
    }
  }
  return { files: out, skipped };
}

/** The files only (callers that report nothing of what was skipped). */
export async function expandPaths(paths: string[]): Promise<string[]> {
  return (await expandPathsWithSkipped(paths)).files;
}
