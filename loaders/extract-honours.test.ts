import { describe, expect, it } from 'vitest';
import { extractText } from './pipeline.ts';

const honours = (text: string) =>
  extractText(text, 'test.txt').honours.map(({ name, level, recipient, recipientType, year }) => ({ name, level, recipient, recipientType, year }));

describe('honours', () => {
  it('gives a title with no named subject to the county, with level and year', () => {
    const got = honours('发布时间:2024-02-10\n2023年,寿县坚持生态优先,成功创建国家生态文明建设示范区,获评全省县域经济发展先进县。');
    expect(got).toEqual(
      expect.arrayContaining([
        { name: '国家生态文明建设示范区', level: 'national', recipient: '寿县', recipientType: 'county', year: 2023 },
        { name: '全省县域经济发展先进县', level: 'provincial', recipient: '寿县', recipientType: 'county', year: 2023 },
      ]),
    );
  });

  it('finds towns, villages and enterprises as recipients', () => {
    const got = honours('2023年,宁国市港口镇获评全国千强镇,西津街道胡乐村入选省级传统村落名录,宁国市长恒电子有限公司被认定为国家级专精特新“小巨人”企业。');
    expect(got).toContainEqual(expect.objectContaining({ name: '全国千强镇', recipient: '港口镇', recipientType: 'town', level: 'national' }));
    expect(got).toContainEqual(expect.objectContaining({ name: '省级传统村落', recipientType: 'village', level: 'provincial' }));
    expect(got).toContainEqual(expect.objectContaining({ recipient: '宁国市长恒电子有限公司' }));
    expect(got).toContainEqual(expect.objectContaining({ name: '国家级专精特新“小巨人”企业', recipientType: 'enterprise', level: 'national' }));
  });

  it('splits lists and quoted series, keeps titles renewed, and reads the passive agent for the level', () => {
    const got = honours('2022年,绩溪县持续巩固“全国文明城市”“国家卫生县城”创建成果。县林场被省林业局评为十佳国有林场。');
    const names = got.map((h) => h.name);
    expect(names).toEqual(expect.arrayContaining(['全国文明城市', '国家卫生县城', '十佳国有林场']));
    expect(got.find((h) => h.name === '十佳国有林场')?.level).toBe('provincial');
  });

  it('reads national rankings of the county and names them by what was ranked', () => {
    const got = honours('2023年,祁东县县域经济综合竞争力跃居全国第88位。');
    expect(got).toContainEqual(expect.objectContaining({ name: '县域经济综合竞争力全国第88位', level: 'national', recipientType: 'county' }));
  });

  it('ignores inspections passed, plans, counts, firsts and commendations', () => {
    const got = honours('2023年,歙县顺利通过国家卫生县城复审验收,力争创建全国文明城市,创建3个省级美丽乡村,成为全市首例智慧停车示范项目,获省政府通报表扬。');
    expect(got).toEqual([]);
  });

  it('takes 省市 titles as level other and lists recipients before 等N家', () => {
    const got = honours('2023年,成功申报华康药业、荀香酒业等3家省市龙头企业。');
    expect(got).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '省市龙头企业', level: 'other', recipient: '华康药业' }),
        expect.objectContaining({ name: '省市龙头企业', level: 'other', recipient: '荀香酒业' }),
      ]),
    );
  });
});
