import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.ts';
import { extractText } from './pipeline.ts';

// Reports of other genres and provinces than the samples, written for these tests.
const fixture = (f: string) => extractText(readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'reports', f), 'utf8'), f);

describe('a statistical bulletin (Anhui)', () => {
  const r = fixture('statistical-bulletin.txt');

  it('reads the bulletin metadata, county and year', () => {
    expect(r.report).toMatchObject({ title: '凤台县2023年国民经济和社会发展统计公报', publishedAt: '2024-04-12', publisher: '凤台县统计局', reviewYear: 2023 });
    expect(r.county).toMatchObject({ code: '340421', province: '安徽省' });
  });

  it('reads every headline indicator with level and growth in base units', () => {
    const by = Object.fromEntries(r.indicators.map((i) => [i.metric, i]));
    expect(by.gdp).toMatchObject({ period: '2023', value: 31260000000, growthPct: 5.8 });
    expect(by.gdp_secondary).toMatchObject({ value: 13820000000, growthPct: 6.7 });
    expect(by.per_capita_gdp).toMatchObject({ value: 52876, growthPct: 6.1 });
    expect(by.grain_output).toMatchObject({ value: 887000, unit: 'tonne', growthPct: 1.2 });
    expect(by.foreign_trade).toMatchObject({ value: 280000000, unit: 'usd', growthPct: -3.5 });
    expect(by.tax_revenue).toMatchObject({ value: 1520000000, growthPct: 7.6 });
    expect(by.disposable_income_rural).toMatchObject({ value: 19842, growthPct: 7.9 });
    expect(by.tourist_visits).toMatchObject({ value: 4680000, unit: 'person-time', growthPct: 21.5 });
    expect(by.urban_unemployment_rate).toMatchObject({ value: 2.6, unit: 'percent' });
    expect(by.key_project_investment).toMatchObject({ value: 18650000000 });
    expect(by.investment_attracted).toMatchObject({ value: 21500000000 });
    expect(r.indicators.length).toBeGreaterThanOrEqual(24);
  });
});

describe('a government work report (Hunan)', () => {
  const r = fixture('work-report.txt');

  it('dates the review to last year and the targets to this year', () => {
    expect(r.county?.name).toBe('祁阳市');
    const gdp = r.indicators.filter((i) => i.metric === 'gdp').map(({ period, kind, growthPct, value }) => ({ period, kind, growthPct, value }));
    expect(gdp).toEqual([
      { period: '2023', kind: 'estimate', growthPct: 5.5, value: 42800000000 },
      { period: '2024', kind: 'target', growthPct: 6, value: null },
    ]);
    expect(r.indicators).toContainEqual(expect.objectContaining({ metric: 'grain_area', period: '2024', kind: 'target', value: 1200000 }));
  });

  it('reads the projects, the 500-strong enterprises, the industries with roles and the honours', () => {
    expect(r.projects).toContainEqual(expect.objectContaining({ name: '湘江纸业年产30万吨特种纸项目', status: 'started', investmentYuan: 2.5e9, capacity: '30万吨', enterprises: ['湘江纸业'] }));
    expect(r.projects.map((p) => p.name)).toEqual(expect.arrayContaining(['浯溪大桥', '市中医院整体搬迁项目', '零陵至祁阳高速公路']));
    expect(r.enterprises.map((e) => e.name)).toEqual(expect.arrayContaining(['三一重工', '中联重科']));
    expect(r.industries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '新材料', role: 'leading' }),
        expect.objectContaining({ name: '装备制造', role: 'leading' }),
        expect.objectContaining({ name: '电子信息', role: 'emerging' }),
        expect.objectContaining({ name: '祁阳茶', role: 'characteristic' }),
      ]),
    );
    expect(r.honours).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '国家卫生城市', recipient: '祁阳市', recipientType: 'county', level: 'national' }),
        expect.objectContaining({ name: '全国千强镇', recipient: '黎家坪镇', recipientType: 'town' }),
      ]),
    );
  });
});

describe('a traditional-script news page (Hubei)', () => {
  const r = fixture('news-traditional.html');

  it('reads the page: headline, date, source, county, converted to simplified', () => {
    expect(r.report).toMatchObject({ title: '恩施市:一片茶叶带富一方百姓', publishedAt: '2023-11-08', publisher: '湖北日报网', script: 'traditional', format: 'html' });
    expect(r.county?.code).toBe('422801');
  });

  it('reads the first industry, the enterprise honoured and the project', () => {
    expect(r.industries).toEqual([expect.objectContaining({ name: '茶叶', role: 'leading' })]);
    expect(r.honours).toContainEqual(expect.objectContaining({ name: '国家级农业产业化重点龙头企业', recipient: '润邦国际富硒茶业有限公司', recipientType: 'enterprise' }));
    expect(r.projects).toEqual([expect.objectContaining({ name: '恩施玉露茶文化产业园一期项目', status: 'in_production', investmentYuan: 3.2e8 })]);
  });
});

