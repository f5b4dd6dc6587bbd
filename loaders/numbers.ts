import type { Unit } from '../src/facts.ts';

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Chinese numeral characters (and 点 for the decimal point). */
export const CN_NUMERAL = '零〇○一二两三四五六七八九十百千万亿点';

/**
 * Parses Chinese numerals: 二〇二三 → 2023 (digit by digit), 两千二百 → 2200,
 * 六十四亿七千七百万 → 6477000000, 二十亿零五百万 → 2005000000, 三点五亿 → 350000000,
 * 十二 → 12. Returns undefined for anything else.
 */
export function parseChineseNumber(s: string): number | undefined {
  if (!s || ![...s].every((c) => CN_NUMERAL.includes(c))) return undefined;
  // A bare place value (万, 亿) or a lone 点 is no number.
  if (![...s].some((c) => c in DIGIT || c === '十')) return undefined;
  // Digit-by-digit form (years, codes): no place-value characters.
  if (![...s].some((c) => c in SMALL_UNIT || c in BIG_UNIT || c === '点')) {
    return Number([...s].map((c) => DIGIT[c]).join(''));
  }
  let total = 0; // completed 亿 and 万 groups
  let section = 0; // the group being read, below 万
  let digit: number | undefined;
  let i = 0;
  const chars = [...s];
  for (; i < chars.length; i++) {
    const c = chars[i]!;
    if (c in DIGIT) digit = DIGIT[c];
    else if (c in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[c]!;
      digit = undefined;
    } else if (c in BIG_UNIT) {
      const unit = BIG_UNIT[c]!;
      const group = section + (digit ?? 0);
      // 万亿: a 亿 group read after 万 multiplies what came before.
      total = unit > 1e4 ? (total + group) * unit : total + group * unit;
      section = 0;
      digit = undefined;
    } else if (c === '点') {
      const frac = chars.slice(i + 1);
      const fracDigits = [];
      let j = 0;
      for (; j < frac.length && frac[j]! in DIGIT; j++) fracDigits.push(DIGIT[frac[j]!]);
      const rest = frac.slice(j).join('');
      const value = section + (digit ?? 0) + Number(`0.${fracDigits.join('') || '0'}`);
      const scale = rest ? BIG_UNIT[rest] ?? (rest === '万亿' ? 1e12 : undefined) : 1;
      if (scale === undefined) return undefined;
      return total + value * scale;
    }
  }
  return total + section + (digit ?? 0);
}

/** An Arabic or Chinese number as written: "12,160.5", "3.5", "两千二百". */
export function parseNumber(s: string): number | undefined {
  const t = s.replace(/[,，\s]/g, '');
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumber(t);
}

export interface Quantity {
  value: number;
  unit: Unit;
  /** The unit as written (万元, 万人次 …). */
  written: string;
}

const SCALE: Record<string, number> = { '': 1, 十: 10, 百: 100, 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 十亿: 1e9, 百亿: 1e10, 千亿: 1e11, 万亿: 1e12 };

/** Base units and how a written unit converts into them. */
const BASE: [RegExp, Unit, number][] = [
  [/^美元$/, 'usd', 1],
  [/^(元|块)$/, 'yuan', 1],
  [/^人次$/, 'person-time', 1],
  [/^(人|名)$/, 'person', 1],
  [/^亩$/, 'mu', 1],
  [/^公顷$/, 'mu', 15],
  [/^(吨|t)$/, 'tonne', 1],
  [/^(公斤|千克)$/, 'tonne', 0.001],
  [/^斤$/, 'tonne', 0.0005],
  [/^户$/, 'household', 1],
  [/^(个|家|项|座|所|宗|件|台|套|辆|条|批)$/, 'count', 1],
  [/^%$/, 'percent', 1],
];

/** 万元 → yuan ×1e4; 亿美元 → usd ×1e8; 万人次 → person-time ×1e4; 亿 alone (money) → yuan ×1e8. */
export function toQuantity(number: number, scale: string, unit: string, moneyDefault = false): Quantity | undefined {
  const factor = SCALE[scale];
  if (factor === undefined) return undefined;
  if (!unit) {
    if (moneyDefault && scale) return { value: round(number * factor), unit: 'yuan', written: `${scale}` };
    return undefined;
  }
  for (const [re, base, k] of BASE) {
    if (re.test(unit)) return { value: round(number * factor * k), unit: base, written: `${scale}${unit}` };
  }
  return undefined;
}

/** Removes float noise (121.6 × 1e8 = 12160000000.000002). */
export function round(x: number): number {
  return Number(x.toPrecision(12));
}

/** The number of an amount before its scale (12, 1.2, 五十, 一百二十六): figures or words. */
export const AMOUNT_NUMBER_SOURCE = '(?:[\\d.]+|[零〇一二两三四五六七八九十百千点]+)';

/** A number with its scale and unit, as reports write amounts. */
export const QUANTITY_SOURCE = `(?<![\\d.])([-+]?\\d[\\d,]*(?:\\.\\d+)?(?![\\d.]*\\.\\d)|[${CN_NUMERAL}]+)\\s*(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)?\\s*(美元|元|人次|人|名|亩|公顷|吨|公斤|千克|斤|户|个|家|项|座|所|宗|件|台|套|辆|条|批|%)?`;
