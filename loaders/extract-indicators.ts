import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import type { Indicator, IndicatorKind, Metric, Unit } from '../src/facts.ts';
import type { ReportDoc } from './doc.ts';
import { COMPANY_PRONOUN_WORDS } from './extract-enterprises.ts';
import { otherCountyOpening, ownWholeWord, spokenName } from './gazetteer.ts';
import { AMOUNT_NUMBER_SOURCE, parseNumber, QUANTITY_SOURCE, toQuantity, type Quantity } from './numbers.ts';
import { evidence, type Span } from './segment.ts';
import { META_LINE } from './metadata.ts';
import { Trie } from './trie.ts';
import { DELIVERY_LINE, isHeadline, REVIEW_HEADING, SENTENCE_YEAR, THIS_YEAR_HEADING } from './periods.ts';

interface MetricVocabulary {
  metrics: Record<string, { units: Unit[]; labels: string[] }>;
  foreignScope: string[];
  grainOutputAfterGrain: string[];
  notAfter: Record<string, string[]>;
}

interface LabelHit {
  metric: Exclude<Metric, 'other'>;
  label: string;
  start: number; // offset in the sentence
  end: number;
}

let vocab: { data: MetricVocabulary; trie: Trie<Exclude<Metric, 'other'>> } | undefined;

function vocabulary() {
  if (vocab) return vocab;
  const data = JSON.parse(readFileSync(join(PROJECT_ROOT, 'loaders', 'vocab', 'metrics.json'), 'utf8')) as MetricVocabulary;
  const trie = new Trie<Exclude<Metric, 'other'>>();
  for (const [metric, { labels }] of Object.entries(data.metrics)) for (const l of labels) trie.add(l, metric as Exclude<Metric, 'other'>);
  vocab = { data, trie };
  return vocab;
}

/** Growth: 同比增长12.6%, 增速18%, 下降3%, 增长-0.5%, 比上年增长8%以上, 增速居全市第一,达7.8%. */
// 增长(下同)5.8%: a note that the basis holds for what follows stands between the verb and the figure.
const GROWTH = /(?:同比|比上年|较上年|比去年|较去年|与上年相比)?(?:分别)?(增长|增加|提高|上升|增幅为?|增速为?|增速达|增幅达|(?:增速|增幅)(?:位居|居|位列|排名|排)[^,，。;；]{0,10}[,，](?:达|为)|下降|减少|回落|下滑|降低)(?:[(（]下同[)）])?(?:了|为|达|达到|约)?\s*([-+]?\d+(?:\.\d+)?)\s*(%|个百分点)/;
const QUANTITY = new RegExp(QUANTITY_SOURCE, 'g');
/** A level that is only a threshold passed (首破10亿元大关), not the value. */
const THRESHOLD_BEFORE = /(突破|首破|破|迈上|跨越|跨过|站上|跃上|超过|超|逼近|接近)\s*$/;
const THRESHOLD_AFTER = /^\s*(大关|台阶|关口)/;
const ESTIMATE_CUE = /预计|初步测算|预估|初步核算|有望/;
const ESTIMATE_CUES = new RegExp(ESTIMATE_CUE.source, 'g');
// (圆满完成全年目标任务: a target met, told in a review, is no cue of one ahead.)
const TARGET_CUE = /力争|确保|(?<!(?:完成|实现)[^,，;；:：]{0,6})预期目标|(?<![超于])预期(?:增长|实现|达到|完成|为|(?=约?\d))|(?<!(?:完成|实现)[^,，;；:：]{0,6})目标(?:是|为|:|：|任务)|奋斗目标|计划(?:实现|完成|达到|投资)|争取(?:实现|完成|达到)|要(?:实现|完成|达到)|将(?:努力)?(?:实现|完成|达到)|力求/;
const ACTUAL_RESET = /^(完成|实现|全年完成)/;
// (今年以来 looks back on the year so far.)
const PLAN_YEAR_CUE = /今年(?!以来|来)|明年|新的一年/;
const SUBYEAR: [RegExp, (y: number, m: RegExpExecArray) => string][] = [
  [/上半年/, (y) => `${y}H1`],
  [/下半年/, (y) => `${y}H2`],
  // The contract names periods as written: 前三季度 → Q1-3, 1-9月 → M1-9.
  [/前三季度/, (y) => `${y}Q1-3`],
  [/(?:第)?一季度|首季度?/, (y) => `${y}Q1`],
  [/1[-—~至到](\d{1,2})月|一至([一二三四五六七八九十]+)月/, (y, m) => `${y}M1-${m[1] ?? chineseMonth(m[2]!)}`],
  // 前5个月, 前两个月: the months from January, as 1-5月.
  [/前(\d{1,2}|[两二三四五六七八九十]|十[一二])个?月/, (y, m) => monthsSoFar(y, monthNumber(m[1]!))],
  // 第二季度, 三季度 (not 三季度末, a moment): one quarter.
  [/(?<!前)(?:第)?([二三四])季度(?!末)/, (y, m) => `${y}Q${chineseMonth(m[1]!)}`],
  // 截至二季度末, 到9月底: the year so far up to that moment (二季度末 is the first half).
  [/(?:截至|截止|到)(?:第)?([一二三])季度末/, (y, m) => ({ 一: `${y}Q1`, 二: `${y}H1`, 三: `${y}Q1-3` })[m[1] as '一' | '二' | '三']],
  [/(?:截至|截止|到)(\d{1,2}|[二三四五六七八九十]|十[一])月(?:末|底)/, (y, m) => monthsSoFar(y, monthNumber(m[1]!))],
];

/** 5, 五, 十一: a month's number written in figures or in words. */
function monthNumber(s: string): number {
  return /\d/.test(s) ? Number(s) : chineseMonth(s);
}

/** Up to the end of month n: the months from January, the whole year at December's end. */
function monthsSoFar(year: number, n: number): string {
  return n >= 12 ? String(year) : `${year}M1-${n}`;
}

function chineseMonth(s: string): number {
  return parseNumber(s) ?? 0;
}

interface Context {
  /** A heading above the sentence set these (2019,主要经济指标(预计)). */
  sectionYear: number | null;
  sectionKind: IndicatorKind | null;
  /** A sub-year period named earlier in the same paragraph (2023年上半年,…). */
  paragraphPeriod: string | null;
  paragraphEnd: number;
}

