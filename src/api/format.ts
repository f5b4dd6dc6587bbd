/** Chinese-style amounts: 1.216e10 yuan → "121.6亿元", 26170000 → "2617万元", 980 → "980元". */
export function formatAmount(value: number | null | undefined, unit: string | null | undefined): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const trim = (x: number) => String(Number(x.toPrecision(6)));
  const suffix: Record<string, string> = { yuan: '元', usd: '美元', person: '人', 'person-time': '人次', mu: '亩', tonne: '吨', household: '户', count: '个', percent: '%' };
  const word = suffix[unit ?? ''] ?? '';
  if (unit === 'percent') return `${trim(value)}%`;
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${trim(value / 1e8)}亿${word}`;
  if (abs >= 1e4) return `${trim(value / 1e4)}万${word}`;
  return `${trim(value)}${word}`;
}
