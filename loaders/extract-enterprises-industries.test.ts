import { describe, expect, it } from 'vitest';
import { extractText } from './pipeline.ts';

const run = (text: string) => extractText(text, 'test.txt');

describe('enterprises', () => {
  it('finds registered names, stripping the verbs in front of them', () => {
    const names = run('2023年,与湖南华菱钢铁集团签订战略合作协议,引进江西赣锋锂业股份有限公司,宁乡市长城电气有限公司等3家企业入选专精特新企业。').enterprises.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['湖南华菱钢铁集团', '江西赣锋锂业股份有限公司', '宁乡市长城电气有限公司']));
  });

  it('takes every member of a list closed by 等企业 or 500强', () => {
    const names = run('2023年,推动远大住工、三一重工、楚天科技等企业扩产,引进中国建材、中国电建等“世界500强”企业。').enterprises.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['远大住工', '三一重工', '楚天科技', '中国建材', '中国电建']));
  });

  it('recognises brand lists and brands that are the subject of company facts', () => {
    const names = run('2023年,加快金辉煤业、龙泉煤业智能化矿井建设。鑫源焦化年产值突破20亿元。').enterprises.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['金辉煤业', '龙泉煤业', '鑫源焦化']));
  });

  it('starts a name after a verb of gathering, but keeps 和 inside a brand', () => {
    const names = run('2023年,家居产业集聚江西盛和家居有限公司、江西德远新能源科技有限公司等龙头企业。光伏产业集聚湖南瑞丰光电有限公司。').enterprises.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['江西盛和家居有限公司', '江西德远新能源科技有限公司', '湖南瑞丰光电有限公司']));
    expect(names.filter((n) => /产业|集聚/.test(n))).toEqual([]);
  });

  it('does not take generic companies, counts or places', () => {
    const names = run('2023年,加快平台公司转型,新增规模以上企业12家,该公司投产,全县30家企业上市。').enterprises.map((e) => e.name);
    expect(names).toEqual([]);
  });
});

describe('industries', () => {
  it('reads 把A、B作为主导产业 and a single industry named by its role', () => {
    const got = run('2023年,坚持把锂电、新型建材作为主导产业,推动产业链延链补链强链。大力发展茶叶等特色产业,带动群众增收致富。').industries;
    expect(got.map((i) => [i.name, i.role])).toEqual([
      ['锂电', 'leading'],
      ['新型建材', 'leading'],
      ['茶叶', 'characteristic'],
    ]);
  });

  it('reads role-qualified lists and the role formula 两主一特', () => {
    const got = run('2023年,打造黑茶、竹木、油茶等特色产业。加快发展先进制造、新材料、农产品加工等“两主一特”产业。').industries;
    expect(got).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '黑茶', role: 'characteristic' }),
        expect.objectContaining({ name: '竹木', role: 'characteristic' }),
        expect.objectContaining({ name: '先进制造', role: 'leading' }),
        expect.objectContaining({ name: '新材料', role: 'leading' }),
        expect.objectContaining({ name: '农产品加工', role: 'characteristic' }),
      ]),
    );
  });

  it('reads an industry made the 一号工程 or a 支柱产业, and canonical names', () => {
    const got = run('2023年,把锂电产业作为县委、县政府“一号工程”。努力将文旅康养产业打造成为全县战略性支柱产业。做强中药产业。').industries;
    expect(got).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '锂电', role: 'leading' }),
        expect.objectContaining({ name: '文旅康养', role: 'leading' }),
        expect.objectContaining({ name: '中药材' }),
      ]),
    );
  });

  it('ties enterprises to the industry their name points to', () => {
    const r = run('2023年,做强煤炭产业,加快金辉煤业、龙泉煤业智能化矿井建设。');
    expect(r.industries).toContainEqual(expect.objectContaining({ name: '煤炭', enterprises: ['金辉煤业', '龙泉煤业'] }));
    expect(r.enterprises.find((e) => e.name === '金辉煤业')?.industry).toBe('煤炭');
  });

  it('ignores policy words that are not industries', () => {
    const got = run('2023年,大力发展实体经济,推动现代服务业和传统产业转型,培育壮大新兴产业。').industries.map((i) => i.name);
    expect(got).toEqual([]);
  });
});
