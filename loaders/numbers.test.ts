import { describe, expect, it } from 'vitest';
import { parseChineseNumber, parseNumber, toQuantity } from './numbers.ts';

describe('numbers', () => {
  it.each([
    ['二〇二三', 2023],
    ['两千二百', 2200],
    ['十二', 12],
    ['一百零五', 105],
    ['三点五亿', 3.5e8],
    ['六十四亿七千七百万', 6.477e9],
    ['二十亿零五百万', 2.005e9],
    ['一万亿', 1e12],
    ['八千零二十', 8020],
  ])('parses %s', (s, v) => {
    expect(parseChineseNumber(s)).toBeCloseTo(v, 6);
  });

  it('rejects what is not a numeral', () => {
    expect(parseChineseNumber('亿元')).toBeUndefined();
    expect(parseChineseNumber('亿')).toBeUndefined();
    expect(parseChineseNumber('增长')).toBeUndefined();
    expect(parseNumber('1.2.3')).toBeUndefined();
  });

  it('reads Arabic numbers with thousands separators', () => {
    expect(parseNumber('12,160.5')).toBe(12160.5);
    expect(parseNumber('-0.5')).toBe(-0.5);
  });

  it.each([
    [121.6, '亿', '元', { value: 12160000000, unit: 'yuan' }],
    [64477, '万', '元', { value: 644770000, unit: 'yuan' }],
    [5.2, '亿', '美元', { value: 520000000, unit: 'usd' }],
    [861, '万', '人次', { value: 8610000, unit: 'person-time' }],
    [30.796, '万', '亩', { value: 307960, unit: 'mu' }],
    [14, '万', '吨', { value: 140000, unit: 'tonne' }],
    [3448, '', '人', { value: 3448, unit: 'person' }],
    [2.48, '', '%', { value: 2.48, unit: 'percent' }],
  ])('converts %s %s%s to base units', (n, scale, unit, expected) => {
    expect(toQuantity(n, scale, unit)).toMatchObject(expected);
  });

  it('treats a bare 亿 as yuan only where money is expected', () => {
    expect(toQuantity(200, '亿', '', true)).toMatchObject({ value: 2e10, unit: 'yuan' });
    expect(toQuantity(200, '亿', '', false)).toBeUndefined();
  });
});
