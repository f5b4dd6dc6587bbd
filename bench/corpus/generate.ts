// A seeded, deterministic corpus of county reports for every county in the gazetteer,
// with the facts planted in each. Report i depends only on (seed, i), so the first
// 1,000 reports of a 30,000-report corpus are the 1,000-report corpus.
import iconv from 'iconv-lite';
import { Converter } from 'opencc-js/cn2t';
import type { HonourLevel, IndicatorKind, IndustryRole, Metric, ProjectStatus } from '../../src/facts.ts';
import { loadGazetteer, type CountyUnit } from '../../loaders/gazetteer.ts';
import { BRANDS, COMPANY_TAILS, HONOURS, INDUSTRIES, METRICS, PROSE, type IndustrySpec, type MetricSpec } from './phrases.ts';
import { Random } from './random.ts';

export interface PlantedIndicator { metric: Metric; period: string; kind: IndicatorKind; value: number | null; growthPct: number | null }
export interface PlantedProject { name: string; investmentYuan: number | null; status: ProjectStatus; enterprises: string[] }
export interface Planted {
  file: string;
  county: string;
  variant: Variant;
  indicators: PlantedIndicator[];
  projects: PlantedProject[];
  industries: { name: string; role: IndustryRole }[];
  enterprises: { name: string }[];
  honours: { name: string; level: HonourLevel; recipient: string }[];
}

export type Genre = 'work-report' | 'bulletin' | 'news';
export type Variant = 'utf8' | 'traditional' | 'gbk' | 'mixed-encoding' | 'html' | 'full-width';

export interface GeneratedReport {
  file: string;
  bytes: Buffer;
  planted: Planted;
}

const toTraditional = Converter({ from: 'cn', to: 'tw' });

class Writer {
  readonly paragraphs: string[] = [];
  readonly planted: Omit<Planted, 'file' | 'variant'>;
  /** 县, 区, 市 or 旗: how the report speaks of its own unit (我县, 全区). */
  readonly unit: string;
  constructor(readonly r: Random, readonly county: CountyUnit, readonly towns: string[]) {
    this.unit = county.name.slice(-1);
    this.planted = { county: county.code, indicators: [], projects: [], industries: [], enterprises: [], honours: [] };
  }
  para(...sentences: string[]) {
    this.paragraphs.push(sentences.join(''));
  }
  prose(n: number) {
    return this.r.sample(PROSE, n).join('');
  }
  indicator(i: PlantedIndicator) {
    if (!this.planted.indicators.some((x) => x.metric === i.metric && x.period === i.period && x.kind === i.kind)) this.planted.indicators.push(i);
  }
  enterprise(name: string) {
    if (!this.planted.enterprises.some((e) => e.name === name)) this.planted.enterprises.push({ name });
  }
}

const fmt = (n: number) => String(n);

function growth(r: Random): { g: number; text: string } {
  let g = r.amount(-3, 12, 1);
  if (g === 0) g = 1.5;
  return { g, text: g < 0 ? `下降${fmt(-g)}%` : `增长${fmt(g)}%` };
}

function level(r: Random, m: MetricSpec): { value: number; text: string } {
  const decimals = m.written === '人' || m.written === '万元' || m.written === '元' ? 0 : m.range[1] < 100 ? 2 : 1;
  const v = r.amount(m.range[0], m.range[1], decimals);
  return { value: Math.round(v * m.factor), text: `${fmt(v)}${m.written}` };
}

const metric = (id: Metric) => METRICS.find((m) => m.metric === id)!;

function company(r: Random, county: CountyUnit, ind: IndustrySpec): { full: string; brand: string } {
  const brand = r.pick(BRANDS);
  return { full: `${county.provinceShort}${brand}${ind.companyWord}${r.pick(COMPANY_TAILS)}`, brand };
}

