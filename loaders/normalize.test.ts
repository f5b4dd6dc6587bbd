import { describe, expect, it } from 'vitest';
import { circledNumbers, closeSpacedLine, datesInWords, foldFullWidth, isPinyinSyllable, joinFigureLines, normalize, percentInWords, splitBylines, stripPinyinAnnotations } from './normalize.ts';
import { htmlToText, looksLikeHtml } from './html.ts';

describe('normalization', () => {
  it.each([
    ['發(fā)展', '發展'],
    ['經(jīng)濟(jì)', '經濟'],
    ['縣長(zhǎng)', '縣長'],
    ['綠(lǜ)色', '綠色'],
    ['發（fā）展', '發展'],
  ])('removes the pinyin annotation in %s', (input, output) => {
    expect(stripPinyinAnnotations(input).text).toBe(output);
  });

  it('removes annotations whose tone marks arrive decomposed', () => {
    expect(normalize('發(fa\u0304)展').text).toBe('发展');
  });

  it.each(['地区生产总值(GDP)', '工程(一期)', '目标(2023)', '道路(km)', '咖啡(café)', '(注:初步数)'])('keeps real parentheses: %s', (text) => {
    expect(stripPinyinAnnotations(text).text).toBe(text);
  });

  it('knows a pinyin syllable from other words', () => {
    expect(isPinyinSyllable('zhǎng')).toBe(true);
    expect(isPinyinSyllable('lǜ')).toBe(true);
    expect(isPinyinSyllable('café')).toBe(false);
    expect(isPinyinSyllable('de')).toBe(false);
  });

  it('converts traditional to simplified and records the original script', () => {
    const n = normalize('寧鄉縣經濟發展綜述:地區生產總值增長10.2%,鞏固脫貧攻堅成果。');
    expect(n.script).toBe('traditional');
    expect(n.text).toBe('宁乡县经济发展综述:地区生产总值增长10.2%,巩固脱贫攻坚成果。');
    expect(normalize('宁乡县经济发展综述').script).toBe('simplified');
  });

  it('ends a sentence at a Latin full stop after Chinese, never inside a number or an item number', () => {
    expect(normalize('地区生产总值增长6.1%.规模以上工业增加值增长8.6%.\n1.黄花菜产业。No.1车间').text).toBe('地区生产总值增长6.1%。规模以上工业增加值增长8.6%。\n1.黄花菜产业。No.1车间');
  });

  it('closes a space a PDF left after a decimal point, and only inside a number', () => {
    expect(normalize('地区生产总值812. 35亿元,增长6. 8%。\n1. 黄花菜产业。截至2023. 全县').text).toBe('地区生产总值812.35亿元,增长6.8%。\n1. 黄花菜产业。截至2023. 全县');
  });

  it('drops page numbers copied from a PDF and joins the lines a narrow page wrapped', () => {
    const page = [
      '过去一年,全县地区生产总值完成186.2亿元、增长6.1%,规模',
      '以上工业增加值增长8.6%,一般公共预算收入完成10.8亿元、增',
      '长4.2%。总投资20亿元的某某产业园二期项目建成投产,永乐江',
      '大桥建成通车,城东污水处理厂提标改造工程顺利完工,全县新',
      '— 3 —',
      '增规上工业企业21家,我县成功创建国家农产品质量安全县。',
      '第3页 共12页',
    ].join('\n');
    expect(normalize(page).text).toBe(
      '过去一年,全县地区生产总值完成186.2亿元、增长6.1%,规模以上工业增加值增长8.6%,一般公共预算收入完成10.8亿元、增长4.2%。总投资20亿元的某某产业园二期项目建成投产,永乐江大桥建成通车,城东污水处理厂提标改造工程顺利完工,全县新增规上工业企业21家,我县成功创建国家农产品质量安全县。',
    );
  });

  it('joins the halves of a sentence a page number cut, on a page of any layout', () => {
    expect(normalize('一、工作回顾\n一般公共预算收入完成12.3亿元,增\n— 3 —\n长4.2%。\n二、工作安排\n— 4 —\n今年要…').text).toBe('一、工作回顾\n一般公共预算收入完成12.3亿元,增长4.2%。\n二、工作安排\n今年要…');
    expect(normalize('一般公共预算收入完成12.3亿元,增\n·3·\n长4.2%。').text).toBe('一般公共预算收入完成12.3亿元,增长4.2%。');
  });

  it('drops a running head said atop every page after its first, and joins the sentence it cut', () => {
    const page = ['一、回顾', '甲。', '乙。', '丙。'];
    const text = ['政府工作报告', ...page, '全县实现地区生产总值318.6亿元,一般公共预算收入完成12.3亿元,增', '政府工作报告', '长4.2%。', ...page, '政府工作报告', '二、工作安排'].join('\n');
    // (Its first time stays: it heads the document as a site's or an office's name may.)
    expect(normalize(text).text).toBe(['政府工作报告', ...page, '全县实现地区生产总值318.6亿元,一般公共预算收入完成12.3亿元,增长4.2%。', ...page, '二、工作安排'].join('\n'));
    // (A table's cells set one to a line repeat a few lines apart: they stay.)
    const cells = ['新建项目', '甲路', '续建项目', '乙桥', '新建项目', '丙厂', '新建项目'].join('\n');
    expect(normalize(cells).text).toBe(cells);
    // (Said twice, a short line stays: a heading may repeat once.)
    expect(normalize('政府工作报告\n一、回顾\n政府工作报告').text).toBe('政府工作报告\n一、回顾\n政府工作报告');
  });

  it('reads Kangxi radicals a PDF gave for characters as those characters', () => {
    expect(normalize('规模以上\u2F2F业增加值增长7.2%,\u2F00般公共预算收\u2F0A完成12.3亿元').text).toBe('规模以上工业增加值增长7.2%,一般公共预算收入完成12.3亿元');
  });

  it('reads numbers in circles as bracketed numbers', () => {
    expect(circledNumbers('①甲项目建成;②乙工程开工;⑳丙;⑴丁;❶戊')).toBe('(1)甲项目建成;(2)乙工程开工;(20)丙;(1)丁;(1)戊');
    expect(circledNumbers('没有圈号')).toBe('没有圈号');
  });

  it('folds full-width digits, letters and punctuation', () => {
    expect(foldFullWidth('２０２３年，ＧＤＰ增长１０．５％；').text).toBe('2023年,GDP增长10.5%;');
  });

  it('turns a tab-separated table line into cells, as an HTML table row', () => {
    expect(normalize('指标\t单位\t绝对数\n地区生产总值\t亿元\t496.3\n正文\t一处').text).toBe('指标 | 单位 | 绝对数\n地区生产总值 | 亿元 | 496.3\n正文 一处');
  });

  it('keeps the column of an empty tab cell and drops the tabs that open a row', () => {
    expect(normalize('\t指标\t单位\t绝对数\t增长%\n\t规模以上工业增加值\t\t\t9.8').text).toBe('指标 | 单位 | 绝对数 | 增长%\n规模以上工业增加值 | | | 9.8');
  });

  it('turns a line of cells set apart by runs of spaces into cells, but not prose with wide spaces', () => {
    expect(normalize('地区生产总值      亿元     452.3      6.2\n规模以上工业增加值   —   —    9.8').text).toBe('地区生产总值 | 亿元 | 452.3 | 6.2\n规模以上工业增加值 | — | — | 9.8');
    expect(normalize('全县实现地区生产总值  452.3亿元,  增长6.2%  左右').text).toBe('全县实现地区生产总值 452.3亿元, 增长6.2% 左右');
  });

  it('tidies whitespace and page artefacts without losing paragraphs', () => {
    const n = normalize('  标题\u3000\r\n\r\n\r\n\r\n第一段\u200b内容 **8%** \t\n第二段');
    expect(n.text).toBe('标题\n\n第一段内容 8%\n第二段');
  });
});

