import { execFile } from 'node:child_process';
import { mkdtemp, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { ReportExtraction } from '../../src/facts.ts';

const run = promisify(execFile);
const BIN = join(PROJECT_ROOT, 'bin', 'county-graph.js');
const FIX = join(PROJECT_ROOT, 'test', 'fixtures');

async function extract(...args: string[]): Promise<{ code: number; results: ReportExtraction[]; stderr: string; stdout: string }> {
  try {
    const { stdout, stderr } = await run('node', [BIN, 'extract', ...args], { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, results: JSON.parse(stdout), stderr, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    // A command-line error stops before any JSON is printed.
    return { code: err.code, results: err.stdout.trim() ? JSON.parse(err.stdout) : [], stderr: err.stderr, stdout: err.stdout };
  }
}

// Each test runs the command in a process of its own (loading the sources through tsx): seconds, not milliseconds.
describe('county-graph extract', { timeout: 30_000 }, () => {
  it('prints only the JSON array on stdout, one object per file in order, with report.file as given', async () => {
    const files = ['data/reports/002_db3e59a35cbc5e31.txt', 'data/reports/000_fb4594d07f176b4c.txt'];
    const { code, results, stdout } = await extract(...files);
    expect(code).toBe(0);
    expect(stdout.trimStart().startsWith('[')).toBe(true);
    expect(results.map((r) => r.report.file)).toEqual(files);
    expect(results.map((r) => r.county?.code)).toEqual(['141026', '431025']);
  });

  it('gives every fact evidence whose offsets point at its sentence in the normalized text', async () => {
    const { results } = await extract('data/reports');
    expect(results).toHaveLength(5);
    for (const r of results) {
      const facts = [...r.indicators, ...r.projects, ...r.industries, ...r.enterprises, ...r.honours];
      expect(facts.length).toBeGreaterThan(5);
      for (const f of facts) {
        expect(f.evidence.start).toBeGreaterThanOrEqual(0);
        expect(f.evidence.end).toBeLessThanOrEqual(r.report.chars);
        expect(f.evidence.end - f.evidence.start).toBe(f.evidence.text.length);
      }
    }
  });

  it('reads GBK, HTML, a BOM and traditional script with pinyin annotations', async () => {
    const { code, results } = await extract(join(FIX, 'reports'));
    expect(code).toBe(0);
    const byName = Object.fromEntries(results.map((r) => [r.report.file.split('/').pop(), r]));
    expect(byName['gbk-report.txt']).toMatchObject({ report: { encoding: 'gb18030', publisher: '祁东县统计局' }, county: { code: '430426' } });
    expect(byName['page.html']).toMatchObject({ report: { format: 'html', publishedAt: '2024-03-20', title: '攸县2023年国民经济和社会发展统计公报' }, county: { code: '430223' } });
    expect(byName['page.html']!.indicators.map((i: { value: number | null }) => i.value)).not.toContain(99900000000); // the number in <script>
    expect(byName['bom.txt']!.county?.name).toBe('汝城县');
    expect(byName['traditional-mojibake.txt']).toMatchObject({ report: { script: 'traditional', title: '宁乡县2016年经济发展综述' }, county: { code: '430182' } });
  });

  it('names each bad file and its problem, prints the others, and exits non-zero', async () => {
    const bad = ['empty.txt', 'whitespace.txt', 'image.png', 'archive.zip'].map((f) => join(FIX, 'bad', f));
    const good = join(FIX, 'reports', 'bom.txt');
    const { code, results, stderr } = await extract(bad[0]!, good, ...bad.slice(1));
    expect(code).toBe(1);
    expect(results.map((r) => r.report.file)).toEqual([good]);
    expect(stderr).toMatch(/empty\.txt: the file is empty/);
    expect(stderr).toMatch(/whitespace\.txt: the report holds no text/);
    expect(stderr).toMatch(/image\.png: this is a PNG image/);
    expect(stderr).toMatch(/archive\.zip: this is a ZIP archive/);
    expect(stderr).toMatch(/4 of 5 files failed/);
  });

  it('extracts odd inputs gracefully, with warnings instead of guesses', async () => {
    const names = ['no-county.txt', 'two-counties.txt', 'date-2099.txt', 'odd-numbers.txt', 'truncated-utf8.txt', 'mixed-encoding.txt'];
    const { code, results } = await extract(...names.map((n) => join(FIX, 'bad', n)));
    expect(code).toBe(0);
    const [noCounty, two, future, odd, truncated, mixed] = results;
    expect(noCounty!.county).toBeNull();
    expect(noCounty!.warnings.join()).toMatch(/no county/);
    expect(two!.county).toBeNull();
    expect(two!.warnings.join()).toMatch(/about equally/);
    expect(future!.report.publishedAt).toBeNull();
    expect(future!.warnings.join()).toMatch(/2099/);
    expect(odd!.indicators).toEqual([]);
    expect(truncated!.warnings.join()).toMatch(/not valid UTF-8/);
    expect(truncated!.county?.name).toBe('醴陵市');
    expect(mixed!.report.title).toBe('醴陵市2019年经济运行情况');
    expect(mixed!.warnings.join()).toMatch(/mixed encodings/);
  });

  it('handles extremely long lines and a folder of many files where a few are bad', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cg-extract-'));
    await writeFile(join(dir, 'long.txt'), `醴陵市${'发展'.repeat(200_000)}\n2019年,醴陵市地区生产总值增长8%。`);
    await mkdir(join(dir, 'many'));
    for (let i = 0; i < 300; i++) await writeFile(join(dir, 'many', `r${String(i).padStart(3, '0')}.txt`), `攸县第${i}期工作简报\n2023年,攸县地区生产总值增长${(i % 9) + 1}%。`);
    await copyFile(join(FIX, 'bad', 'empty.txt'), join(dir, 'many', 'r100-empty.txt'));
    await copyFile(join(FIX, 'bad', 'image.png'), join(dir, 'many', 'r200-image.txt'));
    const { code, results, stderr } = await extract(join(dir, 'long.txt'), join(dir, 'many'));
    expect(code).toBe(1);
    expect(results).toHaveLength(301);
    expect(results[0]!.indicators).toEqual([expect.objectContaining({ metric: 'gdp', growthPct: 8 })]);
    expect(stderr).toMatch(/r100-empty\.txt: the file is empty/);
    expect(stderr).toMatch(/r200-image\.txt: this is a PNG image/);
  }, 60_000);

  it('refuses a 50 MB file with a clear error, without reading it (bounded memory)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cg-extract-'));
    const big = join(dir, 'huge.txt');
    const line = Buffer.from('2023年,醴陵市地区生产总值增长8%,经济运行稳中有进。\n');
    await writeFile(big, Buffer.concat(Array.from({ length: Math.ceil((50 * 2 ** 20) / line.length) }, () => line)));
    // A 96 MB heap could not hold the text, its normalized copy and its sentences.
    const r = await run('node', ['--max-old-space-size=96', BIN, 'extract', big, 'data/reports/000_fb4594d07f176b4c.txt'], { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 }).then(
      (x) => ({ code: 0, ...x }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/huge\.txt: is 50\.\d MB; reports over 20 MB are refused/);
    // The other file is still extracted.
    const results = JSON.parse(r.stdout) as ReportExtraction[];
    expect(results.map((x) => x.county?.code)).toEqual(['431025']);
  }, 60_000);

  it('accepts globs', async () => {
    const { results } = await extract('data/reports/00[12]_*.txt');
    expect(results.map((r) => r.county?.code)).toEqual(['430423', '141026']);
  });

  it('takes --county and --published-at for every file, over sidecars and manifests, and names a bad value', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'extract-hints-'));
    await writeFile(join(dir, 'a.txt'), '经济运行简报\n今年以来,全县固定资产投资增长12%。\n');
    await writeFile(join(dir, 'a.meta.json'), '{"county":"431026","url":"https://example.org/a"}');
    await writeFile(join(dir, 'b.txt'), '经济运行简报\n今年以来,全县固定资产投资增长9%。\n');
    await writeFile(join(dir, 'list.jsonl'), '{"file":"b.txt","county":"临武县","publishedAt":"2024-05-06"}\n');
    const { code, results } = await extract('--manifest', join(dir, 'list.jsonl'), dir);
    expect(code).toBe(0);
    expect(results.map((r) => [r.county?.code, r.county?.confidence, r.report.url, r.report.publishedAt])).toEqual([
      ['431026', 'given', 'https://example.org/a', null],
      ['431025', 'given', null, '2024-05-06'],
    ]);
    const flagged = await extract('--county', '嘉禾县', '--published-at', '2024-01-02', dir);
    expect(flagged.results.map((r) => [r.county?.code, r.report.publishedAt])).toEqual([['431024', '2024-01-02'], ['431024', '2024-01-02']]);
    const bad = await extract('--published-at', '2024-1-2', dir);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/command line: publishedAt must be a date such as 2024-01-26, not 2024-1-2/);
  }, 30_000);
});