/** A paragraph of indicator sentences for a whole year (actual or estimate). */
function yearIndicators(w: Writer, year: number, style: 'review' | 'bulletin') {
  const { r } = w;
  const period = String(year);
  const sentences: string[] = [];
  const gdp = level(r, metric('gdp'));
  const gg = growth(r);
  const estimate = style === 'review' && r.chance(0.4);
  sentences.push(estimate ? `预计全年实现地区生产总值${gdp.text}，${gg.text}。` : `全年实现地区生产总值${gdp.text}，比上年${gg.text}。`);
  w.indicator({ metric: 'gdp', period, kind: estimate ? 'estimate' : 'actual', value: gdp.value, growthPct: gg.g });
  if (style === 'bulletin' || r.chance(0.5)) {
    // The three sectors add up to the total, as they do in real reports.
    const total = gdp.value / 1e8;
    const p1 = r.amount(total * 0.05, total * 0.2, 2);
    const p2 = r.amount(total * 0.3, total * 0.5, 2);
    const shares = [p1, p2, Math.round((total - p1 - p2) * 100) / 100];
    const parts = (['gdp_primary', 'gdp_secondary', 'gdp_tertiary'] as const).map((id, k) => {
      const g = growth(r);
      w.indicator({ metric: id, period, kind: 'actual', value: Math.round(shares[k]! * 1e8), growthPct: g.g });
      return `第${'一二三'[k]}产业增加值${shares[k]}亿元，${g.text}`;
    });
    sentences.push(`其中，${parts.join('；')}。`);
  }
  const iva = growth(r);
  sentences.push(`规模以上工业增加值${iva.text}。`);
  w.indicator({ metric: 'industrial_value_added', period, kind: 'actual', value: null, growthPct: iva.g });
  const more = r.sample(['fixed_asset_investment', 'retail_sales', 'general_budget_revenue', 'tax_revenue', 'foreign_trade', 'grain_output', 'tourist_visits', 'tourism_revenue', 'new_urban_jobs'] as const, style === 'bulletin' ? 7 : 4);
  for (const id of more) {
    const m = metric(id);
    const l = level(r, m);
    if (id === 'new_urban_jobs') {
      sentences.push(`全年城镇新增就业${l.text}。`);
      w.indicator({ metric: id, period, kind: 'actual', value: l.value, growthPct: null });
      continue;
    }
    const g = growth(r);
    const verb = id === 'tourist_visits' ? '全年' : r.pick(['完成', '实现', '']);
    const reach = verb === '' ? r.pick(['', '达到']) : '';
    sentences.push(`${verb}${m.label}${reach}${l.text}，${r.pick(['', '同比', '比上年'])}${g.text}。`);
    w.indicator({ metric: id, period, kind: 'actual', value: l.value, growthPct: g.g });
  }
  if (r.chance(0.7)) {
    const u = r.amount(25000, 52000, 0);
    const v = r.amount(12000, 26000, 0);
    const gu = growth(r);
    const gv = growth(r);
    sentences.push(`城镇、农村居民人均可支配收入分别达到${u}元、${v}元，分别增长${gu.g}%、${gv.g}%。`);
    if (gu.g > 0 && gv.g > 0) {
      w.indicator({ metric: 'disposable_income_urban', period, kind: 'actual', value: u, growthPct: gu.g });
      w.indicator({ metric: 'disposable_income_rural', period, kind: 'actual', value: v, growthPct: gv.g });
    } else sentences.pop();
  }
  if (r.chance(0.5)) {
    const rate = r.amount(2, 4.5, 1);
    sentences.push(`城镇登记失业率控制在${rate}%以内。`);
    w.indicator({ metric: 'urban_unemployment_rate', period, kind: 'actual', value: rate, growthPct: null });
  }
  w.para(...sentences);
}