describe('a quarterly report of a banner (Inner Mongolia), written with an abbreviation and Chinese numerals', () => {
  const r = fixture('banner-quarterly.txt');

  it('resolves 土右旗 and dates each figure as written: 前三季度 or 1-9月', () => {
    expect(r.county).toMatchObject({ code: '150221', name: '土默特右旗' });
    expect(new Set(r.indicators.map((i) => i.period))).toEqual(new Set(['2023Q1-3', '2023M1-9']));
    expect(r.indicators).toContainEqual(expect.objectContaining({ metric: 'gdp', period: '2023Q1-3' }));
    expect(r.indicators).toContainEqual(expect.objectContaining({ metric: 'fixed_asset_investment', period: '2023M1-9', growthPct: 15.3 }));
    expect(r.indicators).toContainEqual(expect.objectContaining({ metric: 'gdp', value: 18600000000, growthPct: 7.2 }));
    expect(r.indicators).toContainEqual(expect.objectContaining({ metric: 'retail_sales', value: 3250000000 }));
    expect(r.indicators).toContainEqual(expect.objectContaining({ metric: 'general_budget_revenue', growthPct: -2.3 }));
  });

  it('merges a project named in full and then short, and reads 自治区级 as provincial', () => {
    const coke = r.projects.filter((p) => p.name.includes('焦化'));
    expect(coke).toEqual([expect.objectContaining({ name: '包钢集团土右旗200万吨焦化项目', investmentYuan: 4.6e9, capacity: '200万吨', enterprises: ['包钢集团'] })]);
    expect(r.honours).toContainEqual(expect.objectContaining({ name: '自治区级卫生乡镇', level: 'provincial', recipient: '海子乡', recipientType: 'town' }));
  });
});

describe('a district news feature (Guangdong)', () => {
  const r = fixture('district-news.txt');

  it('reads a district, its emerging industries, projects, enterprises and a ranked honour', () => {
    expect(r.county).toMatchObject({ code: '440605', name: '南海区' });
    expect(r.industries).toEqual(expect.arrayContaining([expect.objectContaining({ name: '新能源汽车', role: 'emerging' }), expect.objectContaining({ name: '泛家居' })]));
    expect(r.projects.map((p) => p.name)).toEqual(expect.arrayContaining(['广东季华实验室二期', '南海区人民医院新院区']));
    expect(r.enterprises.map((e) => e.name)).toEqual(expect.arrayContaining(['美的集团', '碧桂园']));
    expect(r.honours).toContainEqual(expect.objectContaining({ name: '全国千强镇第一名', recipient: '狮山镇', level: 'national' }));
  });
});

describe('a monthly bulletin (Zhejiang) with registered company names', () => {
  const r = fixture('monthly-zhejiang.txt');

  it('dates figures to 1–11 months and ignores percentage-point changes', () => {
    expect(new Set(r.indicators.map((i) => i.period))).toEqual(new Set(['2023M1-11']));
    expect(r.indicators).toContainEqual(expect.objectContaining({ metric: 'industrial_value_added', value: 32860000000, growthPct: 8.7 }));
    expect(r.indicators).toContainEqual(expect.objectContaining({ metric: 'foreign_trade', value: 28640000000, growthPct: -1.8 }));
    expect(r.indicators).toContainEqual(expect.objectContaining({ metric: 'foreign_investment', value: 210000000, unit: 'usd' }));
  });

  it('reads full company names once, and does not take industries for companies', () => {
    const names = r.enterprises.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['天能电池集团股份有限公司', '超威动力控股有限公司', '浙江诺力智能装备股份有限公司']));
    expect(names).not.toContain('超威动力控股');
    expect(names).not.toContain('新能源电池');
    expect(r.industries).toEqual(expect.arrayContaining([expect.objectContaining({ name: '新能源电池', role: 'leading' })]));
    expect(r.projects).toContainEqual(expect.objectContaining({ name: '天能集团年产10GWh钠离子电池项目', capacity: '10GWh', status: 'started' }));
    expect(r.projects).toContainEqual(expect.objectContaining({ name: '吉利汽车长兴基地二期项目', status: 'signed', investmentYuan: 1.2e10 }));
  });
});