function isHeading(s: Span, text: string): boolean {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const lineEnd = text.indexOf('\n', s.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return line === s.text && line.length <= 40 && !line.includes(' | ') && !/[。;；!?！？]$/.test(line) && !/^[-•·*]\s/.test(line) && !/\d+(\.\d+)?\s*(%|亿|万|元)/.test(line) && !META_LINE.test(line);
}

function yearWords(doc: ReportDoc) {
  const pub = doc.meta.publishedAt ? Number(doc.meta.publishedAt.slice(0, 4)) : null;
  const pubMonth = doc.meta.publishedAt ? Number(doc.meta.publishedAt.slice(5, 7)) : null;
  const review = doc.years.reviewYear;
  const plan = doc.years.planYear;
  // Targets are for the year being planned: the publication year until autumn, else the next.
  const targetYear = pub !== null && pubMonth !== null ? (pubMonth <= 9 ? pub : pub + 1) : plan;
  // With no date, 今年 is the year planned (a work report speaks of it ahead); but a text that
  // looks back on this year so far (今年以来…) is news of the latest year it names.
  const thisYear = pub ?? (doc.text.includes('今年以来') ? review ?? plan : plan);
  const lastYear = pub !== null ? pub - 1 : review;
  return { review, targetYear, thisYear, lastYear };
}

/**
 * 到2025年,… / 力争到2025年… / 截至2023年底: a year reached from the start of a clause or
 * after a cue is the date of what follows; 增加到2025年的… (a span's end) and 从2019年到2023年
 * are not.
 */
const HORIZON_LEAD = /(?:^|[,，;；:：、]|力争|争取|确保|预计|计划|目标|将|要|努力|预期|力求|有望|截)$/;

/** 由2015年的… / 从2019年的…: a span opened at a year, in the same clause run. */
const SPAN_OPENED = /(?:由|从)(?:19[89]\d|20[0-4]\d)年的[^;；。]*$/;

/** The explicit year nearest before `at` in the sentence (2023年, 2023,), ignoring comparisons (比2019年). */
function yearBefore(sentence: string, at: number): { year: number; horizon: boolean } | null {
  let found: { year: number; horizon: boolean } | null = null;
  // The name of an other figure may begin at 年 (力争到2025|年全县…产值): a year may end the text.
  const re = /(?<![\d.比较与同])(19[89]\d|20[0-4]\d)(?:年(?!度?(?:计划|目标)?以来)|,|，|\s|$)/g;
  for (let m = re.exec(sentence); m && m.index < at; m = re.exec(sentence)) {
    const prev = sentence.slice(Math.max(0, m.index - 1), m.index);
    const horizon = /[到至]/.test(prev) && HORIZON_LEAD.test(sentence.slice(0, m.index - 1).trimEnd()) && !/^年的/.test(sentence.slice(m.index + 4));
    // 由2015年的186亿元增加到2020年的298.4亿元;…: what follows a span stands at its end.
    if (!horizon && /[到至]/.test(prev) && /^年的/.test(sentence.slice(m.index + 4)) && SPAN_OPENED.test(sentence.slice(0, m.index))) {
      found = { year: Number(m[1]), horizon: false };
      continue;
    }
    // (关于2025年上半年工作情况的报告: 于 of 关于 compares nothing.)
    if (!horizon && /(比|较|与|同|于|到|至|是)$/.test(prev) && !/^[关对]于$/.test(sentence.slice(Math.max(0, m.index - 2), m.index))) continue;
    // 是2012年的3.2倍, 2020年的水平: a year others are measured against dates nothing.
    if (/^年的(?:[\d.一二三四五六七八九十两]+倍|水平|基础)/.test(sentence.slice(m.index + 4))) continue;
    found = { year: Number(m[1]), horizon: horizon && prev === '到' };
  }
  return found;
}

function explicitYear(sentence: string, at: number): number | null {
  return yearBefore(sentence, at)?.year ?? null;
}

/** 到2025年,全县地区生产总值达到300亿元 in a report on 2022: a year ahead reached is a goal. */
function futureHorizon(dated: { year: number; horizon: boolean } | null, years: ReturnType<typeof yearWords>): boolean {
  const now = years.review ?? years.thisYear;
  return dated !== null && dated.horizon && now !== null && dated.year > now;
}

/** The part of the year named last before a figure (前5个月…;第三季度,X: the quarter). */
const PART_OF_YEAR_CHAR = /[半季月]/;
const SUBYEAR_ALL = SUBYEAR.map(([re, f]) => [new RegExp(re.source, 'g'), f] as const);
function subYear(prefix: string, year: number): string | null {
  // (Every part of a year is said with 半, 季 or 月: most prefixes hold none.)
  if (!PART_OF_YEAR_CHAR.test(prefix)) return null;
  let best: RegExpExecArray | null = null;
  let period: string | null = null;
  for (const [re, f] of SUBYEAR_ALL) {
    let last: RegExpExecArray | null = null;
    for (const m of prefix.matchAll(re)) last = m as RegExpExecArray;
    if (last && (!best || last.index > best.index)) {
      best = last;
      period = f(year, last);
    }
  }
  return period;
}

// (完成全年目标任务:… in a review introduces what was done.)
const TARGETS_LISTED = /(?<!(?:完成|实现|超额完成|圆满完成)[^,，;；:：]{0,6})(?:(?:预期|主要|发展)目标(?:是|为)?|目标(?:是|为))[:：]/;

/** How far back a cue reaches: a long list of targets or estimates, never an unbounded run (each figure would read the whole sentence again). */
const KIND_WINDOW = 600;

function kindOf(sentence: string, at: number, ctx: Context): IndicatorKind {
  const prefix = sentence.slice(Math.max(0, at - KIND_WINDOW), at);
  // Cues reach to the label across commas, not across semicolons.
  const scope = prefix.slice(Math.max(prefix.lastIndexOf(';'), prefix.lastIndexOf('；')) + 1);
  const clauseStart = Math.max(scope.lastIndexOf(','), scope.lastIndexOf('，')) + 1;
  const clauseHead = scope.slice(clauseStart).trim();
  const rest = sentence.slice(at, at + KIND_WINDOW);
  const clauseTail = rest.slice(0, rest.search(/[,，;；。]|$/));
  const clause = clauseHead + clauseTail;
  // (主要预期目标是:A增长6.5%;B增长8%;…: the targets a colon introduces run on across semicolons.)
  if (TARGET_CUE.test(clause) || (TARGET_CUE.test(scope) && !ACTUAL_RESET.test(clauseHead)) || TARGETS_LISTED.test(prefix)) return 'target';
  // (增长10%以上, 6.5%左右: a bound on a figure; 规模以上 in a label is none.)
  if (PLAN_YEAR_CUE.test(scope) && /[\d.]\s*(?:%|个百分点|亿元|万元|元)?\s*(?:以上|左右|以内)/.test(clauseTail)) return 'target';
  const est = Math.max(...[...prefix.matchAll(ESTIMATE_CUES)].map((m) => m.index), -1);
  if (est >= 0) {
    // An estimate runs to the end of the sentence, unless a later clause states what was done.
    const between = prefix.slice(est).split(/[;；]/).slice(1);
    if (!between.some((c) => ACTUAL_RESET.test(c.trim()))) return 'estimate';
  }
  if (ESTIMATE_CUE.test(clause)) return 'estimate';
  // (Under 2025年工作安排, a sentence that opens with 2024年 tells what was done.)
  const opening = ctx.sectionKind === 'target' && ctx.sectionYear !== null ? SENTENCE_YEAR.exec(sentence.slice(0, 12)) : null;
  if (opening && Number(opening[1]) < ctx.sectionYear!) return 'actual';
  return ctx.sectionKind ?? 'actual';
}


function foreignScope(doc: ReportDoc, before: string): boolean {
  const { foreignScope: scopes } = vocabulary().data;
  const own = ownWholeWord(doc);
  // Only the label's own clause scopes it: …增速居全省前列;规上工业增加值… is the county's.
  const clause = lastClause(before);
  const near = clause.slice(-6);
  // (文成县上半年GDP增长6.1%: another county is the clause's subject; a county the user gave wins over the text's.)
  return scopes.some((s) => s !== own && near.includes(s)) || (doc.countyConfidence !== 'given' && otherCountyOpening(clause.trim(), doc.county) !== null) || aboveOpening(doc, clause);
}

/** ,泰和县增长6.2% / ,我县增长6.5%: the county's own figure after another scope's, up to the clause's end. */
function ownAfterOther(doc: ReportDoc, window: string): string | null {
  const county = doc.county;
  if (!county) return null;
  // (全市 is the county only in a county-level city's report, or one the text calls a city: the
  // county's own whole word says which.)
  const wholes = [ownWholeWord(doc), county.kind === '区' ? '全区' : county.kind.endsWith('旗') ? '全旗' : county.kind === '县级市' ? '全市' : '全县'].filter((n): n is string => n !== null);
  const names = [county.name, county.shortName.length >= 2 ? county.shortName : null, spokenName(county), ...wholes, ...wholes.map((w) => w.replace('全', '我'))].filter((n): n is string => Boolean(n));
  for (const m of window.matchAll(/[,，;；]\s*(?:其中|而)?([\u4e00-\u9fa5]{2,12}?)(?:同比)?(?=增长|下降|完成|实现|达到|\d)([^,，;；。]{0,30})/g)) {
    if (names.includes(m[1]!)) return m[2]!;
  }
  return null;
}

/** 吉安市地区生产总值增长5.1%: the prefecture or the province by name opening the clause (not as the start of the county's own full name: 宁波市海曙区…). */
function aboveOpening(doc: ReportDoc, clause: string): boolean {
  const county = doc.county;
  if (!county) return false;
  const opening = clause.trim().replace(/^(?:\d{4}年(?:度)?|全年|今年|去年|上半年|前三季度|1[-—至]\d{1,2}月)[,，]?/, '');
  return [county.prefecture, county.province].some((above) => {
    if (!above || !opening.startsWith(above)) return false;
    const rest = opening.slice(above.length);
    return !rest.startsWith(county.name) && !(county.shortName && rest.startsWith(county.shortName));
  });
}

/**
 * 2023年,织里镇实现地区生产总值320亿元; 开发区完成固定资产投资…: a town, village or park
 * is the subject of the label's clause, and the figure is that unit's, not the county's.
 */
const UNIT_NAME = '(?:(?!城镇|乡镇|全县|全市|全区|全旗)[\\u4e00-\\u9fa5]){1,8}?(?:镇|乡|街道|村|社区|苏木|嘎查|经开区|开发区|高新区|工业园区|园区|景区|旅游区|度假区)';
// (清水湾旅游区、分界洲岛旅游区接待游客分别增长…: units in a list are each their own subject.)
const UNIT_SUBJECT = new RegExp(`^(?:\\d{4}年(?:[上下]半年|前三季度|1[-—至]\\d{1,2}月)?[,，]?)?(?:全年)?(?:[\\u4e00-\\u9fa5]{2,9}?[县市区旗])?((?:${UNIT_NAME}[、和及与]){0,8}${UNIT_NAME})(?:全年|共|累计)?(?:实现|完成|达到)?$`);

/** The clause `before` ends with: what follows its last comma, semicolon or full stop. */
function lastClause(before: string): string {
  return before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('，'), before.lastIndexOf(';'), before.lastIndexOf('；'), before.lastIndexOf('。')) + 1);
}

/**
 * 项目建成后可实现年产值30亿元: what a project will bring once built; 天下红公司2023年销售收入
 * 达到5.6亿元: one company's figure. Neither is the county's.
 */
const PROSPECTIVE = /(?:建成|投产|达产|竣工|完工|运营|投用)后/;
/** A company and the time words before its figure (某某公司2023年, 某某集团全年实现). */
const COMPANY_SUBJECT = /(?:公司|集团)(?:\d{4}年(?:度)?|全年|今年|去年)?(?:共|累计)?(?:实现)?$/;

/**
 * Words that open with a company (某某公司全年实现销售收入; 公司等 opens a list of them, not one):
 * a figure's own words, or a statement whose next clause, with no subject of its own, goes on
 * speaking of it (某某科技有限公司研发的…填补了省内空白,去年实现销售收入2.6亿元).
 */
// (该集团实现营业收入…: a company spoken of again.)
const COMPANY_STATEMENT = new RegExp(`^${COMPANY_PRONOUN_WORDS}|^(?:[\\u4e00-\\u9fa5]{0,8}?(?:龙头企业|企业|公司))?[\\u4e00-\\u9fa5()（）]{2,30}?(?:有限公司|有限责任公司|公司|集团)(?:[(（][^)）]{0,20}[)）])?(?![等和、])`);
const TIME_CLAUSES = /^(?:(?:\d{4}年(?:度)?|近年来|今年以来|目前|同时|其中|此外)[,，])+/;
const NO_SUBJECT = /^(?:\d{4}年(?:度)?|全年|今年|去年|当年|年内|上半年|前三季度)?(?:共|累计)?(?:实现|完成|达到|创造|上缴|缴纳|贡献)?$/;

