// Writes the generated corpus to disk (once: a marker records seed and size), with the
// planted facts in planted.jsonl beside the reports.
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { loadGazetteer } from '../../loaders/gazetteer.ts';
import { generateReport } from './generate.ts';

export interface CorpusOnDisk {
  dir: string;
  reports: string;
  planted: string;
  bytes: number;
}

export async function writeCorpus(dir: string, n: number, seed = 1): Promise<CorpusOnDisk> {
  const reports = join(dir, 'reports');
  const planted = join(dir, 'planted.jsonl');
  const marker = join(dir, 'corpus.json');
  const want = JSON.stringify({ n, seed, generator: 1 });
  if (existsSync(marker) && readFileSync(marker, 'utf8').startsWith(want.slice(0, -1))) {
    return { dir, reports, planted, bytes: (JSON.parse(readFileSync(marker, 'utf8')) as { bytes: number }).bytes };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  const out = createWriteStream(planted);
  const counties = loadGazetteer().counties;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const g = generateReport(seed, i, counties);
    writeFileSync(join(reports, g.file), g.bytes);
    bytes += g.bytes.length;
    if (!out.write(`${JSON.stringify(g.planted)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  writeFileSync(marker, JSON.stringify({ n, seed, generator: 1, bytes }));
  return { dir, reports, planted, bytes };
}
