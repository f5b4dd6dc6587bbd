import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CountyGraphError } from '../src/errors.ts';
import type { ReportHints } from '../src/facts.ts';
import { loadGazetteer, type CountyUnit } from './gazetteer.ts';

/**
 * What the user knows of a report better than its text: the crawler's county, date, url,
 * title and publisher. They come from the command line (--county, --published-at), a
 * sidecar beside the report (NAME.meta.json) or a manifest for a folder (manifest.csv or
 * manifest.jsonl: file, county, publishedAt, url, title, publisher). More specific wins:
 * the command line over the sidecar over the manifest; all of them over the text.
 */
export const MANIFEST_NAMES = ['manifest.jsonl', 'manifest.csv'];
const FIELDS: (keyof ReportHints)[] = ['county', 'publishedAt', 'url', 'title', 'publisher'];

/** Checks one set of hints; `source` names where they came from in every error. */
export function validateHints(raw: Record<string, unknown>, source: string): ReportHints {
  const out: ReportHints = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null || value === '') continue;
    if (!FIELDS.includes(key as keyof ReportHints)) continue;
    if (typeof value !== 'string') throw new CountyGraphError('E_INPUT', `${source}: ${key} must be text, not ${JSON.stringify(value)}.`);
    out[key as keyof ReportHints] = value.trim();
  }
  if (out.publishedAt !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(out.publishedAt);
    const d = m ? new Date(`${out.publishedAt}T00:00:00Z`) : null;
    if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== out.publishedAt) {
      throw new CountyGraphError('E_INPUT', `${source}: publishedAt must be a date such as 2024-01-26, not ${out.publishedAt}.`);
    }
  }
  if (out.url !== undefined && !/^https?:\/\/\S+$/i.test(out.url)) throw new CountyGraphError('E_INPUT', `${source}: url must be an http(s) address, not ${out.url}.`);
  if (out.county !== undefined) givenCounty(out.county, source);
  return out;
}

/**
 * The unit a user names: a six-digit code, a full name (临武县), or a short name that only
 * one unit has (临武). A name several units share is refused with their codes.
 */
export function givenCounty(value: string, source: string): CountyUnit {
  const g = loadGazetteer();
  if (/^\d{6}$/.test(value)) {
    const unit = g.byCode.get(value);
    if (!unit) throw new CountyGraphError('E_INPUT', `${source}: no county-level unit has the code ${value}.`);
    return unit;
  }
  const entries = g.names.get(value) ?? [];
  const full = entries.filter((e) => e.form === 'full');
  const candidates = full.length ? full : entries;
  const units = [...new Map(candidates.map((e) => [e.unit.code, e.unit])).values()];
  if (units.length === 1) return units[0]!;
  if (!units.length) throw new CountyGraphError('E_INPUT', `${source}: ${value} is not the name of a county-level unit.`, { hints: ['give the six-digit code (GB/T 2260) or the full name, e.g. 431025 or 临武县.'] });
  throw new CountyGraphError('E_INPUT', `${source}: ${value} names several units (${units.map((u) => `${u.code} ${u.province}${u.prefecture ?? ''}${u.name}`).join(', ')}); give the code.`);
}

/** Splits one CSV line (quoted fields with "" escapes). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') out.push(cur), (cur = '');
    else cur += c;
  }
  out.push(cur);
  return out.map((f) => f.trim());
}

/** A manifest's rows by the absolute path of the report each names (relative to the manifest's folder). */
export async function readManifest(path: string): Promise<Map<string, ReportHints>> {
  const text = (await readFile(path, 'utf8').catch((e: Error) => {
    throw new CountyGraphError('E_INPUT', `${path}: the manifest cannot be read (${e.message}).`);
  })).replace(/^\uFEFF/, '');
  const rows: Record<string, unknown>[] = [];
  const lines = text.split(/\r?\n/);
  if (extname(path).toLowerCase() === '.csv') {
    const header = csvFields(lines[0] ?? '');
    if (!header.includes('file')) throw new CountyGraphError('E_INPUT', `${path}: the first line must name the columns, among them file (then county, publishedAt, url, title, publisher).`);
    lines.slice(1).forEach((line, i) => {
      if (!line.trim()) return;
      const cells = csvFields(line);
      if (cells.length > header.length) throw new CountyGraphError('E_INPUT', `${path}:${i + 2}: ${cells.length} cells for ${header.length} columns.`);
      rows.push({ ...Object.fromEntries(header.map((h, k) => [h, cells[k] ?? ''])), _line: i + 2 });
    });
  } else {
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (e) {
        throw new CountyGraphError('E_INPUT', `${path}:${i + 1}: not a JSON object (${(e as Error).message}).`);
      }
      if (!row || typeof row !== 'object' || Array.isArray(row)) throw new CountyGraphError('E_INPUT', `${path}:${i + 1}: each line must be one JSON object.`);
      rows.push({ ...(row as Record<string, unknown>), _line: i + 1 });
    });
  }
  const out = new Map<string, ReportHints>();
  for (const row of rows) {
    const where = `${path}:${row._line as number}`;
    if (typeof row.file !== 'string' || !row.file) throw new CountyGraphError('E_INPUT', `${where}: the row names no file.`);
    out.set(resolve(dirname(path), row.file), validateHints(row, where));
  }
  return out;
}

/**
 * Manifests (manifest.jsonl / manifest.csv) of the folders given and of the folders the
 * report files sit in, and any named outright; a named one wins over a found one.
 */
export async function findManifests(paths: string[], named: string[] = [], reportFiles: string[] = []): Promise<Map<string, ReportHints>> {
  const all = new Map<string, ReportHints>();
  const files: string[] = [];
  const folders = new Set<string>();
  for (const p of paths) if ((await stat(p).catch(() => undefined))?.isDirectory()) folders.add(resolve(p));
  for (const f of reportFiles) folders.add(resolve(dirname(f)));
  for (const folder of folders) {
    for (const name of MANIFEST_NAMES) if ((await stat(join(folder, name)).catch(() => undefined))?.isFile()) files.push(join(folder, name));
  }
  files.push(...named);
  for (const f of files) for (const [k, v] of await readManifest(f)) all.set(k, v);
  return all;
}

/** The sidecar of a report: a.txt → a.meta.json (or a.txt.meta.json). */
export async function readSidecar(file: string): Promise<ReportHints> {
  const stem = basename(file, extname(file));
  for (const candidate of [join(dirname(file), `${stem}.meta.json`), `${file}.meta.json`]) {
    const text = await readFile(candidate, 'utf8').catch(() => null);
    if (text === null) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new CountyGraphError('E_INPUT', `${candidate}: not valid JSON (${(e as Error).message}).`);
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new CountyGraphError('E_INPUT', `${candidate}: must hold one JSON object.`);
    return validateHints(raw as Record<string, unknown>, candidate);
  }
  return {};
}

/**
 * A tag of the hints for the stored version of a report: the same text loaded with other
 * metadata is written again, with the same metadata it is unchanged.
 */
export function hintsTag(hints: ReportHints): string {
  const entries = Object.entries(hints).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));
  return entries.length ? `+${createHash('sha1').update(JSON.stringify(entries)).digest('hex').slice(0, 8)}` : '';
}

/** All that is known of one file: manifest, then sidecar, then the command line, each overriding the one before. */
export async function hintsFor(file: string, manifests: Map<string, ReportHints>, given: ReportHints = {}): Promise<ReportHints> {
  return { ...manifests.get(resolve(file)), ...(await readSidecar(file)), ...given };
}