describe('figures set on lines of their own', () => {
  it('joins a name and the figure lines under it into one statement', () => {
    expect(joinFigureLines('2024年主要指标\n地区生产总值\n312.6亿元\n增长5.6%\n规上工业增加值\n增长7.1%\n说明')).toBe(
      '2024年主要指标\n地区生产总值312.6亿元，增长5.6%。\n规上工业增加值增长7.1%。\n说明',
    );
  });

  it('leaves prose and numbered lines alone', () => {
    const text = '一、综合\n全年地区生产总值312.6亿元。\n序号\n1\n2';
    expect(joinFigureLines(text)).toBe(text);
    expect(joinFigureLines('发展成效显著,\n增长5.6%\n')).toBe('发展成效显著,\n增长5.6%\n');
  });
});

describe('percentages in words', () => {
  it('reads 百分之 and a numeral as a figure', () => {
    expect(percentInWords('增长百分之五点八,下降百分之十二')).toBe('增长5.8%,下降12%');
    expect(percentInWords('百分之百完成')).toBe('百分之百完成');
  });

  it('closes up a line whose characters stand apart, and keeps words set apart by spaces', () => {
    expect(closeSpacedLine('2024 年 ,全 县 实 现 地 区 生 产 总 值 218.6 亿 元 ,增 长 5.8% 。')).toBe('2024年,全县实现地区生产总值218.6亿元,增长5.8%。');
    expect(closeSpacedLine('指标名称 单位 1-9月 同比增长(%)')).toBe('指标名称 单位 1-9月 同比增长(%)');
    expect(closeSpacedLine('来源:湄潭县融媒体中心 发布时间:2024-03-18')).toBe('来源:湄潭县融媒体中心 发布时间:2024-03-18');
  });

  it('reads dates in words as figures, and leaves other numerals alone', () => {
    expect(datesInWords('二〇二三年,全县粮食产量增长')).toBe('2023年,全县粮食产量增长');
    expect(datesInWords('二〇二四年一月十日')).toBe('2024年1月10日');
    expect(datesInWords('二○二五年十二月三十一日印发')).toBe('2025年12月31日印发');
    expect(datesInWords('一九九八年')).toBe('1998年');
    // (Not a year of this era, and no 〇 at all: left as written.)
    expect(datesInWords('三〇〇〇年')).toBe('三〇〇〇年');
    expect(datesInWords('“十四五”期间,二十年来')).toBe('“十四五”期间,二十年来');
  });
});