function companysFigure(sentence: string, clauseStart: number, before: string): boolean {
  if (!NO_SUBJECT.test(before.trim())) return false;
  const head = sentence.slice(0, clauseStart);
  // (2025年,某某公司…: a clause of time alone opens no statement.)
  const statement = head.slice(Math.max(head.lastIndexOf(';'), head.lastIndexOf('；')) + 1).replace(TIME_CLAUSES, '');
  return statement.length > 0 && COMPANY_STATEMENT.test(statement);
}

/**
 * 2023年,灰汤镇接待游客420万人次,实现旅游综合收入28亿元: a statement opened by a town, village
 * or park goes on speaking of it in clauses with no subject of their own.
 */
const UNIT_OPENING = /^(?:\d{4}年(?:度)?|全年|今年|去年|当年|年内|上半年|前三季度)?(?![全我该本各][县市区旗])(?:[\u4e00-\u9fa5]{2,6}?[县市区旗](?=[\u4e00-\u9fa5]{2,}(?:镇|乡|街道|村|社区|苏木|嘎查)))?(?:(?:(?![县市区旗]|城镇|乡镇)[\u4e00-\u9fa5]){1,5}(?:镇|乡|街道|村|社区|苏木|嘎查)|(?:(?![县市区旗]|城镇|乡镇)[\u4e00-\u9fa5]){0,8}(?:经开区|开发区|高新区|工业园区|产业园区|景区|旅游区|度假区))(?![等和、])/;

function unitsFigure(sentence: string, before: string): boolean {
  const clause = lastClause(before);
  if (!NO_SUBJECT.test(clause.trim())) return false;
  const head = sentence.slice(0, before.length - clause.length);
  const statement = head.slice(Math.max(head.lastIndexOf(';'), head.lastIndexOf('；')) + 1).replace(TIME_CLAUSES, '').trim();
  return statement.length > 0 && UNIT_OPENING.test(statement);
}

function unitInside(before: string): boolean {
  const clause = lastClause(before).trim();
  return UNIT_SUBJECT.test(clause) || PROSPECTIVE.test(clause) || COMPANY_SUBJECT.test(clause) || GROUP_BEFORE.test(clause) || TRADE_SUBJECT.test(clause);
}

/** 园区循环经济产业实现税收…, 规上工业企业实现税收…: a trade or its companies, not the county, pays that tax. */
const TRADE_SUBJECT = /(?:产业|行业|企业|板块)(?:全年|累计|共)?(?:实现|完成|上缴|缴纳|贡献)$/;

/** 村民人均可支配收入, 脱贫人口人均纯收入: a group's own figure (a village's people, those lifted out of poverty), not everyone's. */
const GROUP_BEFORE = /(?:村民|社员|脱贫户|脱贫人口|脱贫群众|监测户|监测对象|低收入农户|低收入人口|易地搬迁群众|搬迁群众|职工|员工)$/;

interface Parsed {
  value: Quantity | null;
  growthPct: number | null;
  growthEnd: number;
}

const AMOUNT = '[\\d.]+\\s*(?:亿|万)?(?:元|美元|人次|人|亩|吨|户)';
/** 由2020年的98.6亿元增加到2025年的142.3亿元, 从…提高到…: the level at the start and at the end of a span of years. */
const FROM_TO = new RegExp(`^[^,，;；。]{0,4}?(?:由|从)(\\d{4})年(?:底|末)?的?(${AMOUNT})(?:增加|增长|提高|提升|跃升|扩大|上升)?(?:到|至)(\\d{4})年(?:底|末)?的?(${AMOUNT})`);

const FROM_TO_BARE = new RegExp(`^[^,，;；。\\d]{0,4}?(?:由|从)${AMOUNT}(?:增加|增长|提高|提升|跃升|扩大|上升)?(?:到|至)(${AMOUNT})`);
const SPAN_END_YEAR = /(?:增加|增长|提高|提升|跃升|扩大|上升)?(?:到|至)(\d{4})年(?:底|末)?的?[\d.]/g;

/** 一季度、上半年、前三季度(全市)…: parts of a year listed before a label, each with a figure of its own. */
const PART_WORD = '(?:第?一季度|上半年|前三季度|全年|1-\\d{1,2}月|一至[二三四五六七八九十]{1,2}月)';
const PARTS_BEFORE = new RegExp(`(${PART_WORD}(?:[、和及]${PART_WORD})+)[\\u4e00-\\u9fa5]{0,6}$`);
/** 分别增长5.8%、6.0%、6.2% */
const PARTS_GROWTH = /^\s*(?:同比)?分别(?:增长|下降)\s*[-+]?\d+(?:\.\d+)?%(?:\s*[、和及]\s*[-+]?\d+(?:\.\d+)?%)+/;

/** The county said by a word of its own (全县, 我县). */
const COUNTY_SELF_WORD = /(?:全|我|本|该)[县旗市区]|县域/;

/** The level and the growth stated right after a label, before the next label. */
/** Words that name a figure: a clause holding one speaks of that figure, not of the label before it. */
const OWN_FIGURE = /产值|收入|营收|总额|增加值|面积|产量|投资|利润|税收|人数|人次|销售额|交易额|出口|进口|贷款|存款|用电量/;

const BARE_COUNT_UNIT: Partial<Record<Unit, string>> = { 'person-time': '人次', person: '人' };

function parseWindow(window: string, units: Unit[], kind: IndicatorKind): Parsed {
  let value: Quantity | null = null;
  let growth = GROWTH.exec(window);
  // 年均增长 is an average over several years, not the year-on-year change.
  if (growth && /年均$/.test(window.slice(0, growth.index))) growth = null;
  const growthPct = growth && growth[3] === '%' ? Number(growth[2]) * (/下降|减少|回落|下滑|降低/.test(growth[1]!) ? -1 : 1) : null;
  QUANTITY.lastIndex = 0;
  const money = units.includes('yuan') || units.includes('usd');
  for (let m = QUANTITY.exec(window); m; m = QUANTITY.exec(window)) {
    if (growth && m.index >= growth.index && m.index < growth.index + growth[0].length) continue;
    const n = parseNumber(m[1]!);
    if (n === undefined || /^[一二两三四五六七八九十]$/.test(m[1]!)) continue;
    // (接待游客3200万, 新增城镇就业1.2万: a count of people with its scale but no unit is in the metric's own.)
    const q = toQuantity(n, m[2] ?? '', m[3] ?? (m[2] ? BARE_COUNT_UNIT[units[0]!] ?? '' : ''), money);
    if (!q || !units.includes(q.unit)) continue;
    const before = window.slice(0, m.index);
    const after = window.slice(m.index + m[0].length);
    // …增加值增长8.3%,新能源产业实现产值312亿元: a later clause that names a figure of its own owns its amount.
    const clause = lastClause(before);
    if (clause.length < before.length && OWN_FIGURE.test(clause)) break;
    if (kind === 'actual' && (THRESHOLD_BEFORE.test(before) || THRESHOLD_AFTER.test(after))) continue;
    // 粮食种植面积稳定在12万亩以上: a floor kept is no level of the year (as a target it is the target).
    if (kind === 'actual' && /稳定在\s*$/.test(before) && /^\s*以上/.test(after)) continue;
    if (kind !== 'actual' && THRESHOLD_AFTER.test(after)) continue;
    // 居全市第3, 占…的33%: a rank or a share is no level.
    if (/(第|占|的)$/.test(before.trimEnd())) continue;
    value = q;
    break;
  }
  return { value, growthPct: Number.isFinite(growthPct) ? growthPct : null, growthEnd: growth ? growth.index + growth[0].length : 0 };
}

/** Labels in a sentence, with 城镇、农村居民人均可支配收入 and 城乡居民… expanded into two. */
const MAX_LABELS_PER_SENTENCE = 120;

const SECTOR_TRIPLE = /(?:第一、二、三产业|第一、第二、第三产业|一、二、三产业|第一产业、第二产业(?:、|和|及)第三产业|三次产业)增加值/g;
const SECTOR_METRICS: [Exclude<Metric, 'other'>, string][] = [['gdp_primary', '第一产业增加值'], ['gdp_secondary', '第二产业增加值'], ['gdp_tertiary', '第三产业增加值']];

