import { extractText } from './loaders/pipeline.ts';
const r = extractText(process.argv[2]!.replace(/\\n/g, '\n'), 'x.txt');
console.log(JSON.stringify(r.report.title), JSON.stringify(r.county), r.warnings);
