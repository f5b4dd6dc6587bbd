/** Numbers the Chinese way (亿, 万), as the reports write them. */

export function amount(value: number | null | undefined, unit: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const u = unit === 'YUAN' ? '元' : unit === 'USD' ? '美元' : unit === 'PERCENT' ? '%' : unit === 'PERSON' ? '人' : unit === 'PERSON_TIME' ? '人次' : unit === 'MU' ? '亩' : unit === 'TONNE' ? '吨' : unit === 'HOUSEHOLD' ? '户' : unit === 'COUNT' ? '个' : '';
  if (unit === 'PERCENT') return `${round(value)}%`;
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${round(value / 1e8)}亿${u}`;
  if (abs >= 1e4) return `${round(value / 1e4)}万${u}`;
  return `${round(value)}${u}`;
}

function round(x: number): string {
  return String(Number(x.toFixed(Math.abs(x) >= 100 ? 1 : 2)));
}

export function growth(pct: number | null | undefined): string {
  if (pct === null || pct === undefined) return '';
  return `${pct >= 0 ? '增长' : '下降'}${round(Math.abs(pct))}%`;
}

/** "2023H1" → "2023年上半年": the periods of the API as a reader says them. */
export function period(p: string | null | undefined): string {
  if (!p) return '未注明年份';
  let m = /^(\d{4})$/.exec(p);
  if (m) return `${m[1]}年`;
  m = /^(\d{4})H([12])$/.exec(p);
  if (m) return `${m[1]}年${m[2] === '1' ? '上' : '下'}半年`;
  m = /^(\d{4})Q1-(\d)$/.exec(p);
  if (m) return `${m[1]}年前${'一二三四'[Number(m[2]) - 1]}季度`;
  m = /^(\d{4})Q(\d)$/.exec(p);
  if (m) return `${m[1]}年第${'一二三四'[Number(m[2]) - 1]}季度`;
  m = /^(\d{4})M(\d+)-(\d+)$/.exec(p);
  if (m) return `${m[1]}年${m[2]}-${m[3]}月`;
  m = /^(\d{4})-(\d{4})$/.exec(p);
  if (m) return `${m[1]}—${m[2]}年`;
  return p;
}

/** Orders periods by year, then by how much of the year they cover (a year after its parts). */
export function periodOrder(p: string | null): [number, number, string] {
  if (!p) return [0, 0, ''];
  const year = Number(p.slice(0, 4)) || 0;
  const span = /^\d{4}-(\d{4})$/.exec(p);
  if (span) return [Number(span[1]), 13, p];
  if (/^\d{4}$/.test(p)) return [year, 12, p];
  const months = /M\d+-(\d+)$/.exec(p)?.[1] ?? (/H1$/.test(p) ? '6' : /Q1-(\d)$/.exec(p)?.[1] ? String(Number(/Q1-(\d)$/.exec(p)![1]) * 3) : /Q(\d)$/.exec(p)?.[1] ? String(Number(/Q(\d)$/.exec(p)![1]) * 3) : '11');
  return [year, Number(months), p];
}

export function comparePeriods(a: string | null, b: string | null): number {
  const x = periodOrder(a);
  const y = periodOrder(b);
  return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
}
