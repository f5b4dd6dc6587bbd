import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../src/config.ts';
import type { ReportExtraction } from '../src/facts.ts';
import { extractText } from './pipeline.ts';

/**
 * Every rule family's example corpus (loaders/corpus/*.yaml), run by this one test.
 * A positive example lists facts that must be among those extracted (only the fields
 * given are compared); a negative example lists fact types that must come out empty,
 * or facts that must not be among them.
 */
type FactType = 'indicators' | 'projects' | 'industries' | 'enterprises' | 'honours';
const FACT_TYPES: FactType[] = ['indicators', 'projects', 'industries', 'enterprises', 'honours'];

interface Example {
  text: string;
  /** A headline or publication date the example needs, put before the text as a page would. */
  title?: string;
  publishedAt?: string;
  county?: Record<string, unknown> | null;
  /** Fields of the report object (title, publisher, publishedAt …). */
  report?: Record<string, unknown>;
  /** Exactly these names (of the first fact type given) and no others. */
  only?: FactType[];
  none?: FactType[];
  absent?: Partial<Record<FactType, Record<string, unknown>[]>>;
  indicators?: Record<string, unknown>[];
  projects?: Record<string, unknown>[];
  industries?: Record<string, unknown>[];
  enterprises?: Record<string, unknown>[];
  honours?: Record<string, unknown>[];
}

interface Corpus {
  family: string;
  rule: string;
  examples: Example[];
  negatives?: Example[];
}

const DIR = join(PROJECT_ROOT, 'loaders', 'corpus');
const corpora = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ file: f, corpus: parse(readFileSync(join(DIR, f), 'utf8')) as Corpus }));

function run(ex: Example): ReportExtraction {
  const head = [ex.title, ex.publishedAt ? `发布时间:${ex.publishedAt}` : undefined].filter(Boolean).join('\n');
  return extractText(head ? `${head}\n${ex.text}` : ex.text, 'corpus.txt');
}

/** What was extracted, in the compared fields only, for a readable failure. */
function shown(got: ReportExtraction, type: FactType, fields: string[]): unknown[] {
  return (got[type] as unknown as Record<string, unknown>[]).map((f) => Object.fromEntries(fields.map((k) => [k, f[k]])));
}

function check(ex: Example, label: string): void {
  const got = run(ex);
  if (ex.county !== undefined) {
    if (ex.county === null) expect(got.county, `${label}: county`).toBeNull();
    else expect(got.county, `${label}: county`).toMatchObject(ex.county);
  }
  if (ex.report) expect(got.report, `${label}: report`).toMatchObject(ex.report);
  for (const type of FACT_TYPES) {
    for (const fact of ex[type] ?? []) {
      const list = got[type] as unknown[];
      const fields = Object.keys(fact);
      expect(list, `${label}: ${type} should include ${JSON.stringify(fact)}; got ${JSON.stringify(shown(got, type, fields))}`).toContainEqual(expect.objectContaining(fact));
    }
    if (ex.only?.includes(type)) {
      const want = (ex[type] ?? []).length;
      expect(got[type].length, `${label}: exactly ${want} ${type}; got ${JSON.stringify(shown(got, type, ['name', 'metric', 'period']))}`).toBe(want);
    }
    if (ex.none?.includes(type)) {
      expect(got[type], `${label}: no ${type} expected`).toEqual([]);
    }
    for (const fact of ex.absent?.[type] ?? []) {
      expect(got[type] as unknown[], `${label}: ${type} should not include ${JSON.stringify(fact)}`).not.toContainEqual(expect.objectContaining(fact));
    }
  }
}

describe.each(corpora)('corpus $file', ({ corpus }) => {
  it('states its family and rule and has positive and negative examples', () => {
    expect(corpus.family).toBeTruthy();
    expect(corpus.rule).toBeTruthy();
    expect(corpus.examples.length).toBeGreaterThan(0);
    expect(corpus.negatives?.length ?? 0).toBeGreaterThan(0);
  });
  it.each(corpus.examples.map((ex, i) => ({ ex, label: `${corpus.family} example ${i + 1} «${ex.text.slice(0, 40)}»` })))('$label', ({ ex, label }) => check(ex, label));
  it.each((corpus.negatives ?? []).map((ex, i) => ({ ex, label: `${corpus.family} negative ${i + 1} «${ex.text.slice(0, 40)}»` })))('$label', ({ ex, label }) => check(ex, label));
});