function findLabels(sentence: string): LabelHit[] {
  const { trie, data } = vocabulary();
  const hits: LabelHit[] = trie.scan(sentence).map((m) => ({ metric: m.values[0]!, label: m.word, start: m.start, end: m.end }));
  const out: LabelHit[] = [];
  // 第一、二、三产业增加值, 三次产业增加值, 第一产业、第二产业、第三产业增加值: one label, three metrics
  // sharing its span (the trie's 第三产业增加值 inside it is the same words).
  const sectors = sentence.includes('产业增加值') ? [...sentence.matchAll(SECTOR_TRIPLE)] : [];
  for (const m of sectors) {
    const start = m.index!;
    const end = start + m[0].length;
    for (const [metric, label] of SECTOR_METRICS) out.push({ metric, label, start, end });
  }
  // (Hits and phrases both come in order: one pass over each, however many there are.)
  let phrase = 0;
  for (const h of hits) {
    while (phrase < sectors.length && sectors[phrase]!.index! + sectors[phrase]![0].length <= h.start) phrase++;
    const m = sectors[phrase];
    if (m && h.start < m.index! + m[0].length && h.end > m.index!) continue;
    // (亩均税收: a measure per unit of something else, not the county's figure.)
    if (data.notAfter[h.label]?.some((w) => sentence.startsWith(w, h.start - w.length))) continue;
    // 地区生产总值(GDP): the bracketed synonym is the same label.
    const prev = out[out.length - 1];
    if (prev && prev.metric === h.metric && /^\s*[(（]\s*$/.test(sentence.slice(prev.end, h.start))) {
      const close = sentence.indexOf(')', h.end) >= 0 ? sentence.indexOf(')', h.end) : sentence.indexOf('）', h.end);
      if (close >= 0 && close - h.end <= 2) prev.end = close + 1;
      continue;
    }
    // 城镇、农村常住居民人均可支配收入, 城镇和农村常住居民年人均可支配收入, 城乡居民…: one label, two metrics.
    const pair = /(城镇|城乡|农村)(?:常住)?(?:居民)?(?:、|和|及|与)?(城镇|农村)?(?:常住)?居民年?人均可支配收入$/.exec(sentence.slice(Math.max(0, h.start - 12), h.end));
    if (h.metric.startsWith('disposable_income') && pair && (pair[1] === '城乡' || pair[2])) {
      const start = h.end - pair[0].length;
      out.push({ metric: 'disposable_income_urban', label: '城镇居民人均可支配收入', start, end: h.end });
      out.push({ metric: 'disposable_income_rural', label: '农村居民人均可支配收入', start, end: h.end });
      continue;
    }
    out.push(h);
  }
  // "粮食播种面积…、总产21万吨": 总产 right after a grain figure is grain output.
  if (out.some((h) => h.metric === 'grain_area') && !out.some((h) => h.metric === 'grain_output')) {
    for (const w of data.grainOutputAfterGrain) {
      const i = sentence.indexOf(w, out.find((h) => h.metric === 'grain_area')!.end);
      if (i >= 0) {
        out.push({ metric: 'grain_output', label: w, start: i, end: i + w.length });
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** 固定资产投资、社会消费品零售总额分别增长8%、8.5%: labels joined by 、 take values in order. */
function distribute(sentence: string, labels: LabelHit[], i: number): { group: LabelHit[]; values: string[] } | null {
  const group = [labels[i]!];
  let j = i;
  while (j + 1 < labels.length && /^[、和及与]$/.test(sentence.slice(labels[j]!.end, labels[j + 1]!.start).replace(/数|总额/, '')) ) {
    group.push(labels[++j]!);
  }
  const last = group[group.length - 1]!;
  // 城镇、农村 expanded from one phrase share their span.
  // (第一、二、三产业 expanded from one phrase share it too, three of them.)
  if (group.length === 1) for (let k = i + 1; k < labels.length && labels[k]!.start === labels[i]!.start; k++) group.push(labels[k]!);
  if (group.length < 2) return null;
  const rest = sentence.slice(last.end);
  // 分别达到23894元和14620元, 达27732元、16695元 (two levels after one label need no 分别).
  const m = /^[^。;；]{0,12}?(?:分别|(?=[^。;；,，]{0,6}?[\d.]+[^、。;；,，和及]{0,4}(?:、|和|及)[\d.]))(?:同比)?(?:为|是|达到?|完成|实现)?\s*((?:[^、。;；,，和及]+(?:、|和|及))+[^、。;；,，和及]+)/.exec(rest);
  if (!m) return null;
  const values = m[1]!.split(/、|和|及/);
  if (values.length !== group.length) return null;
  // 分别增长7.0%、8.1%: the verb before the first value applies to every value.
  const verb = /^(?:同比)?(增长|增速|下降|增加|提高|减少)/.exec(values[0]!.trim())?.[1] ?? /(增长|增速|下降|增加|提高|减少)$/.exec(m[0].slice(0, m[0].indexOf(m[1]!)))?.[1];
  const withVerb = values.map((v) => v.trim().replace(/^同比/, '')).map((v) => (verb && !v.startsWith(verb) ? `${verb}${v}` : v));
  // …27732元、16695元,分别增长8.6%、9.4%: the growths that follow the levels, in order.
  const tail = rest.slice(m.index + m[0].length);
  // …,增幅分别为4.3%和6.9%: the rate named as a noun is a growth all the same.
  const g = /^\s*[,，]?\s*(?:分别)?(?:同比|比上年|较上年)?(?:分别)?(增长|增加|提高|下降|减少|(?:增幅|增速)(?:分别)?(?:为|是|达)?)\s*([-+]?\d+(?:\.\d+)?%)\s*(?:、|和|及)\s*([-+]?\d+(?:\.\d+)?%)(?:\s*(?:、|和|及)\s*([-+]?\d+(?:\.\d+)?%))?/.exec(tail);
  const growths = g ? [g[2], g[3], g[4]].filter((x): x is string => x !== undefined) : [];
  if (!verb && growths.length === group.length) return { group, values: withVerb.map((v, k) => `${v},${/^增[幅速]/.test(g![1]!) ? '增长' : g![1]}${growths[k]}`) };
  return { group, values: withVerb };
}

const PLAN_PERIODS: Record<string, [number, number]> = { 十一五: [2006, 2010], 十二五: [2011, 2015], 十三五: [2016, 2020], 十四五: [2021, 2025], 十五五: [2026, 2030] };

/** “十三五”期间: the plan's five years; “十四五”以来 in a review of 2024: from its first year to the one reviewed. */
function planSpan(plan: string, word: string | undefined, reviewed: number | null): string {
  const [from, to] = PLAN_PERIODS[plan]!;
  const end = word === '以来' && reviewed !== null && reviewed >= from && reviewed < to ? reviewed : to;
  return `${from}-${end}`;
}

/** 过去五年, 五年来 opening a sentence (a comma may close the span: 过去五年,…). */
const SENTENCE_SPAN = /^(?:过去|近)?([三四五六七八九十两])年(?:来|间|中|以来|(?=[,，]))/;
const PLAN_OPENER = /^[“"]?(十[一二三四五]五)[”"]?(期间|时期|以来)/;
const CLAUSE_SPAN = /^\s*(?:过去|近)?([三四五六七八九十两])年(?:来|间|中|以来)?(?:累计|共计|合计)/;

/**
 * The span a sentence opens with (“十三五”期间, 过去五年, 五年来): a plan's years (up to the year
 * reviewed when said with 以来), or so many years up to the latest the sentence names.
 */
function openerSpan(sentence: string, reviewed: number | null, latest: number | null): string | null {
  const opening = sentence.trim();
  const plan = PLAN_OPENER.exec(opening);
  if (plan) return planSpan(plan[1]!, plan[2], reviewed);
  const n = SENTENCE_SPAN.exec(opening);
  const span = n ? parseNumber(n[1]!) ?? 0 : 0;
  return span >= 2 && latest !== null ? `${latest - span + 1}-${latest}` : null;
}

/** “十三五”期间,全市共引进项目…: a programme's total in a sentence opened by a span of years is the span's. */
function programmeSpan(before: string, doc: ReportDoc, year: number | null): string | null {
  const end = year ?? doc.years.reviewYear;
  return openerSpan(before.slice(before.lastIndexOf('。') + 1), end, end);
}

/**
 * 五年累计完成…, “十三五”期间累计…, 过去五年…累计: a total over several years is dated by
 * the range it covers, ending with the year under review.
 */
function multiYear(before: string, doc: ReportDoc, year: number | null, after = ''): string | null {
  const tail = before.slice(-16);
  // 累计完成财政收入…, 财政收入累计完成…
  if (!/累计|合计|共计/.test(tail) && !/^(?:共)?(?:累计|合计|共计)/.test(after)) return null;
  const clause = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf(';'), before.lastIndexOf('；')) + 1);
  const plan = /[“"]?(十[一二三四五]五)[”"]?(期间|时期|以来)?/.exec(clause);
  if (plan) return planSpan(plan[1]!, plan[2], year ?? doc.years.reviewYear);
  // (五年累计完成A…,B累计达到…: a clause opened by its span covers each total in it.)
  const n = /(?:过去|近)?([三四五六七八九十两])年(?:来|间|中)?/.exec(clause.slice(-16)) ?? CLAUSE_SPAN.exec(clause);
  const end = year ?? doc.years.reviewYear;
  if (!n) {
    // 五年来,…由2020年的…增加到2025年的…;财政收入累计完成…: the sentence's opener covers its
    // every clause, and the span ends with the latest year the sentence names.
    const sentence = before.slice(before.lastIndexOf('。') + 1);
    const named = [...sentence.matchAll(/(19[89]\d|20[0-4]\d)年/g)].map((m) => Number(m[1]));
    return openerSpan(sentence, end, named.length ? Math.max(...named) : end);
  }
  if (end === null) return null;
  const span = parseNumber(n[1]!) ?? 0;
  return span >= 2 ? `${end - span + 1}-${end}` : null;
}

/** 较2016年分别增长30.7%: growth over several years is not year-on-year. */
function comparesOverYears(sentence: string, period: string): boolean {
  if (!/[较比与]/.test(sentence)) return false;
  const y = Number(period.slice(0, 4));
  return [...sentence.matchAll(/(?:较|比|与)(19[89]\d|20[0-4]\d)年?(?:末|底)?(?:相比)?/g)].some((m) => Number(m[1]) < y - 1);
}

function periodFor(year: number | null, sub: string | null): string | null {
  // (No year anywhere: 1-9月 is no period either.)
  if (year === null) return null;
  return sub ?? String(year);
}

/**
 * 国庆中秋假期,全县接待游客86万人次 / 10月份,规上工业增加值增长8%: a span shorter than any
 * period the contract names; its figures belong to no year and are kept as other figures.
 */
const BRIEF_SPAN = /(?:春节|国庆|中秋|五一|劳动节|端午|元旦|清明)[\u4e00-\u9fa5]{0,4}?(?:假期|期间|黄金周|长假)|暑期|暑假|寒假|黄金周|小长假|(?<![-—~至到\d])\d{1,2}月份|单月|当月/;

/**
 * Economic indicators: vocabulary labels with the level and growth that follow them,
 * lists distributed by 分别, the period from the sentence, its paragraph or heading,
 * and the kind (actual, estimate, target) from the words around them.
 */
export function extractIndicators(doc: ReportDoc): Indicator[] {
  const { data } = vocabulary();
  const years = yearWords(doc);
  const out: Indicator[] = [];
  const ctx: Context = { sectionYear: null, sectionKind: null, paragraphPeriod: null, paragraphEnd: -1 };
  const table: TableColumns = { unit: -1, value: -1, growth: -1 };
  // A report about part of a year (前三季度经济运行情况) dates its figures to that part by default.
  // (一季度 heads an account of that quarter; 第二季度…集中开工 an event in it, whose figures run from January.)
  const titlePeriod = doc.meta.title ? subYear(doc.meta.title, explicitYear(doc.meta.title, doc.meta.title.length) ?? years.thisYear ?? years.review ?? 0)?.replace(/^\d{4}Q[234]$/, '') || null : null;

  let afterPlan = false;
  for (const s of doc.sentences) {
    // The headline is dated by reportYears (2022年政府工作报告 reviews 2021), not as a section heading.
    const headline = isHeadline(s, doc.meta.title);
    // A line that is only a date ((2024年3月), 2024年4月10日) dates the report, not a section of it.
    const dateLine = /^[(（]?\s*\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?\s*[)）]?$/.test(s.text.trim());
    // (——2025年1月8日在…会议上 heads no section of the year planned either.)
    if (!headline && !dateLine && !DELIVERY_LINE.test(s.text.trim()) && isHeading(s, doc.text)) {
      const { planYear, reviewYear } = doc.years;
      // (二、今年工作安排: in a report that plans a year, 今年 in a heading is that year.)
      const thisYearHeading = planYear !== null && planYear !== reviewYear && THIS_YEAR_HEADING.test(s.text.trim());
      const y = /(19[89]\d|20[0-4]\d)(?:年|,|，|\s|$)/.exec(s.text);
      ctx.sectionYear = y ? Number(y[1]) : thisYearHeading ? planYear : null;
      // (2025年工作安排, 2025年重点工作: a heading of the year the report plans for heads its plans.)
      const planHeading = ctx.sectionYear !== null && planYear !== null && planYear !== reviewYear && ctx.sectionYear === planYear && !REVIEW_HEADING.test(s.text);
      // (一、2024年计划执行情况: how the plan went is a review.)
      ctx.sectionKind = ctx.sectionYear === null ? null : (/目标|预期|计划/.test(s.text) && !REVIEW_HEADING.test(s.text)) || planHeading ? 'target' : /预计|预估/.test(s.text) ? 'estimate' : null;
      continue;
    }
    if (s.start > ctx.paragraphEnd) {
      ctx.paragraphPeriod = null;
      const nl = doc.text.indexOf('\n', s.start);
      ctx.paragraphEnd = nl < 0 ? doc.text.length : nl;
    }
    // A town's report states the town's figures; only a sentence naming the county speaks of it.
    if (doc.townVoice && !(COUNTY_SELF_WORD.test(s.text) || (doc.county && s.text.includes(doc.county.shortName)))) continue;
    if (s.text.includes(' | ')) {
      const row = tableRow(s, ctx, table, years, doc, titlePeriod);
      if (row) out.push(row);
      continue;
    }
    // (Each label reads the sentence before it: past a number no real sentence reaches, the rest are
    // left, so a sentence of thousands of labels costs no more than one of a hundred.)
    const labels = findLabels(s.text).slice(0, MAX_LABELS_PER_SENTENCE);
    // A period that opens the sentence (2023年上半年,…) carries through the paragraph; one
    // further in (有望在2024年上半年试产) dates something else.
    const firstClause = s.text.search(/[,，;；]/);
    const firstLabel = Math.min(labels[0]?.start ?? s.text.length, firstClause < 0 ? s.text.length : firstClause);
    const ownYear = explicitYear(s.text, firstLabel);
    // (In an account of part of a year, the part stands in the year the headline names.)
    const ownSub = subYear(s.text.slice(0, firstLabel), ownYear ?? ctx.sectionYear ?? (titlePeriod ? Number(titlePeriod.slice(0, 4)) : null) ?? years.thisYear ?? years.review ?? 0);
    if (ownSub) ctx.paragraphPeriod = ownSub;
    else if (ownYear !== null) ctx.paragraphPeriod = null;

    const handled = new Set<LabelHit>();
    for (let i = 0; i < labels.length; i++) {
      const hit = labels[i]!;
      if (handled.has(hit)) continue;
      const before = s.text.slice(0, hit.start);
      // 吉安市地区生产总值增长5.1%,泰和县增长6.2%: the county's own figure said after another
      // scope's, the label left out.
      const foreign = foreignScope(doc, before);
      const elided = foreign ? ownAfterOther(doc, s.text.slice(hit.end, labels.slice(i + 1).find((l) => l.start >= hit.end)?.start ?? s.text.length)) : null;
      // (该集团实现营业收入128亿元,…,上缴税收3.2亿元: a clause with no subject of its own goes on with the company's.)
      const clause = lastClause(before);
      if ((foreign && elided === null) || unitInside(before) || unitsFigure(s.text, before) || companysFigure(s.text, before.length - clause.length, clause)) continue;
      // 单位地区生产总值能耗: a ratio to the metric, not the metric.
      if (/单位$|万元$/.test(before) || /^(?:能耗|水耗|电耗|综合能耗)/.test(s.text.slice(hit.end))) continue;
      const dated = yearBefore(s.text, hit.start);
      const explicit = dated?.year ?? null;
      const kind = futureHorizon(dated, years) ? 'target' : kindOf(s.text, hit.start, ctx);
      const relative = /去年|上年/.test(before.slice(-12)) && !/比上年|较上年/.test(before.slice(-12)) ? years.lastYear : /今年/.test(before) ? years.thisYear : null;
      // 确保全年…增长6% in an account of the first three quarters: the year the part is of.
      const partsYear = titlePeriod !== null && /全年/.test(before) ? Number(titlePeriod.slice(0, 4)) : null;
      const year = explicit ?? relative ?? ctx.sectionYear ?? partsYear ?? (kind === 'target' ? years.targetYear : years.review);
      const inherited = explicit === null && relative === null && ctx.sectionYear === null ? ctx.paragraphPeriod ?? (kind !== 'target' ? titlePeriod : null) : null;
      // 预计全年地区生产总值增长6% in a half-year report: the whole year, not the part the report is on.
      // (下半年,我们将…确保全年GDP增长6%: 全年 after a part of the year is the whole of it, and it
      // holds to the statement's end: 确保全年地区生产总值增长6%以上,规模以上工业增加值增长8%以上.)
      const wholeAt = before.lastIndexOf('全年');
      const statement = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('；')) + 1);
      const sub = subYear(wholeAt >= 0 ? before.slice(wholeAt) : before, year ?? 0) ?? (statement.includes('全年') ? null : inherited);
      const period = multiYear(before, doc, year, s.text.slice(hit.end, hit.end + 4)) ?? periodFor(year, sub);
      // No year anywhere in the report (20XX): the fact stays, undated.
      const units = data.metrics[hit.metric]!.units;
      const next = labels.slice(i + 1).find((l) => l.start >= hit.end);
      const window = s.text.slice(hit.end, next ? next.start : s.text.length);
      if (elided !== null) {
        const parsed = parseWindow(elided, units, kind);
        if (parsed.value || parsed.growthPct !== null) out.push(...indicator(hit, period, kind, parsed, s));
        continue;
      }
      const brief = BRIEF_SPAN.exec(statement);
      if (brief) {
        const parsed = parseWindow(window, units, kind);
        for (const x of indicator(hit, period, kind, parsed, s)) out.push({ ...x, metric: 'other', label: brief[0] + hit.label });
        continue;
      }

      const dist = distribute(s.text, labels, i);
      if (dist) {
        dist.group.forEach((h, k) => {
          handled.add(h);
          const parsed = parseWindow(dist.values[k]!, data.metrics[h.metric]!.units, kind);
          if (!parsed.value && parsed.growthPct === null) return;
          out.push(...indicator(h, period, kind, parsed, s));
        });
        continue;
      }
      // 由2020年的98.6亿元增加到2025年的142.3亿元: a level at each end of a span, each dated by its year.
      const span = FROM_TO.exec(window);
      if (span && kind !== 'target') {
        for (const [y, amount] of [[span[1]!, span[2]!], [span[3]!, span[4]!]] as const) {
          const level = parseWindow(amount, units, 'actual');
          if (level.value) out.push(...indicator(hit, y, 'actual', { ...level, growthPct: null }, s));
        }
        continue;
      }
      // …由2010年的136.2亿元增加到2015年的228.6亿元,…;财政总收入由6.8亿元增加到12.6亿元: a span
      // with no years of its own runs between the years of the span before it; only its end is dated
      // (its start, with no span before, to no year at all).
      const bare = kind !== 'target' ? FROM_TO_BARE.exec(window) : null;
      if (bare) {
        const dated = [...s.text.slice(0, hit.start).matchAll(SPAN_END_YEAR)].pop();
        const level = parseWindow(bare[1]!, units, 'actual');
        if (level.value) out.push(...indicator(hit, dated?.[1] ?? period, 'actual', { ...level, growthPct: null }, s));
        continue;
      }
      // 一季度、上半年、前三季度全市GDP分别增长5.8%、6.0%、6.2%: one growth for each part of the year listed.
      const parts = PARTS_BEFORE.exec(lastClause(before));
      const partGrowths = parts ? PARTS_GROWTH.exec(window) : null;
      if (parts && partGrowths) {
        const words = parts[1]!.split(/[、和及]/);
        const values = [...partGrowths[0].matchAll(/([-+]?\d+(?:\.\d+)?)%/g)].map((m) => Number(m[1]) * (/下降/.test(partGrowths[0]) ? -1 : 1));
        if (words.length === values.length) {
          words.forEach((w, k) => out.push(...indicator(hit, periodFor(year, subYear(w, year ?? 0)), kind, { value: null, growthPct: values[k]!, growthEnd: 0 }, s)));
          continue;
        }
      }
      const parsed = parseWindow(window, units, kind);
      if (!parsed.value && parsed.growthPct === null) continue;
      out.push(...indicator(hit, period, kind, parsed, s));
    }
    respectively(s.text, labels, out, s);
    out.push(...otherFigures(doc, s, labels, ctx, years, titlePeriod));
    const totals = programmeTotals(doc, s, ctx, years, titlePeriod, afterPlan);
    out.push(...totals);
    // (…重点项目126个,年度计划投资186.5亿元。截至11月底,累计完成投资172.3亿元: the programme's
    // amount done may come in the sentence after its plan.)
    afterPlan = totals.some((t) => t.metric === 'key_project_investment' && t.kind === 'target');
  }
  return dedupe(out);
}

/**
 * 接待游客1250万人次,实现旅游总收入128亿元,分别增长15.2%和18.6%: growths listed after
 * the levels go to the labels before them, in order.
 */
function respectively(sentence: string, labels: LabelHit[], out: Indicator[], s: Span): void {
  // …,增幅分别为4.3%和6.9%: the rate named as a noun before 分别.
  const re = /(?:分别(增长|增加|提高|下降|减少|增速为?)|(?:增幅|增速)分别(?:为|是|达)?)\s*([-+]?\d+(?:\.\d+)?)%\s*(?:[、和及]\s*([-+]?\d+(?:\.\d+)?)%)(?:\s*[、和及]\s*([-+]?\d+(?:\.\d+)?)%)?/g;
  for (const m of sentence.matchAll(re)) {
    // (…分别达到21560元、12380元,年均分别增长10.2%、12.6%: an average over years is no year's growth.)
    if (/年均$/.test(sentence.slice(0, m.index!))) continue;
    const values = [m[2], m[3], m[4]].filter((v): v is string => v !== undefined).map(Number);
    const before = labels.filter((l) => l.end <= m.index!);
    const sign = /下降|减少/.test(m[1] ?? '') ? -1 : 1;
    const clauseStart = Math.max(sentence.lastIndexOf(';', m.index!), sentence.lastIndexOf('；', m.index!));
    const targets = before.filter((l) => l.start > clauseStart).slice(-values.length);
    if (targets.length !== values.length) continue;
    targets.forEach((l, k) => {
      const found = out.find((x) => x.metric === l.metric && x.evidence.start === s.start);
      if (found) found.growthPct = values[k]! * sign;
    });
  }
}

/** Endings of the names of other figures worth keeping (原煤产量, 园区技工贸收入, 城市绿化覆盖率 …). */
const OTHER_HEAD = /(总产量|产量|总产值|产值|营业收入|主营业务收入|收入|营收|税收|总额|交易额|销售额|出口额|进口额|贷款|存款|利润|面积|人数|人次|用电量|客流量|覆盖率|普及率|优良率|达标率|参保率|入洗率|集聚度|增加值|投入|投资额)$/;
const OTHER_FIGURE = new RegExp(`([\\u4e00-\\u9fa5“”]{2,14}?)(?:达到|达|为|完成|实现|突破|超过|约)?\\s*${QUANTITY_SOURCE}`, 'y');

/** A character a figure's name is written in: Han (the basic block) or a curly quote. */
function isNameCharacter(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fa5) || code === 0x201c || code === 0x201d;
}

