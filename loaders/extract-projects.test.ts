import { describe, expect, it } from 'vitest';
import { extractText } from './pipeline.ts';

const projects = (text: string) => extractText(text, 'test.txt').projects;
const names = (text: string) => projects(text).map((p) => p.name);

describe('projects', () => {
  it('takes each item of a list closed by 等项目 with the status that follows', () => {
    const got = projects('2023年,望江县华阳河大桥、杨湾闸站改造工程、县第二人民医院等项目顺利完工。');
    expect(got.map((p) => [p.name, p.status])).toEqual([
      ['望江县华阳河大桥', 'completed'],
      ['杨湾闸站改造工程', 'completed'],
      ['县第二人民医院', 'completed'],
    ]);
  });

  it('reads the investment stated before the name and strips 成功签约', () => {
    const got = projects('2023年,江西恒达药业有限公司投资47.6亿元建设的恒达年产9万吨原料药项目建成投产。成功签约远航年产27万套智能终端项目,总投资4亿元。');
    expect(got.map((p) => [p.name, p.investmentYuan, p.status])).toEqual([
      ['恒达年产9万吨原料药项目', 4760000000, 'in_production'],
      ['远航年产27万套智能终端项目', 400000000, 'signed'],
    ]);
  });

  it('appends a list category to bare items and leaves generic categories out', () => {
    expect(names('2023年,加快建设青山、石门、白沙等旅游公路。')).toEqual(['青山旅游公路', '石门旅游公路', '白沙旅游公路']);
    expect(names('2023年,城东大道、G356等道路建成通车。')).toEqual(['城东大道', 'G356']);
  });

  it('shares a category written once after the last item', () => {
    expect(names('2023年,县中医院、妇幼保健院整体搬迁项目主体完工。')).toEqual(['县中医院整体搬迁项目', '妇幼保健院整体搬迁项目']);
  });

  it('reads a single named project with investment, capacity, status and builder', () => {
    const [p] = projects('2023年,华能公司投资的20万千瓦风电项目成功签约,项目总投资16亿元。');
    expect(p).toMatchObject({ name: '20万千瓦风电项目', status: 'signed', capacity: '20万千瓦', investmentYuan: 1.6e9, enterprises: ['华能公司'], year: 2023 });
  });

  it('reads investment written before the name and annual investment after it', () => {
    const got = projects('2023年,实施总投资12.5亿元的老城区综合改造项目建设;沿江高速公路完成年度投资8亿元。');
    expect(got).toContainEqual(expect.objectContaining({ name: '老城区综合改造项目', investmentYuan: 1.25e9 }));
    expect(got).toContainEqual(expect.objectContaining({ name: '沿江高速公路', annualInvestmentYuan: 8e8, status: 'under_construction' }));
  });

  it('keeps a phase in the name and maps planning words to planned', () => {
    expect(projects('2023年,人民路安置房工程(二期)进入招标阶段。')).toEqual([expect.objectContaining({ name: '人民路安置房工程(二期)', status: 'planned' })]);
  });

  it('does not take counts, programmes, stages or actions for projects', () => {
    const got = names(
      '2023年,全县实施重点项目84个,完成21个老旧小区改造项目,实施农村生活垃圾转运项目,全力做好在谈项目抓签约、签约项目抓落地,推动政府、市场、社会协同推进,建成标准厂房3万平方米。',
    );
    expect(got).toEqual([]);
  });

  it('merges the same project named twice and tags the industry from its name', () => {
    const r = extractText('2023年,通过做强锂电产业等特色产业。宁乡锂能碳酸锂项目开工建设,项目总投资30亿元。锂能碳酸锂、城北污水处理厂等项目相继开工。', 'test.txt');
    const lithium = r.projects.filter((p) => p.name.includes('碳酸锂'));
    expect(lithium).toHaveLength(1);
    expect(lithium[0]).toMatchObject({ investmentYuan: 3e9, industry: '锂电' });
  });

  it("tags a project with the report's industry its product belongs to (电子元件 and 线路板 are 电子信息)", () => {
    // 竹木加工 dominates the paragraph: the electronics projects are told by their own words.
    const r = extractText('坚持把电子信息、竹木加工作为主导产业,竹木加工企业达到50家,竹木加工产值增长12%。年产500万套电子元件项目、高精密线路板项目开工建设,年产20万立方米竹木板材项目建成投产。', 'test.txt');
    const industry = Object.fromEntries(r.projects.map((p) => [p.name, p.industry]));
    expect(industry).toMatchObject({ 年产500万套电子元件项目: '电子信息', 高精密线路板项目: '电子信息', 年产20万立方米竹木板材项目: '竹木加工' });
  });
});