function targets(w: Writer, year: number) {
  const { r } = w;
  const ids = r.sample(['gdp', 'industrial_value_added', 'fixed_asset_investment', 'retail_sales', 'general_budget_revenue'] as const, 4);
  const clauses = ids.map((id) => {
    const g = r.amount(4, 10, 1);
    w.indicator({ metric: id, period: String(year), kind: 'target', value: null, growthPct: g });
    return `${metric(id).label}增长${g}%${r.pick(['', '左右', '以上'])}`;
  });
  w.para(`${year}年全${w.unit}经济社会发展的主要预期目标是：${clauses.join('，')}。`, w.prose(1));
}

function industries(w: Writer, chosen: IndustrySpec[]) {
  const { r } = w;
  const [a, b, c] = chosen;
  const sentences = [`坚持把${a!.name}、${b!.name}作为主导产业，推动产业链延链补链强链。`];
  w.planted.industries.push({ name: a!.name, role: 'leading' }, { name: b!.name, role: 'leading' });
  const leaders = [company(r, w.county, a!), company(r, w.county, a!)].filter((x, k, all) => all.findIndex((y) => y.full === x.full) === k);
  sentences.push(`${a!.name}产业集聚${leaders.map((x) => x.full).join('、')}等龙头企业，产值突破百亿元。`);
  for (const x of leaders) w.enterprise(x.full);
  if (c) {
    sentences.push(`大力发展${c.name}等特色产业，带动群众增收致富。`);
    w.planted.industries.push({ name: c.name, role: 'characteristic' });
  }
  w.para(...sentences);
}

function projects(w: Writer, chosen: IndustrySpec[], year: number, n: number) {
  const { r, county } = w;
  const sentences: string[] = [];
  if (r.chance(0.6)) {
    const count = r.int(30, 120);
    const v = r.amount(20, 200, 1);
    sentences.push(`全年实施重点项目${count}个，完成投资${v}亿元。`);
    w.indicator({ metric: 'key_project_investment', period: String(year), kind: 'actual', value: Math.round(v * 1e8), growthPct: null });
  }
  const used = new Set<string>();
  for (let k = 0; k < n; k++) {
    const ind = r.pick(chosen);
    const p = r.pick(ind.products);
    const ent = company(r, county, ind);
    const cap = p.unit === 'MW' ? r.int(5, 40) * 10 : r.int(1, 30);
    const name = `${ent.brand}年产${cap}${p.unit}${p.product}项目`;
    if (used.has(name)) continue;
    used.add(name);
    const v = r.amount(1, 60, 1);
    const invest = Math.round(v * 1e8);
    switch (r.int(0, 4)) {
      case 0:
        sentences.push(`${ent.full}投资${v}亿元建设的${name}建成投产。`);
        w.planted.projects.push({ name, investmentYuan: invest, status: 'in_production', enterprises: [ent.full] });
        w.enterprise(ent.full);
        break;
      case 1:
        sentences.push(`总投资${v}亿元的${name}开工建设。`);
        w.planted.projects.push({ name, investmentYuan: invest, status: 'started', enterprises: [] });
        break;
      case 2:
        sentences.push(`由${ent.full}投资建设的${name}总投资${v}亿元，目前正在加快建设。`);
        w.planted.projects.push({ name, investmentYuan: invest, status: 'under_construction', enterprises: [ent.full] });
        w.enterprise(ent.full);
        break;
      case 3:
        sentences.push(`成功签约${name}，总投资${v}亿元。`);
        w.planted.projects.push({ name, investmentYuan: invest, status: 'signed', enterprises: [] });
        break;
      default: {
        const road = `${county.shortName}至${r.pick(w.towns.length ? w.towns : ['城北'])}一级公路改扩建工程`;
        if (used.has(road)) break;
        used.add(road);
        sentences.push(`${road}建成通车，总投资${v}亿元。`);
        w.planted.projects.push({ name: road, investmentYuan: invest, status: 'completed', enterprises: [] });
      }
    }
  }
  w.para(...sentences, w.prose(1));
}