describe('a work report summary (Sichuan) in full-width characters', () => {
  const r = fixture('work-report-fullwidth.txt');

  it('resolves an autonomous county, reviews the year before the headline year and plans the headline year', () => {
    expect(r.county).toMatchObject({ code: '510726', name: '北川羌族自治县' });
    expect(r.report).toMatchObject({ reviewYear: 2021, planYear: 2022 });
    expect(r.indicators).toContainEqual(expect.objectContaining({ metric: 'gdp', period: '2021', kind: 'actual', value: 8160000000, growthPct: 5.2 }));
    expect(r.indicators).toContainEqual(expect.objectContaining({ metric: 'disposable_income_rural', period: '2021', value: 17680, growthPct: 6.8 }));
    expect(r.indicators).toContainEqual(expect.objectContaining({ metric: 'gdp', period: '2022', kind: 'target', growthPct: 6.5 }));
    // 年均增长 over the five-year plan is not a year-on-year growth.
    expect(r.indicators.filter((i) => i.metric === 'gdp' && i.growthPct === 6.5 && i.kind !== 'target')).toEqual([]);
  });

  it('reads honours with bracketed kinds and a company introduced into a park', () => {
    expect(r.honours).toContainEqual(expect.objectContaining({ name: '国家5A级旅游景区', recipient: '北川羌城旅游区', level: 'national' }));
    expect(r.honours).toContainEqual(expect.objectContaining({ name: '第二批全国乡村旅游重点镇(乡)', recipient: '禹里镇', recipientType: 'town' }));
    expect(r.enterprises.map((e) => e.name)).toEqual(['四川华能涪江水电有限公司']);
  });
});

describe('a news feature (Jiangxi) with people, meetings and commendations', () => {
  const r = fixture('news-feature-jiangxi.txt');

  it('keeps 和 inside a name, reads a planned investment, and the first industry named without 产业', () => {
    expect(r.county?.code).toBe('360781');
    expect(r.projects).toEqual([
      expect.objectContaining({ name: '中华苏维埃共和国临时中央政府大礼堂修缮工程', status: 'completed', year: 2023 }),
      expect.objectContaining({ name: '红色培训基地二期项目', status: 'under_construction', investmentYuan: 5.6e8 }),
    ]);
    expect(r.industries).toContainEqual(expect.objectContaining({ name: '红色旅游', role: 'leading' }));
    expect(r.indicators).toContainEqual(expect.objectContaining({ metric: 'tourism_revenue', period: '2023H1', value: 7230000000, growthPct: 38.1 }));
  });

  it('tells a person from a unit and takes no commendation or meeting for an honour', () => {
    expect(r.honours).toContainEqual(expect.objectContaining({ name: '国家全域旅游示范区', recipient: '瑞金市', recipientType: 'county' }));
    expect(r.honours).toContainEqual(expect.objectContaining({ recipientType: 'person' }));
    expect(r.honours.map((h) => h.name)).not.toContain('省委表扬');
    // A nomination conferred (全国文明城市提名城市) is a title the county holds, as the contract's lists of titles count it.
    expect(r.honours.map((h) => h.name).sort()).toEqual(['中国美丽休闲乡村', '全国文明城市提名城市', '全国青少年科技创新大赛一等奖', '国家全域旅游示范区'].sort());
  });
});

describe('a statistics page with an HTML table (Hunan)', () => {
  const r = fixture('table-bulletin.html');

  it('reads each table row as an indicator, with the unit column, the growth column and the period of the headline', () => {
    expect(r.report).toMatchObject({ title: '2023年1-6月宁乡市主要经济指标', publishedAt: '2023-07-20' });
    const got = r.indicators.map(({ metric, period, value, unit, growthPct }) => ({ metric, period, value, unit, growthPct }));
    expect(got).toEqual([
      { metric: 'gdp', period: '2023M1-6', value: 69530000000, unit: 'yuan', growthPct: 5.6 },
      { metric: 'industrial_value_added', period: '2023M1-6', value: null, unit: null, growthPct: 7.1 },
      { metric: 'fixed_asset_investment', period: '2023M1-6', value: null, unit: null, growthPct: -3.2 },
      { metric: 'retail_sales', period: '2023M1-6', value: 21180000000, unit: 'yuan', growthPct: 6.3 },
      { metric: 'general_budget_revenue', period: '2023M1-6', value: 3821560000, unit: 'yuan', growthPct: 9.4 },
      { metric: 'urban_unemployment_rate', period: '2023M1-6', value: 2.9, unit: 'percent', growthPct: null },
    ]);
  });
});