describe('bylines', () => {
  it('sets a byline that opens a paragraph apart from the news', () => {
    expect(splitBylines('【泰和讯】 (吉安日报记者 王某 通讯员 李某)日产60万瓶金针菇项目开工。')).toBe('【泰和讯】 (吉安日报记者 王某 通讯员 李某)\n日产60万瓶金针菇项目开工。');
    expect(splitBylines('本报讯(记者 王某)近日,某县…')).toBe('本报讯(记者 王某)\n近日,某县…');
  });

  it('leaves brackets in the body alone', () => {
    const text = '全县地区生产总值(GDP)增长6%,记者从县统计局获悉。';
    expect(splitBylines(text)).toBe(text);
  });
});

describe('HTML', () => {
  it('keeps the article as lines and drops scripts, styles, navigation and footers', () => {
    const page = htmlToText(
      '<html><head><title>攸县统计公报_攸县人民政府</title><meta name="PubDate" content="2024-03-20"><script>var a="地区生产总值1亿元"</script></head><body><div class="nav">首页 政务公开</div><div class="content"><p>第一段。</p><p>第二段&amp;附表。</p></div><footer>版权所有</footer></body></html>',
    );
    expect(page.text.trim().split('\n').filter(Boolean)).toEqual(['第一段。', '第二段&附表。']);
    expect(page.title).toBe('攸县统计公报_攸县人民政府');
    expect(page.meta.pubdate).toBe('2024-03-20');
  });

  it('tells HTML from text', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('醴陵市(GDP)<增长>8%')).toBe(false);
  });
});