/**
 * Figures whose name opens the clause or follows a non-Han character (a name cut from the
 * middle of a run of Han would be a fragment): the pattern is tried only where such a name
 * can start, not at every character.
 */
function* openingFigures(clause: string): Generator<RegExpExecArray> {
  for (let i = 0; i < clause.length; i++) {
    if (i > 0 && isNameCharacter(clause.charCodeAt(i - 1))) continue;
    if (!isNameCharacter(clause.charCodeAt(i))) continue;
    OTHER_FIGURE.lastIndex = i;
    const m = OTHER_FIGURE.exec(clause);
    if (!m) continue;
    yield m;
    i = m.index + m[0].length - 1;
  }
}
const OTHER_LEAD = /^(?:全年|全县|全市|全区|全旗|累计|实现|完成|其中|同时|共|新增|年内|当年|今年|去年|全社会|通过|先后|建设|获得|年(?!度)|月(?!均)|[\d一二三四五六七八九十]+年)+/;

/**
 * Other figures the vocabulary does not name (原煤产量522.8万吨): a measurable name right
 * before a number with a unit, in a clause with no vocabulary label, kept as metric "other".
 */
function otherFigures(doc: ReportDoc, s: Span, labels: LabelHit[], ctx: Context, years: ReturnType<typeof yearWords>, titlePeriod: string | null): Indicator[] {
  const out: Indicator[] = [];
  let offset = 0;
  const clauses = s.text.split(/[,，;；。]/);
  // 海螺水泥完成产值18.6亿元: a company the report names, with its figure.
  const companies = doc.enterprises.map((e) => e.name);
  for (const [ci, clause] of clauses.entries()) {
    const start = offset;
    offset += clause.length + 1;
    if (labels.some((l) => l.start < start + clause.length && l.end > start)) continue;
    for (const m of openingFigures(clause)) {
      // 新能源产业实现产值 → 新能源产业产值: the verb between the subject and its figure is no part of the name.
      // 雷山县茶叶产量: the county's own name opening the label is its subject, not the figure's name.
      // (Its short name alone may be a brand's part: 临武鸭产值 keeps it.)
      const unit = doc.county ? [doc.county.name, spokenName(doc.county)].find((n) => n && n.length >= 2 && m[1]!.startsWith(n) && m[1]!.length > n.length + 2) ?? undefined : undefined;
      const label = m[1]!.slice(unit?.length ?? 0).replace(OTHER_LEAD, '').replace(/^[“”]+|[“”]+$/g, '').replace(/(?<=[\u4e00-\u9fa5]{2})(?:实现|完成)(?=(?:总)?产值|(?:营业|销售|主营业务)?收入|营收|销售额)/, '');
      const subject = clause.slice(0, m.index! + m[1]!.length - label.length);
      if (label.length < 3 || !OTHER_HEAD.test(label) || foreignScope(doc, subject) || unitInside(subject) || (start > 0 && companysFigure(s.text, start, subject)) || PROSPECTIVE.test(m[1]!) || COMPANY_STATEMENT.test(m[1]!) || companies.some((e) => e.length >= 3 && label.includes(e))) continue;
      const money = /收入|营收|税收|总额|额|贷款|存款|利润|投入|投资|产值|增加值/.test(label);
      // 总产值突破300亿元,达到312.5亿元: a threshold passed is no level; the level may follow in the next clause.
      const numberAt = m.index! + m[0].indexOf(m[2]!, m[1]!.length);
      // Only the clause's own words date it: an earlier clause may speak of another year (有望在2024年试产).
      const own = clause.slice(0, m.index!);
      const kind = futureHorizon(yearBefore(own, own.length), years) ? 'target' : kindOf(s.text, start + m.index!, ctx);
      // A goal to pass a mark (力争…产值突破20亿元) is the goal's level.
      const threshold = (kind !== 'target' && THRESHOLD_BEFORE.test(clause.slice(0, numberAt))) || THRESHOLD_AFTER.test(clause.slice(m.index! + m[0].length));
      const then = threshold ? /^(?:达到|达|为)\s*([\d.]+)\s*(亿|万|千)?(元|吨|亩|人次|人)/.exec(clauses[ci + 1] ?? '') : null;
      if (threshold && !then) continue;
      const n = parseNumber(then ? then[1]! : m[2]!);
      if (n === undefined) continue;
      const q = then ? toQuantity(n, then[2] ?? '', then[3] ?? '', money) : toQuantity(n, m[3] ?? '', m[4] ?? '', money);
      if (!q) continue;
      const after = clause.slice(m.index! + m[0].length);
      // 投资额达8000万元的X污水处理厂: an amount joined by 的 to what follows describes that, it is no figure.
      if (/^(?:[、,，](?:占地|建筑面积|用地|年产)[^的,，]{1,16})*(?:建设|新建|兴建|打造|实施)?的/.test(after)) continue;
      // …总产值96.3亿元,较上年同期增长12.1%: the growth may open the next clause.
      const next = clauses[ci + 1] ?? '';
      const g = GROWTH.exec(after.slice(0, 16)) ?? (!after.trim() && /^(?:(?:同比|比上年|较上年|比去年|较去年)(?:同期)?)?(?:增长|下降|减少)[\d.]+%/.test(next) ? GROWTH.exec(next.slice(0, 20)) : null);
      // A clause that is only a year (2022年,…) dates the one after it.
      const yearClause = /^(?:\s*)(?:在|截至)?(\d{4})年(?:度|全年|底|末)?$/.exec(clauses[ci - 1] ?? '');
      const year = explicitYear(own, own.length) ?? (yearClause && !own.trim() ? Number(yearClause[1]) : null) ?? ctx.sectionYear ?? (kind === 'target' ? years.targetYear : years.review);
      if (year === null) continue;
      const period = subYear(own, year) ?? ctx.paragraphPeriod ?? (kind !== 'target' ? titlePeriod : null) ?? String(year);
      const growthPct = g && g[3] === '%' ? Number(g[2]) * (/下降|减少|回落|下滑|降低/.test(g[1]!) ? -1 : 1) : null;
      out.push({ metric: 'other', label, period, kind, value: q.value, unit: q.unit, growthPct, evidence: evidence(s) });
    }
  }
  return out;
}

