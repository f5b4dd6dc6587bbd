import { readdir, stat } from 'node:fs/promises';
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
  return new RegExp(`^${re}$`);
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else if (e.isFile()) out.push(full);
  }
}

/**
 * Files, folders (their report files, recursively, sorted) and globs (`reports/*.txt`,
 * `data/**\/*.html`) into a list of files, in the order given.
 */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    // A path that exists is taken as it is, even with glob characters in its name.
    if (/[*?[]/.test(p) && !(await stat(p).catch(() => undefined))) {
      const parts = p.split('/');
      const firstGlob = parts.findIndex((x) => /[*?[]/.test(x));
      const base = parts.slice(0, firstGlob).join('/') || '.';
      const all: string[] = [];
      await walk(base, all).catch(() => {});
      const re = globToRegExp(p.replace(/^\.\//, ''));
      const matched = all.filter((f) => re.test(f.replace(/^\.\//, '').split(sep).join('/')));
      if (!matched.length) throw new CountyGraphError('E_INPUT', `${p}: no file matches this pattern.`);
      out.push(...matched);
      continue;
    }
    const s = await stat(p).catch(() => undefined);
    if (s?.isDirectory()) {
      const all: string[] = [];
      await walk(p, all);
      out.push(...all.filter((f) => REPORT_EXTENSIONS.test(f)));
    } else {
      out.push(p); // missing files are reported by the reader, naming the file
    }
  }
  return out;
}

