// Each benchmark part saves its table to bench/out/<part>.md; `npm run bench` gathers
// them into the results section of bench/README.md.
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';

const OUT = join(PROJECT_ROOT, 'bench', 'out');

export function saveResults(part: string, markdown: string): void {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${part}.md`), `${markdown}\n`);
}

export function readResults(part: string): string | null {
  const file = join(OUT, `${part}.md`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}