interface TableColumns {
  unit: number;
  value: number;
  growth: number;
}

const UNIT_CELL = /^(亿元|万元|千元|元|亿美元|万美元|美元|万人次|人次|万人|人|万亩|亩|公顷|万吨|吨|户|个|家|%)$/;
const NUMBER_CELL = /^[-+]?\d[\d,]*(\.\d+)?$/;

/**
 * A row of an HTML table (cells joined by " | "): a header row says which column holds
 * the unit, the level and the growth; a data row is a label, a unit and its figures.
 */
function tableRow(s: Span, ctx: Context, cols: TableColumns, years: ReturnType<typeof yearWords>, doc: ReportDoc, titlePeriod: string | null): Indicator | null {
  const cells = s.text.split('|').map((c) => c.trim());
  // 地区生产总值 | 亿元 | — | —: a row whose figures are withheld is no header.
  if (cells.some((c) => /^[—–\-/…]+$/.test(c)) && !cells.some((c) => NUMBER_CELL.test(c))) return null;
  if (!cells.some((c) => NUMBER_CELL.test(c))) {
    // A header: 指标 | 单位 | 绝对数 | 比上年增长(%)
    cols.unit = cells.findIndex((c) => /单位/.test(c));
    cols.value = cells.findIndex((c) => /绝对|总量|数值|本期|完成|实际|金额|累计|全年|^\d{4}年$|月$|季度$|上半年$/.test(c) && !/增长|增速|同比/.test(c));
    cols.growth = cells.findIndex((c) => /增长|增速|同比|比上年|±/.test(c));
    return null;
  }
  // The label is in the first cell that holds one (a row may open with an empty or numbered cell).
  const hit = cells.slice(0, 3).map((c) => findLabels(c)[0]).find((h) => h !== undefined);
  if (!hit || foreignScope(doc, '')) return null;
  const unitCell = cols.unit >= 0 ? cells[cols.unit] ?? '' : cells.find((c) => UNIT_CELL.test(c)) ?? '';
  const numbers = cells.map((c, i) => ({ c, i })).filter(({ c }) => NUMBER_CELL.test(c));
  const valueCell = cols.value >= 0 ? cells[cols.value] : numbers.find(({ i }) => i !== cols.growth)?.c;
  const growthCell = cols.growth >= 0 ? cells[cols.growth] : numbers.find(({ i }) => i !== cells.indexOf(valueCell ?? ''))?.c;
  const unitMatch = /^(亿|万|千)?(.*)$/.exec(unitCell.replace(/^%$/, '%'))!;
  const n = valueCell && NUMBER_CELL.test(valueCell) ? parseNumber(valueCell) : undefined;
  const q = n === undefined ? undefined : unitCell === '%' ? { value: n, unit: 'percent' as const } : toQuantity(n, unitMatch[1] ?? '', unitMatch[2] ?? '', vocabulary().data.metrics[hit.metric]!.units.includes('yuan'));
  const units = vocabulary().data.metrics[hit.metric]!.units;
  const value = q && units.includes(q.unit) ? q : null;
  const growth = growthCell && NUMBER_CELL.test(growthCell) ? Number(growthCell) : null;
  if (!value && growth === null) return null;
  const kind = ctx.sectionKind ?? 'actual';
  const year = ctx.sectionYear ?? years.review;
  const period = ctx.sectionYear === null ? titlePeriod ?? (year === null ? null : String(year)) : String(year);
  return { metric: hit.metric, label: hit.label, period, kind, value: value?.value ?? null, unit: value?.unit ?? null, growthPct: growth, evidence: evidence(s) };
}

