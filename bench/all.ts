// `npm run bench`: every part in turn, then the results section of bench/README.md
// rewritten from what they measured.
//   extraction 1k and 10k → loading 1k, 10k, 30k (+ re-load, + reference) → API on the 30k graph → explorer pages on it → hostile clients
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import { readResults } from './results.ts';

// [name, Node flags, script and its arguments]
const parts: [string, string[], string[]][] = [
  ['extract', [], ['bench/extract.ts', '1000,10000']],
  ['load', ['--expose-gc'], ['bench/load.ts', '1000,10000,30000']],
  ['api-national', [], ['bench/api.ts', 'national', '6']],
  ['api-samples', [], ['bench/api.ts', 'samples', '6']],
  ['explorer-national', [], ['bench/explorer.ts', 'national', '10']],
  ['hostile', [], ['bench/hostile.ts', '8']],
];
// --results-only: rewrite the results section from the parts' saved tables (after running some parts alone).
const resultsOnly = process.argv.includes('--results-only');
const t0 = Date.now();
for (const [name, flags, args] of resultsOnly ? [] : parts) {
  process.stderr.write(`\n== ${name} ==\n`);
  const r = spawnSync('node', [...flags, '--import', 'tsx', ...args], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`bench part ${name} failed (exit ${r.status})\n`);
    process.exit(1);
  }
}
const minutes = ((Date.now() - t0) / 60000).toFixed(1);
const sections = [
  resultsOnly ? readFileSync(join(PROJECT_ROOT, 'bench', 'README.md'), 'utf8').match(/Last full run: [^\n]*/)?.[0] ?? '' : `Last full run: ${new Date().toISOString().slice(0, 10)}, \`npm run bench\` in ${minutes} min.`,
  '### Extraction (one core)\n\n' + (readResults('extract') ?? '(not run)'),
  '### Loading\n\n' + (readResults('load') ?? '(not run)'),
  '### API on the national graph\n\n' + (readResults('api-national') ?? '(not run)'),
  '### API on the sample graph\n\n' + (readResults('api-samples') ?? '(not run)'),
  '### Explorer: time to a usable county page on the national graph\n\n' + (readResults('explorer-national') ?? '(not run)'),
  '### Responsiveness under hostile queries\n\n' + (readResults('hostile') ?? '(not run)'),
];
const readme = join(PROJECT_ROOT, 'bench', 'README.md');
const text = readFileSync(readme, 'utf8');
const updated = text.replace(/<!-- results:start -->[\s\S]*<!-- results:end -->/, `<!-- results:start -->\n${sections.join('\n\n')}\n<!-- results:end -->`);
writeFileSync(readme, updated);
console.log(sections.join('\n\n'));