function honours(w: Writer, year: number) {
  const { r, county } = w;
  const forCounty = r.sample(HONOURS.filter((h) => h.to === 'county'), r.int(1, 3));
  const [first, ...rest] = forCounty;
  const sentences = [`${year}年，我${w.unit}成功创建${first!.name}`];
  w.planted.honours.push({ name: first!.name, level: first!.level, recipient: county.name });
  for (const h of rest) {
    sentences.push(`，荣获“${h.name}”称号`);
    w.planted.honours.push({ name: h.name, level: h.level, recipient: county.name });
  }
  sentences.push('。');
  if (w.towns.length && r.chance(0.6)) {
    const h = r.pick(HONOURS.filter((x) => x.to === 'town'));
    const town = r.pick(w.towns);
    sentences.push(`${town}被评为${h.name}。`);
    w.planted.honours.push({ name: h.name, level: h.level, recipient: town });
  }
  w.para(...sentences);
}

/** Districts are published under their city's name (石家庄市长安区), as their titles do. */
const formalName = (c: CountyUnit) => (c.name.endsWith('区') && c.prefecture ? `${c.prefecture}${c.name}` : c.name);

interface Layout { title: string; publisher: string; date: string; paragraphs: string[] }

function workReport(w: Writer, year: number): Layout {
  const { r, county } = w;
  const chosen = r.sample(INDUSTRIES, 3);
  w.para(`各位代表：`);
  w.para(`现在，我代表${county.name}人民政府，向大会报告工作，请予审议，并请${w.unit}政协委员和其他列席人员提出意见。`);
  w.para(`一、${year - 1}年工作回顾`);
  w.para(`过去一年，${w.prose(2)}`);
  yearIndicators(w, year - 1, 'review');
  industries(w, chosen);
  projects(w, chosen, year - 1, r.int(2, 5));
  honours(w, year - 1);
  w.para(w.prose(3));
  w.para(`二、${year}年工作安排`);
  targets(w, year);
  w.para(w.prose(3));
  return { title: `${year}年${formalName(county)}人民政府工作报告`, publisher: `${county.name}人民政府办公室`, date: `${year}-01-${String(r.int(10, 28)).padStart(2, '0')}`, paragraphs: w.paragraphs };
}

function bulletin(w: Writer, year: number): Layout {
  const { r, county } = w;
  w.para(`${county.name}统计局`);
  w.para(`${year}年，${w.prose(1)}`);
  w.para('一、综合');
  yearIndicators(w, year, 'bulletin');
  w.para('二、农业');
  w.para(w.prose(2));
  if (r.chance(0.5)) projects(w, r.sample(INDUSTRIES, 2), year, 1);
  w.para('注：本公报中部分数据为初步统计数，各项统计数据均未包括外来务工人员。');
  return { title: `${formalName(county)}${year}年国民经济和社会发展统计公报`, publisher: `${county.name}统计局`, date: `${year + 1}-03-${String(r.int(10, 28)).padStart(2, '0')}`, paragraphs: w.paragraphs };
}

function news(w: Writer, year: number): Layout {
  const { r, county } = w;
  const chosen = r.sample(INDUSTRIES, 3);
  const half = r.chance(0.5);
  const m = metric('fixed_asset_investment');
  const l = level(r, { ...m, range: [10, 200] });
  const g = growth(r);
  const months = r.int(3, 10);
  w.para(`${half ? '今年上半年' : `今年1-${months}月`}，${county.name}完成${m.label}${l.text}，同比${g.text}。${w.prose(1)}`);
  w.indicator({ metric: 'fixed_asset_investment', period: half ? `${year}H1` : `${year}M1-${months}`, kind: 'actual', value: l.value, growthPct: g.g });
  industries(w, chosen);
  projects(w, chosen, year, r.int(2, 4));
  if (r.chance(0.5)) honours(w, year);
  w.para(w.prose(2));
  const prefecture = county.prefecture ?? county.province;
  return { title: `${county.name}：${chosen[0]!.name}产业跑出发展“加速度”`, publisher: `${prefecture.replace(/市$|地区$|自治州$|盟$/, '')}新闻网`, date: `${year}-${String(half ? 7 : months + 1).padStart(2, '0')}-${String(r.int(10, 28)).padStart(2, '0')}`, paragraphs: w.paragraphs };
}

