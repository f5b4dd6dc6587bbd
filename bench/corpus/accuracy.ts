// Extraction measured against the planted facts: per fact type, how many planted facts
// were found (recall) and how many found facts were planted (precision).
import type { ReportExtraction } from '../../src/facts.ts';
import type { Planted } from './generate.ts';

export interface Tally { planted: number; found: number; matched: number }
export type Accuracy = Record<'county' | 'indicators' | 'projects' | 'industries' | 'enterprises' | 'honours' | 'investment' | 'roles', Tally>;

export const emptyAccuracy = (): Accuracy => ({
  county: t(), indicators: t(), projects: t(), industries: t(), enterprises: t(), honours: t(), investment: t(), roles: t(),
});
function t(): Tally {
  return { planted: 0, found: 0, matched: 0 };
}

const same = (a: number | null | undefined, b: number | null | undefined) =>
  a === b || (a != null && b != null && Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9));

/** Counts one report into `acc`; returns what was missed and what was extra, for the verbose listing. */
export function score(acc: Accuracy, planted: Planted, x: ReportExtraction): string[] {
  const notes: string[] = [];
  const tally = <P, F>(kind: keyof Accuracy, want: P[], got: F[], key: (v: P | F) => string) => {
    acc[kind].planted += want.length;
    acc[kind].found += got.length;
    const gotKeys = new Map<string, number>();
    for (const g of got) gotKeys.set(key(g), (gotKeys.get(key(g)) ?? 0) + 1);
    for (const w of want) {
      const k = key(w);
      const n = gotKeys.get(k) ?? 0;
      if (n > 0) {
        acc[kind].matched++;
        gotKeys.set(k, n - 1);
      } else notes.push(`missed ${kind}: ${k}`);
    }
    for (const [k, n] of gotKeys) for (let i = 0; i < n; i++) notes.push(`extra ${kind}: ${k}`);
  };
  acc.county.planted++;
  acc.county.found += x.county ? 1 : 0;
  if (x.county?.code === planted.county) acc.county.matched++;
  else notes.push(`county: planted ${planted.county}, found ${x.county?.code ?? 'none'}`);

  const indicators = x.indicators.filter((i) => i.metric !== 'other');
  tally('indicators', planted.indicators, indicators, (i) => `${i.metric} ${i.period} ${i.kind} ${i.value ?? '-'} ${i.growthPct ?? '-'}`);
  tally('projects', planted.projects, x.projects, (p) => p.name);
  tally('industries', planted.industries, x.industries, (i) => i.name);
  tally('enterprises', planted.enterprises, x.enterprises, (e) => e.name);
  tally('honours', planted.honours, x.honours, (h) => `${h.name} → ${h.recipient}`);
  // Attributes of the facts that were found.
  for (const p of planted.projects) {
    const g = x.projects.find((q) => q.name === p.name);
    if (!g) continue;
    acc.investment.planted++;
    acc.investment.found++;
    if (same(g.investmentYuan, p.investmentYuan)) acc.investment.matched++;
    else notes.push(`investment of ${p.name}: planted ${p.investmentYuan}, found ${g.investmentYuan}`);
  }
  for (const i of planted.industries) {
    const g = x.industries.find((q) => q.name === i.name);
    if (!g) continue;
    acc.roles.planted++;
    acc.roles.found++;
    if (g.role === i.role) acc.roles.matched++;
    else notes.push(`role of ${i.name}: planted ${i.role}, found ${g.role}`);
  }
  return notes;
}

export function accuracyTable(acc: Accuracy): string {
  const rows = Object.entries(acc).map(([kind, v]) => {
    const p = v.found ? v.matched / v.found : 1;
    const r = v.planted ? v.matched / v.planted : 1;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `${kind.padEnd(12)} ${String(v.planted).padStart(7)} ${String(v.found).padStart(7)} ${String(v.matched).padStart(7)}  ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}`;
  });
  return [`${'facts'.padEnd(12)} ${'planted'.padStart(7)} ${'found'.padStart(7)} ${'matched'.padStart(7)}  prec.  recall  F1`, ...rows].join('\n');
}