function indicator(hit: LabelHit, period: string | null, kind: IndicatorKind, parsed: Parsed, s: Span): Indicator[] {
  if (parsed.growthPct !== null && period !== null && comparesOverYears(s.text, period)) parsed = { ...parsed, growthPct: null };
  if (!parsed.value && parsed.growthPct === null) return [];
  return [{
    metric: hit.metric,
    label: hit.label,
    period,
    kind,
    value: parsed.value?.value ?? null,
    unit: parsed.value?.unit ?? (parsed.growthPct !== null && hit.metric === 'urban_unemployment_rate' ? 'percent' : null),
    growthPct: parsed.growthPct,
    evidence: evidence(s),
  }];
}

const TOTAL_GROWTH = /^[,，、]?\s*(?:同比|比上年|较上年)?(增长|下降|减少)\s*([\d.]+)\s*%/;

/** 达到, 为, 共计: words between a programme's total and its amount (突破 is a threshold, no value). */
// (招商引资到位资金达到185.6亿元,其中区外到位资金126亿元: a part (其中) is no programme's total.)
const TOTAL_VERB_WORDS = '达到|达|为|共计|合计|完成|实现|约';
const TOTAL_VERB = `(?:${TOTAL_VERB_WORDS})?`;
const TOTAL_VERB_AT_END = new RegExp(`(?:${TOTAL_VERB_WORDS})$`);

const PROGRAMME_TOTALS: { metric: 'key_project_investment' | 'investment_attracted'; re: RegExp; label: string; unlessDone?: boolean }[] = [
  // (Amounts may be written in words in a speech: 总投资一百二十六亿元.)
  { metric: 'key_project_investment', re: new RegExp(`(?:重点|重大)(?:建设|产业)?项目[^。;；]{0,20}?(?:完成|累计完成)(?:年度)?投资\\s*(${AMOUNT_NUMBER_SOURCE})\\s*(亿|万)元`), label: '重点项目完成投资' },
  // 全年安排重点项目120个,年度计划投资85亿元: the year's plan for the programme, when no amount done is told.
  { metric: 'key_project_investment', re: new RegExp(`(?:重点|重大)(?:建设|产业)?项目[^。;；]{0,20}?(?:年度)?计划(?:完成)?(?:年度)?投资\\s*(${AMOUNT_NUMBER_SOURCE})\\s*(亿|万)元`), label: '重点项目年度计划投资', unlessDone: true },
  // (新签约亿元以上项目32个,总投资126亿元: what was signed may be qualified before 项目; a list
  // opened by a colon or a bracket holds the projects' own totals, not the programme's.)
  { metric: 'investment_attracted', re: new RegExp(`(?:招商引资|签约[^。;；,，:：(（]{0,12}?项目|引进[^。;；,，]{0,16}?项目|招商项目)(?:(?!其中)[^。;；:：(（]){0,24}?(?:总投资额?|合同引资|协议引资|协议投资额?|合同投资额?|签约总金额|合同总金额|协议总金额|签约总额|签约金额|签约资金|签约额|合同金额|合同额|协议额|投资总额|投资额|引进投资|引进资金|计划投资|到位资金)${TOTAL_VERB}\\s*(${AMOUNT_NUMBER_SOURCE})\\s*(亿|万)元`), label: '招商引资总投资' },
  { metric: 'investment_attracted', re: new RegExp(`(?:合同引资|引进投资|引进资金|协议引资)${TOTAL_VERB}\\s*(${AMOUNT_NUMBER_SOURCE})\\s*(亿|万)元`), label: '合同引资' },
];

/** 截至11月底,累计完成投资172.3亿元: the amount done, opening the sentence after a programme's plan. */
const DONE_AFTER_PLAN = new RegExp(`^(?:(?:截至|截止|到)[^,，。;；]{1,10}[,，]?)?(?:全年|全县|全市|全区|全旗|今年)?(?:已|已经)?(?:累计)?完成(?:年度)?投资\\s*(${AMOUNT_NUMBER_SOURCE})\\s*(亿|万)元`);

/**
 * …年度计划投资235亿元,实际完成投资248.6亿元: the amount done, told after the plan in the same
 * sentence (also for a part of the year: 1-11月完成投资).
 */
const DONE_AFTER_PLAN_IN_SENTENCE = new RegExp(`^[,，]\\s*(?:(?:截至|截止|到)[^,，。;；]{1,10}[,，]?|[\\d—\\-至]+月(?:底|份)?[,，]?|全年)?(预计)?(?:全年)?(?:实际|已|已经)?(?:累计)?完成(?:年度)?投资\\s*(${AMOUNT_NUMBER_SOURCE})\\s*(亿|万)元`);

/**
 * 其中,省重点项目12项,完成投资96.3亿元: the projects of one level, a part of the programme told
 * before, are not the county's total (其中全市83个重点项目…, a part of another figure, is).
 */
