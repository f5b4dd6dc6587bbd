import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDoc } from './doc.ts';
import { STAGES } from './pipeline.ts';
import { validateHints } from './report-hints.ts';

// Extraction must stay linear in the size of the text whatever the text is: each shape
// below once made a stage quadratic (or is one a rule could easily make so). Time is
// compared between the same shape at n and 4n characters — a ratio, not a wall-clock
// limit: linear is about 4, quadratic 16. The bound, 8, leaves room for a noisy machine.
const RATIO = 8;
const N = 20_000;

const samples = readdirSync(join(import.meta.dirname, '..', 'data', 'reports'))
  .map((f) => readFileSync(join(import.meta.dirname, '..', 'data', 'reports', f), 'utf8'))
  .join('\n');

const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));

const SHAPES: [string, (n: number) => string, string?][] = [
  ['a number with no end', (n) => `临武县2023年,${repeat('二', n)}亿元。`],
  ['one line without punctuation', (n) => `临武县${repeat('经济发展项目建设', n)}`],
  ['quoted project names in one list', (n) => `临武县2023年${repeat('“甲项目”、', n)}。`],
  ['titles in one list', (n) => `临武县获评${repeat('全国文明县、', n)}。`],
  ['quoted titles without separators', (n) => `临武县荣获${repeat('“全国文明县城”', n)}称号。`],
  ['companies in one list', (n) => `临武县引进${repeat('甲乙丙有限公司、', n)}等企业。`],
  ['industries in one list', (n) => `临武县做强${repeat('新材料产业、', n)}等产业。`],
  ['industries with roles joined one after another', (n) => `临武县围绕${repeat('食品加工首位产业和', n)}电子信息主导产业。`],
  ['companies a trade holds, in one list', (n) => `临武县光伏产业已集聚${repeat('甲乙光电、', n)}等企业。`],
  ['short names declared again and again', (n) => `临武县${repeat('甲乙丙有限公司(以下简称“甲乙”)、', n)}等企业。`],
  ['a table of honours with many rows', (n) => `临武县获得的荣誉\n序号\t荣誉名称\t授予单位\t获得单位\n${repeat('1\t全国文明县城\t中央文明委\t临武县人民政府\n', n)}`],
  ['a table of projects with many rows', (n) => `临武县2026年重点项目计划表\n单位:万元\n序号\t项目名称\t总投资\t建设性质\t项目业主\n${repeat('1\t临武县某某产业园项目\t120000\t新建\t某某食品有限公司\n', n)}`],
  ['one row of a table of projects with many cells', (n) => `临武县2026年重点项目计划表\n序号\t项目名称\t总投资(万元)\n1\t${repeat('临武县某某产业园项目\t', n)}`],
  ['one row of a table of honours with many cells', (n) => `临武县获得的荣誉\n序号\t荣誉名称\t获得单位\n1\t${repeat('全国文明县城\t', n)}`],
  ['growth figures in one sentence', (n) => `临武县2023年地区生产总值${repeat('增长5%,', n)}。`],
  ['figures given respectively', (n) => `临武县2023年城镇和农村居民人均可支配收入分别${repeat('达到1元和', n)}2元。`],
  ['clauses separated by commas', (n) => `临武县2023年${repeat('项目,', n)}。`],
  ['headings and nothing else', (n) => `临武县2023年\n${repeat('一、\n', n)}`],
  ['brackets opened and never closed', (n) => `临武县${repeat('（', n)}`],
  ['quotes opened and never closed', (n) => `临武县${repeat('“', n)}`],
  ['spaces', (n) => `临武县${repeat(' ', n)}项目`],
  ['digits', (n) => `临武县2023年${repeat('1', n)}亿元。`],
  ['inline tags never closed (refused past a depth)', (n) => `<html><body>${repeat('<b><i>', n)}临武县</body></html>`, 'page.html'],
  ['inline tags nested as deep as allowed, then many more', (n) => `<html><body>${'<b>'.repeat(500)}${repeat('<i>x</i>', n)}临武县</body></html>`, 'page.html'],
  ['figure lines under one name, and figure lines under none', (n) => `临武县2023年\n地区生产总值\n${repeat('12亿元\n', n)}说明\n${repeat('增长5%\n', n)}`],
  ['brands given as examples, one list, never closed by a kind', (n) => `临武县像${repeat('甲乙、如丙丁', n)}这样。`],
  ['places in a ranking, one clause after another', (n) => `临武县2023年百强榜发布。${repeat('甲县位列第1位,', n)}。`],
  ['works listed after a verb of status with no 等', (n) => `临武县建成${repeat('甲乙大桥、', n)}丙丁大道。`],
  ['the three sectors said in one phrase, again and again', (n) => `临武县2023年${repeat('第一产业、第二产业、第三产业增加值', n)}分别增长1%、2%、3%。`],
  ['another scope\'s figure, then the county\'s, again and again', (n) => `临武县2023年全省地区生产总值${repeat('增长5%,我县增长6%,', n)}。`],
  ['a plan after a clause of what was done, with no comma to end it', (n) => `临武县2023年${repeat('完成', n)}明年。`],
  ['companies named after their standing, again and again', (n) => `临武县${repeat('龙头企业甲乙、丙丁、', n)}戊己药业。`],
  ['trades under a verb of development, again and again', (n) => `临武县${repeat('发展甲乙和', n)}丙丁产业。`],
  ['targets a colon introduces, one after another', (n) => `临武县2025年主要预期目标是:${repeat('地区生产总值增长6%;', n)}。`],
  ['parts of the year named again and again before a figure', (n) => `临武县2023年${repeat('前5个月第二季度1-6月', n)}地区生产总值增长5%。`],
  ['real reports one after another', (n) => samples.repeat(Math.ceil(n / samples.length)).slice(0, n)],
];

/** Milliseconds per stage for one extraction (stages that throw count as done). */
function stageTimes(text: string, file: string): Map<string, number> {
  const doc = emptyDoc(file, text, 'utf-8');
  doc.override = validateHints({}, file);
  const times = new Map<string, number>();
  for (const stage of STAGES) {
    const t = performance.now();
    try {
      stage.run(doc);
    } catch {
      // a failing stage is not a slow one
    }
    times.set(stage.name, performance.now() - t);
  }
  return times;
}

const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('extraction is linear in the size of the text', () => {
  it.each(SHAPES)('%s', (_name, make, file = 'report.txt') => {
    const small = make(N);
    const large = make(4 * N);
    stageTimes(small, file); // compile and warm up
    // Interleaved, best of five: the machine's noise hits both sizes alike.
    let best = { small: Infinity, large: Infinity };
    let detail: { small?: Map<string, number>; large?: Map<string, number> } = {};
    for (let i = 0; i < 5; i++) {
      const s = stageTimes(small, file);
      const l = stageTimes(large, file);
      if (total(s) < best.small) [best.small, detail.small] = [total(s), s];
      if (total(l) < best.large) [best.large, detail.large] = [total(l), l];
    }
    // Below a millisecond the ratio is noise; 4n then has to stay below a few milliseconds.
    const ratio = best.large / Math.max(best.small, 1);
    const slowest = [...detail.large!.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${detail.small!.get(k)!.toFixed(1)} → ${v.toFixed(1)} ms`);
    expect(ratio, `time for 4× the text grew ${ratio.toFixed(1)}× (${slowest.join('; ')})`).toBeLessThan(RATIO);
  }, 120_000);
});
