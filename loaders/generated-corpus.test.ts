import { describe, expect, it } from 'vitest';
import { emptyAccuracy, score, type Accuracy } from '../bench/corpus/accuracy.ts';
import { generateReport } from '../bench/corpus/generate.ts';
import { loadGazetteer } from './gazetteer.ts';
import { extractBytes } from './pipeline.ts';

/**
 * The generated corpus (every county, the patterns of work reports, bulletins and news, its
 * traditional/GBK/HTML variants) read back against the facts planted in it. A rule written for
 * one phrasing that reads another pattern wrongly shows here as a fall in precision or recall
 * across hundreds of reports (a signed project's own total once read as the year's
 * investment_attracted in one report of four).
 */
const REPORTS = 400;
const FLOOR = 0.99;

describe('extraction of the generated corpus', () => {
  const counties = loadGazetteer().counties;
  const acc: Accuracy = emptyAccuracy();
  const notes: string[] = [];
  for (let i = 0; i < REPORTS; i++) {
    const g = generateReport(1, i, counties);
    for (const note of score(acc, g.planted, extractBytes(g.bytes, g.file))) notes.push(`${g.file}\t${note}`);
  }

  it.each(Object.keys(acc) as (keyof Accuracy)[])('%s: precision and recall of the planted facts stay at or above 0.99', (kind) => {
    const { planted, found, matched } = acc[kind];
    expect(planted, `${kind}: facts planted`).toBeGreaterThan(100);
    const wrong = notes.filter((n) => n.includes(kind.replace(/s$/, ''))).slice(0, 10).join('\n');
    expect(matched / found, `${kind} precision; first notes:\n${wrong}`).toBeGreaterThanOrEqual(FLOOR);
    expect(matched / planted, `${kind} recall; first notes:\n${wrong}`).toBeGreaterThanOrEqual(FLOOR);
  });
});