const PART_OF_TOTAL = /其中[,，]?(?:省|市|州|县)级?(?:及以上)?$/;

/**
 * 纳入市级重点项目 / 市级以上重点项目 / 省、市重点项目: a level that designates the county's own
 * projects (全市重点项目, the prefecture's programme, is not one).
 */
const DESIGNATING_LEVEL = /(?:省市|省、市|(?:省|市|州|盟|自治区|地)(?:级及以上|级以上|级|以上))重点$/;

/** What was signed or brought in before 项目, and the words that only qualify a programme (亿元以上, 重点, 12个). */
const SIGNED_WHAT = /(?:签约|引进)([^。;；,，]*?)项目/;
const PROGRAMME_QUALIFIER = /^(?:新|共|累计|成功|集中|了|各类)*(?:[\d一二三四五六七八九十两]+个)?(?:[\d.]+亿元以上|亿元以上|[\d.]*千万元以上|[\d.]+万元以上|重点|重大|产业|工业|招商|优质|外资|内资|文旅|农业|制造业|新兴产业|服务业|大|好|的)*$/;
const COUNTED = /[\d一二三四五六七八九十两]+(?:个|家|批)/;

/**
 * Totals over a programme of projects: 重点项目…完成投资X (key_project_investment) and
 * 招商引资/签约项目/引进项目…总投资X or 合同引资X (investment_attracted).
 */
function programmeTotals(doc: ReportDoc, s: Span, ctx: Context, years: ReturnType<typeof yearWords>, titlePeriod: string | null, afterPlan = false): Indicator[] {
  const out: Indicator[] = [];
  const t = s.text;
  let done = false;
  const doneAfterPlan = afterPlan ? DONE_AFTER_PLAN.exec(t) : null;
  if (doneAfterPlan) {
    const year = explicitYear(t, doneAfterPlan.index) ?? ctx.sectionYear ?? years.thisYear ?? years.review;
    const q = toQuantity(parseNumber(doneAfterPlan[1]!) ?? NaN, doneAfterPlan[2]!, '元');
    if (q && !Number.isNaN(q.value) && year !== null) {
      const sub = subYear(t.slice(0, doneAfterPlan.index + doneAfterPlan[0].length), year);
      out.push({ metric: 'key_project_investment', label: '重点项目完成投资', period: periodFor(year, sub), kind: kindOf(t, doneAfterPlan.index, ctx), value: q.value, unit: 'yuan', growthPct: null, evidence: evidence(s) });
    }
  }
  for (const r of PROGRAMME_TOTALS) {
    const m = r.unlessDone && done ? null : r.re.exec(t);
    if (!m) continue;
    if (r.metric === 'key_project_investment') done = true;
    // 纳入市级重点项目48个: a level that designates the county's projects is no other scope.
    if (foreignScope(doc, t.slice(0, m.index + 2).replace(DESIGNATING_LEVEL, '重点')) || /园区|开发区|经开区|扩容区/.test(t.slice(0, m.index))) continue;
    // 签约远航年产27万套智能终端项目,总投资4亿元: one project signed, named, is no programme.
    const signed = r.metric === 'investment_attracted' ? SIGNED_WHAT.exec(m[0]) : null;
    if (signed && !PROGRAMME_QUALIFIER.test(signed[1]!) && !COUNTED.test(m[0])) continue;
    // (A plan's amount is a target whatever goes before it.)
    // (…年度计划投资96亿元,预计全年完成投资101亿元: 预计 on the way to the amount makes it an estimate.)
    const kind = r.unlessDone ? 'target' : /预计/.test(m[0]) ? 'estimate' : kindOf(t, m.index, ctx);
    // (今年以来,全市共安排重点项目…: the year the text calls this one.)
    const relative = /今年|本年度/.test(t.slice(0, m.index)) ? years.thisYear : null;
    const year = explicitYear(t, m.index) ?? relative ?? ctx.sectionYear ?? (kind === 'target' ? years.targetYear : years.review);
    const q = toQuantity(parseNumber(m[1]!) ?? NaN, m[2]!, '元');
    if (!q || Number.isNaN(q.value)) continue;
    const label = r.metric === 'investment_attracted' ? labelFrom(m[0]) : m[0].includes('重大') ? r.label.replace('重点', '重大') : r.label;
    // 1-8月新签约…协议引资: a part of the year dates the total to that part.
    // (…重点项目48个,上半年完成投资: the part of the year may stand between the programme and its total.)
    // (…in an account of a part of the year, the part its headline names.)
    // (下半年,确保全年…,力争重点项目完成投资95亿元: 全年 after a part of the year is the whole of it.)
    const upTo = t.slice(0, m.index + m[0].length);
    const wholeAt = upTo.lastIndexOf('全年');
    const sub = year === null ? null : subYear(wholeAt >= 0 ? upTo.slice(wholeAt) : upTo, year) ?? (wholeAt < 0 && ctx.sectionYear === null && explicitYear(t, m.index) === null ? ctx.paragraphPeriod ?? (kind !== 'target' && titlePeriod?.startsWith(String(year)) ? titlePeriod : null) : null);
    // …到位资金156.8亿元,增长15.2%: a growth right after the total is the total's.
    const growth = TOTAL_GROWTH.exec(t.slice(m.index + m[0].length));
    const growthPct = growth ? Number(growth[2]) * (/下降|减少/.test(growth[1]!) ? -1 : 1) : null;
    // 此次集中签约项目18个,总投资126.8亿元: one event's total is no total of the year's programme.
    const event = /此次|本次|这次|当天|当日/.test(t.slice(0, m.index));
    const span = kind === 'target' ? null : programmeSpan(t.slice(0, m.index), doc, explicitYear(t, m.index) ?? ctx.sectionYear ?? years.review);
    const part = r.metric === 'key_project_investment' && PART_OF_TOTAL.test(t.slice(0, m.index));
    out.push({ metric: event || part ? 'other' : r.metric, label, period: span ?? (year === null ? null : periodFor(year, sub)), kind, value: q.value, unit: 'yuan', growthPct: span ? null : growthPct, evidence: evidence(s) });
    const doneAfter = r.unlessDone && !part && !event && year !== null ? DONE_AFTER_PLAN_IN_SENTENCE.exec(t.slice(m.index + m[0].length)) : null;
    const doneQ = doneAfter ? toQuantity(parseNumber(doneAfter[2]!) ?? NaN, doneAfter[3]!, '元') : null;
    if (doneAfter && doneQ && !Number.isNaN(doneQ.value)) {
      // (The plan's words before it do not make the amount done a target.)
      out.push({ metric: 'key_project_investment', label: '重点项目完成投资', period: periodFor(year!, subYear(doneAfter[0], year!) ?? sub), kind: doneAfter[1] ? 'estimate' : 'actual', value: doneQ.value, unit: 'yuan', growthPct: null, evidence: evidence(s) });
    }
  }
  return out;
}

const AMOUNT_AT_END = new RegExp(`\\s*${AMOUNT_NUMBER_SOURCE}\\s*(亿|万)元$`);

function labelFrom(matched: string): string {
  // 招商引资作为“一号工程”,全年共签约项目86个,协议投资额386亿元: the programme named last, then
  // the total's own words (签约项目协议投资额).
  const words = matched.replace(AMOUNT_AT_END, '').replace(TOTAL_VERB_AT_END, '');
  const parts = words.split(/[,，]/);
  const last = parts[parts.length - 1]!;
  const programme = parts.length > 1 ? [...words.matchAll(/招商引资|签约项目|招商项目|引进[^,，。;；]{0,16}?项目/g)].pop()?.[0] : undefined;
  const label = parts.length > 1 ? `${programme && !last.includes(programme) ? programme.replace(/[\d一二三四五六七八九十]+个(?:以上)?/, '') : ''}${last}` : words;
  return label.replace(/\s*[\d.]+\s*(亿|万)元$/, '').replace(/[\d一二三四五六七八九十]+个[,，]?/, '').replace(/\d+(\.\d+)?(亿|万)?元?以上/, '').slice(0, 40);
}

/**
 * One indicator per (metric, period, kind): the statement with most detail, else the first,
 * its missing value or growth taken from another statement of the same figure (a five-year
 * review gives 2020's level, the year's review its growth).
 */
function dedupe(list: Indicator[]): Indicator[] {
  const best = new Map<string, Indicator>();
  const detail = (x: Indicator) => (x.value !== null ? 1 : 0) + (x.growthPct !== null ? 1 : 0);
  // 签约项目86个,协议投资额386亿元: a figure read as a programme's total is not another figure too.
  const named = new Set(list.filter((x) => x.metric !== 'other' && x.value !== null).map((x) => `${x.evidence.start}|${x.value}`));
  for (const x of list) {
    if (x.metric === 'other' && named.has(`${x.evidence.start}|${x.value}`)) continue;
    // Other figures are told apart by their label.
    const key = `${x.metric}|${x.period}|${x.kind}${x.metric === 'other' ? `|${x.label}` : ''}`;
    const cur = best.get(key);
    if (!cur) {
      best.set(key, x);
      continue;
    }
    const [base, other] = detail(x) > detail(cur) ? [x, cur] : [cur, x];
    if (base.value === null && other.value !== null) best.set(key, { ...base, value: other.value, unit: other.unit });
    else if (base.growthPct === null && other.growthPct !== null) best.set(key, { ...base, growthPct: other.growthPct });
    else best.set(key, base);
  }
  return [...best.values()].sort((a, b) => a.evidence.start - b.evidence.start);
}
