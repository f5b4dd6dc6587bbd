import { describe, expect, it } from 'vitest';
import { extractText } from './pipeline.ts';

const extract = (text: string) => extractText(text, 'test.txt');
const pick = (text: string) =>
  extract(text).indicators.map(({ metric, period, kind, value, unit, growthPct }) => ({ metric, period, kind, value, unit, growthPct }));

describe('indicators', () => {
  it('reads a statistical bulletin: levels, growth, sub-sectors, the bracketed synonym', () => {
    const got = pick(
      '宁远县2023年国民经济和社会发展统计公报\n初步核算,全县实现地区生产总值(GDP)256.8亿元,按可比价格计算,比上年增长6.5%。其中,第一产业增加值35.2亿元,增长4.1%;第二产业增加值98.7亿元,增长7.2%;第三产业增加值122.9亿元,增长6.3%。人均地区生产总值52341元。',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        { metric: 'gdp', period: '2023', kind: 'estimate', value: 25680000000, unit: 'yuan', growthPct: 6.5 },
        { metric: 'gdp_primary', period: '2023', kind: 'actual', value: 3520000000, unit: 'yuan', growthPct: 4.1 },
        { metric: 'gdp_secondary', period: '2023', kind: 'actual', value: 9870000000, unit: 'yuan', growthPct: 7.2 },
        { metric: 'gdp_tertiary', period: '2023', kind: 'actual', value: 12290000000, unit: 'yuan', growthPct: 6.3 },
        { metric: 'per_capita_gdp', period: '2023', kind: 'actual', value: 52341, unit: 'yuan', growthPct: null },
      ]),
    );
  });

  it('reads negative growth written as 下降 or as 增长-x%', () => {
    const got = pick('2023年,全县完成固定资产投资(不含农户)158.3亿元,同比下降3.2%;一般公共预算收入12.3亿元,增长-2.1%。');
    expect(got).toContainEqual(expect.objectContaining({ metric: 'fixed_asset_investment', value: 15830000000, growthPct: -3.2 }));
    expect(got).toContainEqual(expect.objectContaining({ metric: 'general_budget_revenue', value: 1230000000, growthPct: -2.1 }));
  });

  it('distributes 分别 lists, before and after the levels', () => {
    const got = pick('2022年,固定资产投资、社会消费品零售总额分别增长8%、8.5%。全年接待国内外游客1250万人次,实现旅游总收入128亿元,分别增长15.2%和18.6%。城乡居民人均可支配收入分别增长6.1%、7.9%。');
    expect(got).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ metric: 'fixed_asset_investment', period: '2022', growthPct: 8 }),
        expect.objectContaining({ metric: 'retail_sales', period: '2022', growthPct: 8.5 }),
        expect.objectContaining({ metric: 'tourist_visits', value: 12500000, unit: 'person-time', growthPct: 15.2 }),
        expect.objectContaining({ metric: 'tourism_revenue', value: 12800000000, growthPct: 18.6 }),
        expect.objectContaining({ metric: 'disposable_income_urban', growthPct: 6.1 }),
        expect.objectContaining({ metric: 'disposable_income_rural', growthPct: 7.9 }),
      ]),
    );
  });

  it('tells targets and estimates from actuals, and gives targets the plan year', () => {
    const got = pick(
      '发布时间:2024-01-20\n2023年,预计全县地区生产总值增长6%;完成一般公共预算收入9.8亿元,增长5.2%。2024年主要预期目标是:地区生产总值增长6.5%左右,力争固定资产投资增长8%以上。',
    );
    expect(got).toContainEqual(expect.objectContaining({ metric: 'gdp', period: '2023', kind: 'estimate', growthPct: 6 }));
    expect(got).toContainEqual(expect.objectContaining({ metric: 'general_budget_revenue', period: '2023', kind: 'actual', value: 980000000 }));
    expect(got).toContainEqual(expect.objectContaining({ metric: 'gdp', period: '2024', kind: 'target', growthPct: 6.5 }));
    expect(got).toContainEqual(expect.objectContaining({ metric: 'fixed_asset_investment', period: '2024', kind: 'target', growthPct: 8 }));
  });

  it('reads sub-year periods and carries them through the paragraph', () => {
    const got = pick('2023年上半年,全县完成地方一般公共预算收入64477万元,同比增长16.38%。预计实现地区生产总值123.25亿元,同比增长4%。1-9月,规模工业增加值增长5.1%。');
    expect(got).toContainEqual(expect.objectContaining({ metric: 'general_budget_revenue', period: '2023H1', value: 644770000 }));
    expect(got).toContainEqual(expect.objectContaining({ metric: 'gdp', period: '2023H1', kind: 'estimate', value: 12325000000 }));
    expect(got).toContainEqual(expect.objectContaining({ metric: 'industrial_value_added', period: '2023M1-9', growthPct: 5.1 }));
  });

  it('ignores thresholds, rankings, shares, averages over years and other units\' figures', () => {
    const got = pick('2023年,全县地区生产总值首破200亿元大关,增速居全市第3位;全市地区生产总值1800亿元;固定资产投资年均增长9%。');
    expect(got).toEqual([{ metric: 'gdp', period: '2023', kind: 'actual', value: null, unit: null, growthPct: null }].filter(() => false));
  });

  it('reads rates, people, areas, tonnes and US dollars in base units', () => {
    const got = pick('2023年,城镇登记失业率3.2%,城镇新增就业2560人,粮食播种面积45.6万亩,粮食总产量18.2万吨,外贸进出口总额3.5亿美元。');
    expect(got).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ metric: 'urban_unemployment_rate', value: 3.2, unit: 'percent' }),
        expect.objectContaining({ metric: 'new_urban_jobs', value: 2560, unit: 'person' }),
        expect.objectContaining({ metric: 'grain_area', value: 456000, unit: 'mu' }),
        expect.objectContaining({ metric: 'grain_output', value: 182000, unit: 'tonne' }),
        expect.objectContaining({ metric: 'foreign_trade', value: 350000000, unit: 'usd' }),
      ]),
    );
  });

  it('reads programme totals: key-project investment and investment attracted', () => {
    const got = pick('2023年,全县实施重点项目84个,完成投资44亿元。全年新签约项目15个,合同引资96亿元。');
    expect(got).toContainEqual(expect.objectContaining({ metric: 'key_project_investment', value: 4.4e9 }));
    expect(got).toContainEqual(expect.objectContaining({ metric: 'investment_attracted', value: 9.6e9 }));
  });

  it('points every evidence at the sentence in the normalized text', () => {
    const r = extract('2023年,全县地区生产总值完成121.6亿元,同比增长12.6%。');
    for (const i of r.indicators) {
      expect(r.report.chars).toBeGreaterThanOrEqual(i.evidence.end);
      expect(i.evidence.text).toContain(i.label);
    }
    expect(r.indicators).toHaveLength(1);
  });
});

describe('other figures', () => {
  it('keeps measurable figures outside the vocabulary as metric "other", with their own label', () => {
    const got = pick('2023年,全县原煤产量达到522.8万吨,城市绿化覆盖率达40.2%;规上工业增加值增长8%。');
    expect(got).toEqual(
      expect.arrayContaining([
        { metric: 'other', period: '2023', kind: 'actual', value: 5228000, unit: 'tonne', growthPct: null },
        { metric: 'other', period: '2023', kind: 'actual', value: 40.2, unit: 'percent', growthPct: null },
        expect.objectContaining({ metric: 'industrial_value_added', growthPct: 8 }),
      ]),
    );
    const labels = extract('2023年,全县原煤产量达到522.8万吨,城市绿化覆盖率达40.2%。').indicators.map((i) => i.label);
    expect(labels).toEqual(['原煤产量', '城市绿化覆盖率']);
  });

  it('leaves counts, verbs and fragments alone', () => {
    const got = extract('2023年,全年累计投入8.34亿元改善民生,新增高新技术企业11家,全市党员干部参学覆盖率超过90%。').indicators;
    expect(got).toEqual([]);
  });
});
