import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from './pipeline.ts';
import { findManifests, hintsFor, hintsTag, readManifest, readSidecar, validateHints } from './report-hints.ts';

const REPORT = '经济运行简报\n2023年,临武县地区生产总值增长6.5%,我县新签约项目20个。';

describe('what the user knows of a report', () => {
  it('wins over the text: county, date, title, publisher and url, with a warning where the text disagrees', () => {
    const x = extractText(REPORT, 'a.txt', { hints: { county: '431026', publishedAt: '2024-02-01', publisher: '汝城县统计局', url: 'https://example.org/a' } });
    expect(x.county).toMatchObject({ code: '431026', name: '汝城县', confidence: 'given' });
    expect(x.report).toMatchObject({ publishedAt: '2024-02-01', title: '经济运行简报', publisher: '汝城县统计局', url: 'https://example.org/a' });
    const titled = extractText(`发布时间:2023-05-06\n${REPORT}`, 'b.txt', { hints: { title: '临武县一季度经济运行', publishedAt: '2023-05-08' } });
    expect(titled.report).toMatchObject({ title: '临武县一季度经济运行', publishedAt: '2023-05-08', url: null });
    expect(titled.warnings.join('\n')).toMatch(/publishedAt given as 2023-05-08; the text says 2023-05-06/);
    expect(x.warnings.join('\n')).toMatch(/county given as 汝城县 \(431026\); the text names 临武县 \(431025\)/);
    // The facts follow the given county: the indicators are kept for it.
    expect(x.indicators).toContainEqual(expect.objectContaining({ metric: 'gdp', period: '2023', growthPct: 6.5 }));
  });

  it('takes a full name or a short name only one unit has, and refuses names several units share', () => {
    expect(extractText(REPORT, 'a.txt', { hints: { county: '汝城' } }).county?.code).toBe('431026');
    expect(extractText(REPORT, 'a.txt', { hints: { county: '嘉禾县' } }).county?.code).toBe('431024');
    expect(() => extractText(REPORT, 'a.txt', { hints: { county: '鼓楼区' } })).toThrow(/a\.txt: 鼓楼区 names several units \(320106.*350102.*\); give the code/);
    expect(() => extractText(REPORT, 'a.txt', { hints: { county: '999999' } })).toThrow(/no county-level unit has the code 999999/);
    expect(() => extractText(REPORT, 'a.txt', { hints: { county: '不存在县' } })).toThrow(/不存在县 is not the name of a county-level unit/);
  });

  it('names the source and the problem of a bad date, url or field type', () => {
    expect(() => validateHints({ publishedAt: '2024-02-30' }, 'm.csv:3')).toThrow('m.csv:3: publishedAt must be a date such as 2024-01-26, not 2024-02-30.');
    expect(() => validateHints({ url: 'ftp://x' }, 'a.meta.json')).toThrow('a.meta.json: url must be an http(s) address, not ftp://x.');
    expect(() => validateHints({ title: 42 }, 'a.meta.json')).toThrow('a.meta.json: title must be text, not 42.');
    expect(validateHints({ county: '', url: null, other: 'x' }, 's')).toEqual({});
  });

  it('reads sidecars (a.meta.json or a.txt.meta.json) and manifests in CSV or JSONL, relative to their folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hints-'));
    await writeFile(join(dir, 'a.txt'), REPORT);
    await writeFile(join(dir, 'a.meta.json'), JSON.stringify({ county: '431026', url: 'https://example.org/a' }));
    await writeFile(join(dir, 'b.html'), REPORT);
    await writeFile(join(dir, 'b.html.meta.json'), '{"publishedAt":"2024-03-01"}');
    await writeFile(join(dir, 'manifest.csv'), 'file,county,publishedAt,url,title\na.txt,431025,2024-01-05,https://example.org/m,"标题,带逗号"\n"c.txt",嘉禾县,,,\n');
    expect(await readSidecar(join(dir, 'a.txt'))).toEqual({ county: '431026', url: 'https://example.org/a' });
    expect(await readSidecar(join(dir, 'b.html'))).toEqual({ publishedAt: '2024-03-01' });
    expect(await readSidecar(join(dir, 'c.txt'))).toEqual({});
    const manifests = await findManifests([dir]);
    expect(manifests.get(join(dir, 'a.txt'))).toEqual({ county: '431025', publishedAt: '2024-01-05', url: 'https://example.org/m', title: '标题,带逗号' });
    expect(manifests.get(join(dir, 'c.txt'))).toEqual({ county: '嘉禾县' });
    // The sidecar is more specific than the manifest, the command line more than both.
    expect(await hintsFor(join(dir, 'a.txt'), manifests)).toEqual({ county: '431026', publishedAt: '2024-01-05', url: 'https://example.org/a', title: '标题,带逗号' });
    expect(await hintsFor(join(dir, 'a.txt'), manifests, { county: '431024' })).toMatchObject({ county: '431024' });

    await writeFile(join(dir, 'list.jsonl'), '{"file":"a.txt","county":"临武县"}\n\n{"file":"d.txt","publishedAt":"2024-04-04"}\n');
    const jsonl = await readManifest(join(dir, 'list.jsonl'));
    expect([...jsonl.values()]).toEqual([{ county: '临武县' }, { publishedAt: '2024-04-04' }]);
  });

  it('names the manifest line or sidecar that is wrong', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hints-bad-'));
    await writeFile(join(dir, 'bad.jsonl'), '{"file":"a.txt"}\nnot json\n');
    await expect(readManifest(join(dir, 'bad.jsonl'))).rejects.toThrow(/bad\.jsonl:2: not a JSON object/);
    await writeFile(join(dir, 'bad.csv'), 'name,county\na.txt,431025\n');
    await expect(readManifest(join(dir, 'bad.csv'))).rejects.toThrow(/bad\.csv: the first line must name the columns, among them file/);
    await writeFile(join(dir, 'date.csv'), 'file,publishedAt\na.txt,2024/01/05\n');
    await expect(readManifest(join(dir, 'date.csv'))).rejects.toThrow(/date\.csv:2: publishedAt must be a date/);
    await writeFile(join(dir, 'x.txt'), REPORT);
    await writeFile(join(dir, 'x.meta.json'), '{"county": 431025');
    await expect(readSidecar(join(dir, 'x.txt'))).rejects.toThrow(/x\.meta\.json: not valid JSON/);
    await expect(readManifest(join(dir, 'missing.csv'))).rejects.toThrow(/missing\.csv: the manifest cannot be read/);
  });

  it('tags the stored version with what was given, the same tag for the same hints in any order', () => {
    expect(hintsTag({})).toBe('');
    expect(hintsTag({ county: '431025', url: 'https://x.org' })).toBe(hintsTag({ url: 'https://x.org', county: '431025' }));
    expect(hintsTag({ county: '431025' })).not.toBe(hintsTag({ county: '431026' }));
  });
});