const FULL_WIDTH = (s: string) => s.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function render(layout: Layout, variant: Variant): { text: string; ext: 'txt' | 'html'; encode: (s: string) => Buffer } {
  const head = [layout.title, `来源：${layout.publisher}    发布时间：${layout.date}`];
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  switch (variant) {
    case 'html': {
      const body = layout.paragraphs.map((p) => `<p>${p}</p>`).join('\n');
      const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${layout.title}</title><script>var _hmt=_hmt||[];</script><style>.nav{}</style></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/xwzx">新闻中心</a></div>
<h1>${layout.title}</h1><div class="info">来源：${layout.publisher} 发布时间：${layout.date}</div>
<div class="content">${body}</div><div class="footer">版权所有 主办单位：${layout.publisher}</div><script>document.write('')</script></body></html>`;
      return { text: html, ext: 'html', encode: utf8 };
    }
    case 'traditional':
      return { text: toTraditional([...head, ...layout.paragraphs].join('\n')), ext: 'txt', encode: utf8 };
    case 'gbk':
      return { text: [...head, ...layout.paragraphs].join('\n'), ext: 'txt', encode: (s) => iconv.encode(s, 'gbk') };
    case 'mixed-encoding':
      // A page pieced together from two sources: the head in UTF-8, the body in GBK.
      return {
        text: [...head, ...layout.paragraphs].join('\n'),
        ext: 'txt',
        encode: (s) => {
          const lines = s.split('\n');
          return Buffer.concat([Buffer.from(lines.slice(0, 2).join('\n') + '\n', 'utf8'), iconv.encode(lines.slice(2).join('\n'), 'gbk')]);
        },
      };
    case 'full-width':
      return { text: [...head, ...layout.paragraphs.map(FULL_WIDTH)].join('\n'), ext: 'txt', encode: utf8 };
    default:
      return { text: [...head, ...layout.paragraphs].join('\n'), ext: 'txt', encode: utf8 };
  }
}

function pickVariant(r: Random): Variant {
  const x = r.next();
  return x < 0.08 ? 'traditional' : x < 0.16 ? 'gbk' : x < 0.2 ? 'mixed-encoding' : x < 0.26 ? 'html' : x < 0.3 ? 'full-width' : 'utf8';
}

/**
 * Report number `i` of the corpus with this seed. Counties are taken round-robin, year by
 * year: 30,000 reports give every county about ten.
 */
export function generateReport(seed: number, i: number, counties: CountyUnit[] = loadGazetteer().counties): GeneratedReport {
  const r = new Random((seed * 2654435761) ^ (i * 40503) ^ 0x5bd1e995);
  const county = counties[i % counties.length]!;
  const year = 2019 + (Math.floor(i / counties.length) % 7);
  const towns = (loadGazetteer().towns.get(county.code) ?? []).filter((t) => /[镇乡]$/.test(t) && t.length >= 3).slice(0, 12);
  const w = new Writer(r, county, towns);
  const genre: Genre = r.pick(['work-report', 'work-report', 'bulletin', 'news']);
  const layout = genre === 'work-report' ? workReport(w, year) : genre === 'bulletin' ? bulletin(w, year) : news(w, year);
  const variant = pickVariant(r);
  const { text, ext, encode } = render(layout, variant);
  const file = `${String(i).padStart(6, '0')}-${county.code}-${year}-${genre}.${ext}`;
  return { file, bytes: encode(text), planted: { file, variant, ...w.planted } };
}

