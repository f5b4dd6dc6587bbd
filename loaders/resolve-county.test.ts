import { describe, expect, it } from 'vitest';
import { resolveCounty } from './resolve-county.ts';
import { splitCountyName, loadGazetteer } from './gazetteer.ts';

const code = (text: string, title: string | null = null) => resolveCounty(text, title).unit?.code ?? null;

describe('county resolution', () => {
  it('finds a county by its full name and by its short name', () => {
    expect(code('临武县召开经济工作会议。临武县委书记出席。')).toBe('431025');
    expect(code('安泽:全力当好领跑者。安泽锚定发展定位,安泽县经济捷报频传。')).toBe('141026');
  });

  it('tells apart units that share a name by the prefecture or province named around them', () => {
    expect(code('鼓楼区召开会议。福州市委常委出席,鼓楼区全力推进项目建设。')).toBe('350102');
    expect(code('鼓楼区召开会议。南京市委常委出席,鼓楼区全力推进项目建设。')).toBe('320106');
  });

  it('resolves former names of units converted to cities or districts', () => {
    expect(code('宁乡县2016年经济发展综述。宁乡县地区生产总值增长10%。')).toBe('430182');
    expect(code('望城县召开大会。望城县委书记讲话。')).toBe('430112');
  });

  it('resolves unambiguous abbreviations such as 土右旗', () => {
    expect(code('土右旗2023年经济运行平稳,土右旗地区生产总值增长6%。')).toBe('150221');
  });

  it('prefers the unit in the headline over others the text mentions', () => {
    expect(code('临武县与嘉禾县交流。临武县、嘉禾县、桂阳县代表参加。', '嘉禾县召开座谈会')).toBe('431024');
  });

  it('leaves the county empty, with a warning, when none is named or two are named equally', () => {
    const none = resolveCounty('各单位要加强安全生产。', null);
    expect(none.unit).toBeNull();
    expect(none.warnings.join()).toMatch(/no county/);
    const two = resolveCounty('临武县与嘉禾县签署协议。', null);
    expect(two.unit).toBeNull();
    expect(two.warnings.join()).toMatch(/about equally/);
  });

  it('does not read counties out of common words (示范县, 千年古县, 新县城)', () => {
    expect(code('创建省级示范县,打造千年古县,建设新县城。')).toBeNull();
  });

  it('splits names into short name and kind, autonomous ones included', () => {
    const groups = ['苗', '布依', '土家'];
    expect(splitCountyName('城步苗族自治县', groups)).toEqual({ short: '城步', kind: '自治县' });
    expect(splitCountyName('镇宁布依族苗族自治县', groups)).toEqual({ short: '镇宁', kind: '自治县' });
    expect(splitCountyName('醴陵市', groups)).toEqual({ short: '醴陵', kind: '县级市' });
    expect(splitCountyName('神农架林区', groups)).toEqual({ short: '神农架', kind: '林区' });
  });

  it('has every county-level unit with its prefecture and province', () => {
    const g = loadGazetteer();
    expect(g.counties.length).toBeGreaterThan(2800);
    expect(g.byCode.get('431025')).toMatchObject({ name: '临武县', prefecture: '郴州市', province: '湖南省' });
    expect(g.byCode.get('110105')).toMatchObject({ name: '朝阳区', prefecture: '北京市', province: '北京市' });
  });
});
