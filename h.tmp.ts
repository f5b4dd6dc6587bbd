import { readFileSync } from 'node:fs';
import { extractText } from './loaders/pipeline.ts';
const [f, type = 'honours', grep] = process.argv.slice(2);
const r = extractText(readFileSync(f!, 'utf8'), f!);
if (grep) { const t = (r as any); }
for (const h of (r as any)[type]) { const { evidence, ...rest } = h; console.log(JSON.stringify(rest)); }
