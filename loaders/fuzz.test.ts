import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.ts';
import { CountyGraphError } from '../src/errors.ts';
import type { ReportExtraction } from '../src/facts.ts';
import { extractBytes, extractText } from './pipeline.ts';

const samples = readdirSync(join(PROJECT_ROOT, 'data', 'reports')).map((f) => readFileSync(join(PROJECT_ROOT, 'data', 'reports', f), 'utf8'));
const WORDS = ['县', '地区生产总值', '增长', '亿元', '万元', '%', '、', '等项目', '获评', '全国', '产业', '有限公司', '“', '”', '(', ')', '分别', '2023年', '上半年', '预计', '目标', '。', '\n', '第', '位', '發(fā)展'];

function checkEvidence(r: ReportExtraction): void {
  for (const f of [...r.indicators, ...r.projects, ...r.industries, ...r.enterprises, ...r.honours]) {
    expect(f.evidence.start).toBeGreaterThanOrEqual(0);
    expect(f.evidence.end).toBeLessThanOrEqual(r.report.chars);
    expect(f.evidence.end - f.evidence.start).toBe(f.evidence.text.length);
  }
  for (const i of r.indicators) if (i.value !== null) expect(Number.isFinite(i.value)).toBe(true);
}

/** Extraction either succeeds with in-range evidence or fails with our own typed error. */
function run(text: string): void {
  try {
    checkEvidence(extractText(text, 'fuzz.txt'));
  } catch (e) {
    if (e instanceof CountyGraphError) return;
    throw e;
  }
}

describe('extraction under random and mutated input', () => {
  it('never throws an untyped error on random text built from report vocabulary', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }), fc.integer().map(String)), { maxLength: 80 }), (parts) => run(parts.join(''))), { numRuns: 300 });
  });

  it('never throws an untyped error on mutated sample reports (cuts, splices, inserted noise)', () => {
    fc.assert(
      fc.property(fc.nat(samples.length - 1), fc.nat(), fc.nat(), fc.string({ maxLength: 20 }), (k, a, b, noise) => {
        const text = samples[k]!;
        const i = a % text.length;
        const j = b % text.length;
        run(`${text.slice(0, Math.min(i, j))}${noise}${text.slice(Math.max(i, j))}`);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws an untyped error on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          checkEvidence(extractBytes(bytes, 'fuzz.bin'));
        } catch (e) {
          if (!(e instanceof CountyGraphError)) throw e;
          expect(e.message).toMatch(/^fuzz\.bin: /);
        }
      }),
      { numRuns: 300 },
    );
  });

  // A runaway regular expression would hang here; the test's timeout is what catches it.
  it('finishes pathological reports (no runaway backtracking)', { timeout: 30_000 }, () => {
    const nasty = [`${'、'.repeat(5000)}等项目顺利完工`, `${'获评'.repeat(3000)}`, `${'1'.repeat(20000)}亿元`, `${'(a)'.repeat(5000)}`, `${'地区生产总值'.repeat(2000)}增长5%`];
    for (const text of nasty) run(`临武县\n${text}`);
  });
});
