import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import type { Enterprise, Project, ProjectStatus } from '../src/facts.ts';
import type { ReportDoc } from './doc.ts';
import { antecedent, COMPANY_PRONOUN_WORDS, declaredShortNames, groupNames, LATIN_MEASURES, PRODUCT_KINDS, withheldName } from './extract-enterprises.ts';
import { loadGazetteer, opensWithHePlace, otherCountyOpening, prefectureShort, provinceOpening } from './gazetteer.ts';
import { canonicalIndustry, industryOfText, industryVocabulary } from './industry-keywords.ts';
import { AMOUNT_NUMBER_SOURCE, parseNumber, toQuantity } from './numbers.ts';
import { dateSentences } from './periods.ts';
import { projectRows } from './project-tables.ts';
import { clausesOutsideQuotes, evidence, ITEM_NUMBER, type Span } from './segment.ts';
import { splitTopLevel, stripQuotes } from './text-lists.ts';
import { Trie, type TrieMatch } from './trie.ts';

interface ProjectVocabulary {
  heads: string[];
  status: Record<ProjectStatus, string[]>;
  statusBefore: Partial<Record<ProjectStatus, string[]>>;
  leadingVerbs: string[];
  generic: string[];
  genericCategoryWords: string[];
  notBrands: string[];
  publicWorks: string[];
  facilityKinds: string[];
}

let vocab: (ProjectVocabulary & { statusRe: RegExp; statusClauseRe: RegExp; statusOf: Map<string, ProjectStatus>; headRe: RegExp; headsTrie: Trie<string>; leadingRe: RegExp; subjectLeadRe: RegExp; publicWorksRe: RegExp; generic: string[] }) | undefined;

const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map((x) => x.replace(/[()]/g, '\\$&')).join('|');

function vocabulary() {
  if (vocab) return vocab;
  const v = JSON.parse(readFileSync(join(PROJECT_ROOT, 'loaders', 'vocab', 'projects.json'), 'utf8')) as ProjectVocabulary;
  const statusOf = new Map<string, ProjectStatus>();
  for (const [status, words] of Object.entries(v.status)) for (const w of words) if (!statusOf.has(w)) statusOf.set(w, status as ProjectStatus);
  vocab = {
    ...v,
    statusOf,
    statusRe: new RegExp(`(${alt([...statusOf.keys()])})`),
    statusClauseRe: new RegExp(`${STATUS_CLAUSE_OPENING}(${alt([...statusOf.keys()])})`),
    headRe: new RegExp(`(${alt(v.heads)})$`),
    // A trie, not an alternation of a hundred words: every clause is scanned for heads.
    headsTrie: v.heads.reduce((t, h) => (t.add(h, h), t), new Trie<string>()),
    leadingRe: new RegExp(`^(?:${alt(v.leadingVerbs)})+`),
    // 泰和县相继签约A、B…: the county or its people before the verb that opens a list.
    subjectLeadRe: new RegExp(`^${LIST_SUBJECT}(?=(?:${alt(v.leadingVerbs)}))`),
    publicWorksRe: new RegExp(alt(v.publicWorks)),
    // Longest first: 污水处理厂 is one kind, not 污水处理 and 厂.
    facilityKinds: [...v.facilityKinds].sort((a, b) => b.length - a.length),
  };
  return vocab;
}

const COUNT = /^[\d一二三四五六七八九十百两]+(?:个|家|条|座|所|处|栋|项|批)/;
const CAPACITY = /([\d.]+(?:万|千|亿)?(?:吨\/年|吨|万千瓦时|千瓦时|兆瓦时|万千瓦|千瓦|兆瓦|GWh|MWh|GW|MW|瓦|公里|千米|平方米|亩|张床位|床|套|台|辆|头|只|羽|片|件|锭|枚|支|双|米))/;
/** 总投资, 投资规模, 投资额: the words that state a project's total. */
const INVESTMENT_WORDS = '计划总投资|总投资额|总投资|计划投资|投资规模|投资额|投资';
/** 约, 达, 超, 逾, 为: words between a total and its amount. */
const ABOUT = '(?:约为|约|达到|达|超过|超|逾|近|为|共计|合计)';
/** 该项目, 此工程: the project spoken of. */
const THE_PROJECT = '(?:该|此|这一|这个)?(?:项目|工程)';
// (…项目现场,…。该项目总投资28亿元: the next sentence may open on the project it totals.)
const INVESTMENT_AFTER = new RegExp(`^(?:${THE_PROJECT})?(?:${INVESTMENT_WORDS}|预计投资|拟总投资|拟投资|投资总额|先后投入|投入)${ABOUT}?\\s*([\\d.]+|[零一二两三四五六七八九十百千万亿点]+)\\s*(亿|万)?元`);
/** 建设, or 在我县建设: the verb that puts money into what is named next, where it is built standing between. */
const BUILDS = '(?:在[\\u4e00-\\u9fa5]{1,8}?)?(?:建设|新建|兴建|打造|实施)';
/** …元的 / …元在我县建设的: an amount joined by 的 to what follows. */
const JOINED_BY_DE = new RegExp(`^(?:${BUILDS})?的`);
/** 占地560亩, 建筑面积12万平方米, 年产值20亿元: a measure of the works said with its total before the name. */
const ATTRIBUTE = `(?:占地(?:面积)?|(?:总)?建筑面积|用地(?:面积)?|年产值|设计产能|年产)${ABOUT}?[\\d.]+余?(?:万|亿)?(?:亩|平方米|公顷|元|吨|件|台|套|辆)?`;
/** 、占地560亩: attributes after the total, before the 的 that joins them to the name. */
const ATTRIBUTES = `(?:[、,，]${ATTRIBUTE})*`;
/** 总投资12亿元、占地560亩的…: the total and measures before a name, no part of it (年产5万吨 without 的 is the name's own). */
// (总投资1.2亿美元的X项目: a total in dollars is as much a measure, though no yuan.)
const LEADING_MEASURES = new RegExp(`^(?:(?:${INVESTMENT_WORDS})${ABOUT}?${AMOUNT_NUMBER_SOURCE}(?:亿|万)(?:美元|元)${ATTRIBUTES}(?:建设|新建|兴建|打造|实施)?的?|${ATTRIBUTE}${ATTRIBUTES}(?:建设|新建|兴建|打造|实施)?的)`);
/** 占地560亩 and nothing else: an item of a list that is only an attribute of the next. */
const ATTRIBUTE_ONLY = new RegExp(`^(?:(?:${INVESTMENT_WORDS})${ABOUT}?${AMOUNT_NUMBER_SOURCE}(?:亿|万)(?:美元|元)|${ATTRIBUTE})$`);
const INVESTMENT_BEFORE = new RegExp(`(?:${INVESTMENT_WORDS})${ABOUT}?\\s*(${AMOUNT_NUMBER_SOURCE})\\s*(亿|万)(美元|元)${ATTRIBUTES}(?:${BUILDS})?的$`);
const LEADING_INVESTMENT = new RegExp(`^(?:${INVESTMENT_WORDS})${ABOUT}?\\s*${AMOUNT_NUMBER_SOURCE}\\s*(?:亿|万)(?:美元|元)(?=${ATTRIBUTES}(?:建设|新建|兴建|打造|实施)?的)`);
/** 完成年度投资19.5亿元: the year's spending on a project under way. */
const ANNUAL_INVESTMENT = /^(?:(?:完成|累计完成)(?:年度|年内|全年|当年)?|(?:年度|年内|全年|当年)(?:完成)?)投资\s*([\d.]+)\s*(亿|万)元/;
/** What may follow a project name: punctuation, a status, its investment, a designation. */
// (…核电项目1号机组完成冷试: a numbered unit of the works, then how far it has come.)
const AFTER_NAME = /^($|[,，;；。、(（]|[\d一二三四五六七八九十]+号(?:机组|生产线|线|炉|井|楼|厂房)|(?:是|作为)(?=[\u4e00-\u9fa5]{0,12}?(?:重点|重大))|等|和|及|与|分别|举行|(?:施工|建设)?现场|为(?:龙头|引领|牵引|核心|支撑|代表|重点)|首批|首台|首期|建设|项目|工程|投资|总投资|(?:合作|投资|框架|战略合作)?(?:协议|合同)|计划|已|正式|全面|全线|基本|如期|提前|顺利|相继|即将|有望|于|在|因|由|被|列为|列入|纳入|获|入选|完成|累计|实现|年度|开工|竣工|建成|投产|投运|运营|营业|开业|开园|开馆|开门迎客|通车|开通|贯通|启用|通水|落成|揭牌|合龙|主桥|交付|投入|主体|进入|加快|有序|持续|稳步|扎实|加速|正在|启动|开始|一期|二期|签约|落户|落地|试|点火|达产|达效|年内|年底|年中|上半年|下半年|今年|明年|去年|前年|当年|同年|(?:19|20)\d{2}年|\d{1,2}月|[一二三四五六七八九十]{1,2}月|早日|尽快|预计|力争|确保|争取|计划|将|拟|可望)/;
/** Characters that glue onto a head to make a longer noun (厂房, 路网, 站点). */
/** 全国最大的…, 全省规模最大的…: a superlative before a name (or before the list it ends). */
const SUPERLATIVE_BEFORE = /最[\u4e00-\u9fa5]{1,3}的[^,，;；。的]{0,16}$/;
/** 二期正在加紧建设, 三期工程年内开工: a clause that opens with a later phase and says where it stands. */
const NEXT_PHASE = /^([二三四五六])期(?:工程|项目)?(.+)$/;
/** The phase a name ends with or holds (…一期, …(一期), …项目一期). */
const PHASED = /([(（]?)[一二三四五]期([)）]?)(?=(?:项目|工程)?$)/;
/** 在X项目施工现场: a site being worked on. */
const ON_SITE = /^(?:施工|建设)?现场/;
const NOUN_CONTINUES = /^[房网区库群带线段口门楼场所室点位面费款率业]/;
/** A designation conferred on a named project (列为省十大产业项目) makes it a project without a status. */
// (…项目是我县今年的重点民生项目: called one of the county's key projects.)
const DESIGNATED = /^(?:被)?(?:列为|纳入|入选|评为|获评|列入)|^(?:是|作为)[\u4e00-\u9fa5]{0,12}?(?:重点|重大)[\u4e00-\u9fa5]{0,4}?(?:项目|工程)/;
/** An amount of money won for a project: a loan, a grant, bonds (…项目1.95亿元贷款). */
const FUNDING_AFTER = /^\s*[\d.]+\s*(?:亿|万)元?(?:(?:的)?(?:贷款|资金|补助|补贴|债券|专项债|中央预算内投资|国债|奖补)|(?=$|[,，;；。、]))/;
/** A company's name, after whatever place or time opens the clause (隆回县三一重工集团). */
// (其中)由X公司投资建设的…: a clause's discourse marker and the agent marker are no part of the company's name.
// (TCL中环, SK海力士: a brand opening with Latin capitals is a company's whatever follows it.)
const COMPANY = `(?:[\\d]{4}年)?(?:其中|特别是|尤其是)?(?:是由|由)?(?:[\\u4e00-\\u9fa5]{1,6}?[县市区旗])?([\\u4e00-\\u9fa5()（）]{2,16}?(?:有限公司|股份|公司|集团)|(?<![A-Za-z])(?!${LATIN_MEASURES})[A-Z]{2,6}[\\u4e00-\\u9fa5]{1,4}?)`;
/**
 * 三一重工集团投资20亿元建设的, 北大荒集团在我市投资建设的, 引进X股份有限公司建设的: the company
 * that invests in or builds what is named next (where it builds is no part of its name).
 */
const BUILDER_BEFORE = new RegExp(`^(?:引进|引入|招引)?${COMPANY}(?:在[\\u4e00-\\u9fa5]{1,8}?(?=投资|出资|建设|新建|兴建))?(?:(?:投资|出资)(?:约)?(?:[\\d.]+(?:亿|万)元)?(?:建设|新建|兴建|打造)?|建设|新建|兴建)的$`);
/** 项目, 该工程: a clause's words for the project the sentence named. */
/** 计划总投资30亿元, 协议投资28亿元: a project's total (or the total agreed on when it is signed). */
const TOTAL_WORDS = `(?:计划|预计|拟)?(?:总投资|投资总额|(?:协议|合同)(?:总)?(?:投资|金额)|签约金额|项目投资|投资)(?:额)?${ABOUT}?\\s*([\\d.]+)\\s*(亿|万)元(?:人民币)?`;
/**
 * …项目由深圳某某科技有限公司投资建设, or …项目举行开工仪式,(项目)由X公司投资建设: the company
 * named after the project builds it, in its clause or in one of its own.
 */
const BUILT_BY = new RegExp(`^(?:${THE_PROJECT})?(?:已|将)?由${COMPANY.replace('(?:是由|由)?', '')}(?:负责)?(?:投资|出资)?(?:建设|兴建|承建|开发|实施|运营)`);
/** …建成通车,全长42公里,总投资61.5亿元: the total in a clause of its own, after the project. */
const PROJECTS_COUNTED = /(?:项目|工程)[\d一二三四五六七八九十两]+个|[\d一二三四五六七八九十两]+个(?:项目|工程)/;
const TOTAL_CLAUSE = new RegExp(`^(?:${THE_PROJECT})?${TOTAL_WORDS}$`);
/** (项目)已完成主体施工, 年内开工建设, 力争6月底前投产: the opening of a clause that is a status, with a deadline or not (the status words follow, from the vocabulary). */
// (主体工程已封顶, 目前已完成全部组件安装, 正在进行并网调试: a part of the works, or the doing of one, before the stage.)
/** 主体工程, 厂房, 一期: a part of the works whose stage a clause may tell (目前一期已投产: the first phase, not the whole). */
const WORKS_PART = '(?:主体工程|主体结构|主体|厂房|土建工程|[一二三四首]期(?:工程|项目)?)';
const STATUS_CLAUSE_OPENING = `^(?:${THE_PROJECT})?(?:目前|截至目前|现)?${WORKS_PART}?(?:目前|截至目前|现)?(?:已经|已|正在|均)?(?:进行|完成全部|完成)?(?:于(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|底|初|上旬|中旬|下旬)?)?((?:计划|预计|力争|确保|争取|将|年内|年底前|今年|上半年|下半年|(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|份)?前?)+)?`;
/** 上海某某科技有限公司投资12亿元建设200兆瓦…电站: the company and the amount it puts into what it builds next. */
// (…投资50亿元在我县建设Y: where it builds may stand between the amount and the verb.)
const BUILDER_INVESTS = new RegExp(`${COMPANY}(?:计划|拟)?(?:总)?(?:投资|出资)(?:约)?([\\d.]+)\\s*(亿|万)元${BUILDS}$`);
/** …投资5亿元建设的, …出资兴建的, …建设的: the words between who builds and what is built. */
const INVESTS_IN = `(?:计划|拟|先后)?(?:总)?(?:(?:投资|出资)(?:约)?(?:[\\d.]+\\s*(?:亿|万)元)?${BUILDS}?|${BUILDS})的$`;
/** 该公司总投资5.2亿元建设的…, 这家企业投资兴建的…: the builder named before, by a pronoun. */
// (集团总投资20亿元的…项目: 公司 or 集团 opening a clause alone is the company spoken of too.)
const ANTECEDENT_BUILDS = new RegExp(`(?:${COMPANY_PRONOUN_WORDS}|(?:^|[,，。])(?:公司|集团))${INVESTS_IN}`);
const SPENDS_ON = new RegExp(`(?<!完成)(?:总)?投资(?:约)?([\\d.]+)\\s*(亿|万)元${BUILDS}$`);
const REGISTERED_OPENING = /^[\u4e00-\u9fa5()（）]{2,24}?(?:有限责任公司|股份有限公司|有限公司|集团)(?=[\u4e00-\u9fa5\d]{4})/;
const INVESTOR_CLAUSE = new RegExp(`^${COMPANY}(?:计划)?(?:总)?(?:投资|出资)(?:约)?(?:([\\d.]+)\\s*(亿|万)元)?$`);

/** The verb that introduces a name inside a clause (…区建成X, …县引进…的X, …县确保X年内完工); the last one counts. */
const VERB_IN_SEGMENT = new RegExp(`^.*(?:投资[\\d.]+(?:亿|万)元${BUILDS}|批复同意|批复|批准|建成投用|建成投运|建成投产|竣工投用|竣工投产|启动实施|开工实施|建成了|建成|新建了|新建|引进了|引进|签约了|签约|签订了|签订|签署了|签署|开工建设|启动建设|打造了|打造|落成|落地了|落地|确保|力争|全力推动|推动|加快推进|推进|加快建设|加紧建设|抓紧建设|全力建设|动工建设|开工|谋划|筹建|拟建|实施)(?![\\u4e00-\\u9fa5]{0,2}(?:项目|工程)$)`);
/** Verbs a list item may not start with: such a list is of actions, not projects. */
const ACTION_ITEM = /^(构建|推动|实现|加强|完善|提升|健全|建立|落实|强化|深化|优化|促进|保障|做到|坚持|推行|开展|抓好|统筹)/;

/**
 * Words of intention and deadline (确保…年内完工, 力争…6月底前投产, 计划年内开工建设): the status
 * they come with is what the project is to reach, not where it stands.
 */
const FUTURE = /确保|力争|争取|计划|预计|拟|将于|将在|有望|可望|即将|早日|尽快|年底前|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|份)?前/;

/** Where a project stands that is to be started (planned) or finished (under way). */
function intended(status: ProjectStatus | null): ProjectStatus | null {
  if (status === 'started' || status === 'signed') return 'planned';
  if (status === 'completed' || status === 'in_production') return 'under_construction';
  return status;
}

/** A clause that is a status (已完成主体施工), or the one to reach (年内开工建设: planned). */
function clauseStatus(text: string): ProjectStatus | null {
  const v = vocabulary();
  const stage = v.statusClauseRe.exec(text);
  // 项目建成后可实现年产值30亿元: a condition, not where the project stands.
  if (!stage || text.startsWith('后', stage.index + stage[0].length)) return null;
  const found = v.statusOf.get(stage[2]!)!;
  // (主体工程已完工, 主体完工: a part of the works finished leaves the whole under way.)
  const status = ofTheWhole(found, text.slice(stage.index));
  return stage[1] ? intended(status) : status;
}

const PART_OF_WORKS = new RegExp(`^(?:${THE_PROJECT})?(?:目前|截至目前|现)?${WORKS_PART}`);

/** A stage said of a part of the works (主体工程已完工) leaves the whole under way at most. */
function ofTheWhole(stage: ProjectStatus, said: string): ProjectStatus {
  return (stage === 'completed' || stage === 'in_production') && PART_OF_WORKS.test(said) ? 'under_construction' : stage;
}

const STAGE_ORDER: ProjectStatus[] = ['planned', 'signed', 'started', 'under_construction', 'completed', 'in_production'];
/** 当年签约、当年开工、当年投产: stages said in a series, the last reached counts. */
const SERIES_STATUS = new RegExp(`^(?:[^,，;；。]{0,4}(?:签约|开工|建成|竣工|投产|运营)[、,，]){1,3}[^,，;；。]{0,4}(?:签约|开工|建成|竣工|投产|运营)`);

/** 项目推进先进单位, 项目建设工作会: a status word qualifying a noun after it says nothing of a project. */
const STATUS_AS_MODIFIER = /^(?:先进|工作(?!已|正)|情况|力度|会议?|机制|小组|专班|指挥部|考核|督查|观摩|奖励|表彰|年度考核)/;
/** 信丰高新区成功获批国家级高新技术产业开发区: a level after the word is a designation won, no stage of works (纳入省级重点工程 is a project's). */
const DESIGNATION_AFTER = /^(?:为|成为)?(?:国家级|省级|市级|国家|全国|全省|省)/;

/** 完成投资, 完成年度计划投资: money spent on works this year. */
const SPENT = '完成(?:年度)?(?:计划)?投资';
const SPENT_OPENING = new RegExp(`^[,，]?(?:已经?|今年|全年|年内)?${SPENT}`);
const SPENT_IN = new RegExp(`(?<!累计|分别)(?:已经?)?${SPENT}`);

function statusAfter(text: string): ProjectStatus | null {
  const v = vocabulary();
  const m = v.statusRe.exec(text.slice(0, 24));
  // X项目已完成投资2.1亿元: money spent on the works this year says they are under way (not 累计完成投资,
  // spent over the years, nor 分别完成投资, which hands amounts to a list).
  if (!m) return SPENT_OPENING.test(text) ? 'under_construction' : null;
  // 达产后可实现…: a condition on the future, not the project's state.
  if ( /^[后时]/.test(text.slice(m.index + m[0].length)) || STATUS_AS_MODIFIER.test(text.slice(m.index + m[0].length))) return null;
  if (!/纳入|列入/.test(m[1]!) && DESIGNATION_AFTER.test(text.slice(m.index + m[0].length))) return null;
  const series = /^实现/.test(text) || /[、]/.test(text.slice(0, 24)) ? SERIES_STATUS.exec(text.replace(/^实现/, '')) : null;
  if (series) {
    const reached = [...series[0].matchAll(new RegExp(v.statusRe.source, 'g'))].map((x) => v.statusOf.get(x[1]!)!);
    return reached.reduce((a, b) => (STAGE_ORDER.indexOf(b) > STAGE_ORDER.indexOf(a) ? b : a));
  }
  const found = v.statusOf.get(m[1]!)!;
  // (…项目主体工程已完工: a part of the works finished leaves the whole under way.)
  return ofTheWhole(found, text.slice(0, m.index));
}

/** …项目,目前一期已投产: a phase alone opening the next clause is the phase of the project named, no project of its own. */
const PHASE_OF_IT = /^(?:目前|截至目前|现|其中)?[一二三四首]期(?:工程|项目)?(?:已经?|正在|于|将|均)/;

const PROGRESS_OPENING = /^(?:已经?|正在|基本|全面)?(?:完成|进入)/;

/** Words that open a sentence's own predicate: a name holding one ran past its start. */
// (签约企业加快推进项目建设: a request to those who signed names no project.)
const NOT_IN_NAME = /坚持|举行|召开|锚定|围绕|聚焦|加快|推进|希望|要求|督促|^把|[,，;；。]/;
/** 全省首家, 全县首个: a first is said of the project, it is not part of its name. */
const FIRST_OF = /^(?:全国|全省|全市|全县|全区|省内|市内|县内)?首(?:家|个|座|条|批)/;

/** A clause naming a project of its own (…项目建成投产) keeps its status to itself. */
function mentionsHead(text: string): boolean {
  for (const m of headsIn(text)) if (!notASection(m.word, text.slice(0, m.start))) return true;
  return false;
}

/**
 * The heads in a clause. A clause is read as the next of the one before and then as itself:
 * the last clause's matches are kept so that it is scanned once.
 */
let lastScanned: { text: string; matches: TrieMatch<string>[] } = { text: '', matches: [] };
function headsIn(text: string): TrieMatch<string>[] {
  if (text !== lastScanned.text) lastScanned = { text, matches: vocabulary().headsTrie.scan(text) };
  return lastScanned.matches;
}

/** 内部装修阶段, 时段: 段 ends a road's section, not a stage or a span of time. */
function notASection(head: string, before: string): boolean {
  return head === '段' && /[阶手时片地]$/.test(before);
}

function statusBefore(prefix: string): ProjectStatus | null {
  const v = vocabulary();
  // A word that ends the words before the name counts before one that opens them, and the longest
  // word decides (开工建设了 is started, though it ends as 建设了 does).
  let best: { status: ProjectStatus; length: number; end: boolean } | null = null;
  for (const [status, words] of Object.entries(v.statusBefore) as [ProjectStatus, string[]][]) {
    for (const w of words) {
      const end = prefix.endsWith(w);
      if (!end && !prefix.startsWith(w)) continue;
      if (!best || (end && !best.end) || (end === best.end && w.length > best.length)) best = { status, length: w.length, end };
    }
  }
  return best?.status ?? null;
}

/** …打造的, 新建成的, 投资建设的: what was built, right before its name. */
const BUILT_DE = /(?:打造|建成|新建成|新建|兴建|建设)(?:了)?的$/;
/** …正在建设的, 将要打造的, 计划新建的: still to be built, or being built. */
const BUILDING_DE = /(?:正在|在建|将要|将|计划|拟|要|规划)[\u4e00-\u9fa5]{0,4}?(?:打造|建成|新建|兴建|建设)(?:了)?的$/;
/** What a facility built does now: draws visitors, has become something, won a title. */
const BUILT_SUBJECT_AFTER = /^[,，]?(?:已经?|如今|目前|现已|现)?(?:成为|成了|吸引|迎来|接待|年接待|日均接待|被评为|被|获评|入选|荣获)/;

/** (总投资35亿元) after a name. */
const BRACKETED_INVESTMENT = new RegExp(`[(（](?:${INVESTMENT_WORDS})${ABOUT}?\\s*[\\d.]+\\s*(?:亿|万)?元[)）]`);
/** A(总投资35亿元): the item without its bracketed amount, and the amount (null when it has none). */
function bracketedAmount(item: string): { bare: string; yuan: number | null } {
  const m = BRACKETED_INVESTMENT.exec(item);
  return m ? { bare: item.replace(m[0], ''), yuan: investment(m[0].slice(1)) } : { bare: item, yuan: null };
}

function investment(text: string): number | null {
  const unbracketed = text.replace(/^[(（]/, '');
  const m = INVESTMENT_AFTER.exec(unbracketed);
  // 投资3.2亿元的…工程: an amount joined by 的 is the next project's, not this one's.
  if (!m || JOINED_BY_DE.test(unbracketed.slice(m[0].length))) return null;
  const n = parseNumber(m[1]!);
  return n === undefined ? null : toQuantity(n, m[2] ?? '', '元')?.value ?? null;
}

/** Strips leading verbs and the trailing status and 建设 from a candidate name. */
// 如X项目因…尚未开工: 如 giving an example is no part of the name (如东县, 如皋市 and 如意 are).
const EXAMPLE_MARKER = /^(?:例如|比如|诸如|如(?![东皋意家]|城(?![东西南北])))(?=[\u4e00-\u9fa5“"]{4})/;
/** 1.X项目, (2)X项目, 三、X项目: an item's number in a list of projects (1.8万吨… keeps its figure). */
// (一是X项目,…;二是Y工程: the count of a plan's points in words is no part of a name either.)
// (一是…: the first of the points a speech makes, beside an item's number.)
const ENUMERATOR = new RegExp(`${ITEM_NUMBER.source}|^[一二三四五六七八九十]{1,2}是(?=[\\u4e00-\\u9fa5\\dA-Za-z“]{3})`);

/** 年产, 日产, 年处理: the verbs a capacity is said with. */
const CAPACITY_VERB = '(?:年产|日产|月产|年加工|年处理|年吞吐)';
const CAPACITY_DESCRIBED = new RegExp(`^${CAPACITY_VERB}[\\d.]+[^的、,，;；]{0,20}的(?=[\\u4e00-\\u9fa5A-Za-z\\d]{3})`);

/** 我们今年…, 公司去年…: who speaks in a quote and when, before what they built. */
const SPEAKER_OPENING = /^(?:我们|咱们|我|公司|厂里|企业)(?:今年|去年|明年|已经|已|又|还|也|正在|年初|年内)*(?=新上|上马|新建|投资|建设|建成|引进|开工)/;

const LIST_OF_ONE_CLOSING = /(?<=[\u4e00-\u9fa5)）]{3})等(?:一批|一系列|[\d一二三四五六七八九十两]+(?:个|项|座|条|所|处))[\u4e00-\u9fa5]{0,6}?(?:项目|工程)$/;

/** 主会场项目为X, 其中最大的项目是X: a project described, then named: the name is what follows. */
const NAMED_AS = /^(?:[主分]会场|压轴|领衔|首个|龙头|其中最大的?|最大的?)(?:的)?(?:项目|工程)(?:为|是)(?=[\u4e00-\u9fa5\d]{4})/;

function cleanName(raw: string): string {
  const v = vocabulary();
  // 浙江援建的…综合楼, 某某公司捐建的…小学: who aided or gave it is no part of its name.
  // (记者在X项目建设现场看到: the reporter and where they went are no part of the name.)
  // (“我们今年新上了年产2万吨…生产线,…”: a speaker's quote opens with who speaks and when.)
  // (年产1000万片PCB电路板的X项目, an item of a list: a capacity joined by 的 describes the name, as after a verb.)
  // (主会场设在X项目现场: where a ceremony's venue is set is no part of the name; 主会场项目为X: X is.)
  // ((总投资12亿元)已完成主体工程: a bracket that closed the name before opens no name.)
  let name = raw.trim().replace(/^[(（][^()（）]{0,24}[)）]/, '').replace(/^“(?=[^”]*$)/, '').replace(/^(?:主|分)?会场(?:设在|位于)/, '').replace(NAMED_AS, '').replace(CAPACITY_DESCRIBED, '').replace(SPEAKER_OPENING, '').replace(VISITED, '').replace(/^[\u4e00-\u9fa5]{2,12}?(?:援建|捐建|帮建|援助建设)的(?=[\u4e00-\u9fa5\d]{3})/, '').replace(v.leadingRe, (lead, at: number, all: string) => (lead.endsWith('和') && opensWithHePlace(all.slice(at + lead.length - 1)) ? '和' : '')).replace(LEADING_MEASURES, '').replace(/^暨(?=[\u4e00-\u9fa5]{4})/, '').replace(FIRST_OF, '').replace(EXAMPLE_MARKER, '').replace(ENUMERATOR, '').trim();
  name = name.replace(/(?:项目)?建设$/, (m) => (m.startsWith('项目') ? '项目' : '')).replace(/(?<=[\u4e00-\u9fa5]{3})(?:也|亦|还|都|均)(?:在|正在|已|已经)?$/, '');
  // (X索道等一批重大项目: what closes a list of one is the list's, no part of the name.)
  name = name.replace(LIST_OF_ONE_CLOSING, '');
  return name.replace(/^[“"]([^“”"]+)[”"]$/, '$1').trim();
}

const CEREMONY_ACTOR = /领导|嘉宾|负责人|(?:为|给|向|替)(?:项目|工程)$/;

const POLICY_PROGRAMME = /(?:培育|引育|扩面|倍增|攀登|振兴|强基|赋能|领航|育苗|育才|引才|聚才|强链|补链|延链|创优|争先|攻坚|提能|惠民|富民|强村|兴村|固本|铸魂|育人|帮扶|结对|消薄)(?:行动|计划)?$/;

/** Kinds of work every county does (生态修复, 河道清淤, 退耕还林, 截污治污): no undertaking's name. */
const WORK_KIND = /^(?:(?:生态|环境|人居环境|河道|水系|水环境|农村|城乡|乡村|道路|土地|矿山|湿地|污水|垃圾|村庄|街道|立面|风貌|绿化)?(?:保护)?(?:修复|治理|整治|清淤|治污|截污|提升|绿化|美化|亮化|硬化|改造|管护)|截污治污|控源截污|退[\u4e00-\u9fa5]还[\u4e00-\u9fa5])$/;

function isGeneric(name: string): boolean {
  const v = vocabulary();
  // “项目一期已于6月投产…: a phase of the project spoken of, with no name of its own.
  const bare = stripQuotes(name).replace(/^[“"]/, '').replace(/[(（]?[一二三四五六]期[)）]?$/, '');
  const stem = bare.replace(/(项目|工程)$/, '').replace(/产业链$|产业$/, '');
  // 落地项目, 在谈项目; 锂电产业链项目: a stage or an industry, not a name.
  if (/(项目|工程)$/.test(bare) && (stem.length <= 2 || industryOfText(stem, [stem]) === stem && stem.length <= 4 && /产业/.test(bare))) return true;
  if (NOT_IN_NAME.test(bare) || /^[\d“”]+(?:工程|项目)$/.test(bare) || /以上(?:重点|重大)?项目$/.test(bare)) return true;
  // 一期厂房已投入使用: a phase of the project named before; …关于2023年重点项目推进情况的通报: a
  // document's title; …签约仪式在县行政中心举行: where a ceremony was held.
  if (/^[一二三四五六]期[\u4e00-\u9fa5]{1,3}$/.test(bare) || /关于|仪式/.test(bare)) return true;
  // 市领导为项目开工培土奠基: who acts at a ceremony, and for what (为/给/向 before the head), is no name.
  if (CEREMONY_ACTOR.test(bare)) return true;
  // 实施截污治污、退田还湖、生态修复等重点工程: a kind of work, with no place or brand of its own.
  if (WORK_KIND.test(bare.replace(/(项目|工程)$/, ''))) return true;
  // 实施“首位产业”培育工程, 人才引育工程, 农村供水提质扩面工程: a programme of policy (its
  // words end in what it fosters or widens), not one undertaking that is built.
  if (/(项目|工程)$/.test(bare) && POLICY_PROGRAMME.test(stem)) return true;
  // 兴国县2024年第二季度重大项目: a programme of a place and a period, not one undertaking.
  // (泰和县春季重点项目, 第二批重点项目: a season or a batch is a programme's period too.)
  const programme = bare.replace(/^(?:[\u4e00-\u9fa5]{1,8}?[省市县区旗])?(?:\d{4}年(?:度)?(?:第[一二三四]季度|上半年|下半年|[一二三四]季度|[春夏秋冬]季|第[一二三四五六七八九十]批)?|[春夏秋冬]季|第[一二三四五六七八九十]批)(?:全县|全市|全区)?/, '');
  if (programme !== bare && v.generic.includes(programme)) return true;
  // 泰和县项目建设如火如荼: a county's projects in general, with no year either.
  if (/^[\u4e00-\u9fa5]{1,6}?[县市旗](?:重点|重大)?(?:项目|工程)$/.test(bare)) return true;
  // (寅街、新街两个万亩花卉产业园: a count inside the words counts units; it names none of them.)
  if (/[\u4e00-\u9fa5][一二两三四五六七八九十\d]+个(?=[\u4e00-\u9fa5])/.test(bare)) return true;
  // (“四好农村路”工程: a programme named as a kind, with 工程 after it, is the kind still.)
  return bare.length < 2 || v.generic.includes(bare) || v.generic.includes(stripQuotes(stem)) || COUNT.test(bare) || /首例|首个|首家/.test(bare) || /^(该|此|这些|各类|一批|多个|全县|全市|我县|我市|我区|我旗)/.test(bare) || /[\d一二三四五六七八九十两]+个(?:项目|工程)$/.test(bare);
}

/** 记者在…, 观摩组一行先后来到…: who went where, before the works visited. */
const VISITED = /^(?:(?:记者|笔者|我们)在|[^、,，“”]{0,16}?(?:来到|走进|走访|深入|实地察看|察看|查看|观摩|调研)了?(?=[\u4e00-\u9fa5]{3}))/;

/** Place words that name no place (城镇, 农村, 社区 …). */
const GENERIC_PLACE = /城镇|农村|乡村|社区|园区|城区|县城|城乡|乡镇|村级|村组|老旧|棚户区|棚改|小区|集镇|全县|全市|全区|县域|镇村|城市|乡村/g;

const WORKS_DONE = /(?:提质改造|提标改造|提升改造|升级改造|改扩建|扩建|改造|提质|提升|迁建|维修加固|加固)$/;

/** Words before a product that are no brand: a kind of product, a capacity, a verb of building. */
const NO_BRAND_BEFORE_PRODUCT = new RegExp(`^(?:${PRODUCT_KINDS}|年产|新建|扩建|建设|高性能|高纯|高效|大型|中小型|小型|新一代)`);
let productWords: string[] | undefined;

/** Two to four characters of a name's own before a product word of the trades (赣安 in 赣安锂电池隔膜). */
function productBrand(stem: string): boolean {
  productWords ??= Object.values(industryVocabulary().synonyms).flat().filter((w) => w.length >= 2);
  let at = -1;
  for (const w of productWords) {
    const i = stem.indexOf(w);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  const own = at >= 2 && at <= 4 ? stem.slice(0, at) : '';
  return own !== '' && !NO_BRAND_BEFORE_PRODUCT.test(own) && !/[\d年产吨万亿个的和与及]/.test(own);
}

/** The words a facility has of its own before its kind, in works done on it (梧川大道提质改造 → 梧川). */
function facilityOwnWords(stem: string): string {
  const works = WORKS_DONE.exec(stem);
  if (!works) return '';
  const facility = stem.slice(0, works.index);
  const kind = vocabulary().facilityKinds.find((k) => facility.endsWith(k));
  return kind ? facility.slice(0, -kind.length) : '';
}

/** 京藏高速, 银西高铁, 杭绍甬高速: a route's own name opens it (农村公路, 城际铁路 name kinds). */
const NAMED_ROUTE = /^(?!全|县|市|我|该|本|城际|城市|城乡|农村|乡村|普通|国家|地方|干线|支线)[\u4e00-\u9fa5]{2,3}(?:高速|高铁|城际|铁路)/;

/**
 * A named undertaking names something: a place, a brand, a number, quotes or a phase.
 * Facilities (roads, stations, schools, centres) with a status are individual by nature;
 * a bare kind of work (农村生活垃圾转运项目) is not.
 */
const NAMED_LANDSCAPE = /([\u4e00-\u9fa5]{2})(?:沙漠|草原|湿地|森林|峡谷|戈壁|绿洲|冰川|沙地|湖区)/;
const GENERIC_BEFORE_LANDSCAPE = /^(?:生态|城市|国家|农村|乡村|保护|治理|防护|退化|矿山|防沙|治沙|国有|公益|天然|人工|高寒|荒漠|黄河|长江|修复|建设|改造|提升|恢复|全域|重点)$/;

/**
 * The towns of the report's county by their short names (碣石镇 → 碣石), set for each report as
 * extraction begins: the rules of names read them as they read the county's own name.
 */
let countyTowns: string[] = [];
/** The county's prefecture (长沙市, 长沙): a group's works may be named after it (长沙比亚迪电池二期). */
let countyPrefecture: string[] = [];
const townsByCounty = new Map<string, string[]>();
function townShortNames(code: string): string[] {
  let towns = townsByCounty.get(code);
  if (!towns) {
    towns = (loadGazetteer().towns.get(code) ?? []).map((t) => t.replace(/(?:镇|乡|街道|苏木|管理区)$/, '')).filter((t) => t.length >= 2 && !/[县市区]$/.test(t));
    townsByCounty.set(code, towns);
  }
  return towns;
}

function isSpecific(name: string, hasStatus: boolean, places: string[] = []): boolean {
  // An ordinal names one of several (第二水厂, 第三中学).
  // (金湾一号海上风电场, 三号矿井: a number names one of several too.)
  if (/[“”"《》\dA-Za-z]|一期|二期|三期|第[一二三四五六七八九十]+|[一二三四五六七八九十]号/.test(name)) return true;
  // 中建材碲化镉发电玻璃项目: a large group's name is a brand.
  const { names: groups, commonWords } = groupNames();
  if (groups.some((g) => name.startsWith(g) && !commonWords.includes(g))) return true;
  // 金禾实业饲料加工项目: a brand of a company's trade names whose works they are.
  if (companyBrand(name, places)) return true;
  // 红原至若尔盖公路, 甲镇至乙镇段: a road or line between two places.
  if (/[\u4e00-\u9fa5]{2}至[\u4e00-\u9fa5]{2}/.test(name) && /(?:公路|高速|铁路|道路|航道|通道|线|段)(?:[\u4e00-\u9fa5]{0,6}(?:工程|项目))?$/.test(name)) return true;
  // 沪昆高速改扩建工程, 渝昆高铁: a route named by its ends' short names (two or three characters).
  if (NAMED_ROUTE.test(name)) return true;
  // 石门高铁站综合枢纽项目: a name that opens with the county's own name (short or former) is its own;
  // 碣石一碣石二项目, 博美海上风电项目: so is one that opens with a town of it, named without 镇.
  if (places.some((p) => p.length >= 2 && name.startsWith(p) && name.length > p.length + 2)) return true;
  if (countyTowns.some((t) => name.startsWith(t) && name.length > t.length + 2)) return true;
  const v = vocabulary();
  const head = v.headRe.exec(name);
  const stem = (head ? name.slice(0, -head[1]!.length) : name).replace(GENERIC_PLACE, '');
  if (!stem) return false;
  // (…产业园项目: a facility named before 项目 is the head that counts, as it would be without 项目.)
  const inner = head && /^(项目|工程)$/.test(head[1]!) ? v.headRe.exec(name.slice(0, -head[1]!.length)) : null;
  if (head && (!/^(项目|工程)$/.test(head[1]!) || (inner && !/^(?:项目|工程)$|建设$|建$|改造$|改线$/.test(inner[1]!))) && hasStatus) return true;
  // 柘溪水电站扩机工程: a named facility inside the name (two characters and a head) is a place of its own.
  if (/[\u4e00-\u9fa5]{2}(?:水电站|电站|水库|大桥|机场|码头|港|矿|煤矿)/.test(stem)) return true;
  // 巴丹吉林沙漠旅游基础设施提升工程: a named landscape (two characters of its own before its kind,
  // not 生态湿地, 城市森林) is a place of its own.
  const land = NAMED_LANDSCAPE.exec(stem);
  if (land && !GENERIC_BEFORE_LANDSCAPE.test(land[1]!)) return true;
  // 梧川大道提质改造工程, 城南污水处理厂扩建工程: works done on one facility that has words of its
  // own before its kind (污水处理厂扩建工程 alone is a kind of works every county does).
  if (hasStatus && facilityOwnWords(stem).length >= 2) return true;
  // 赣安锂电池隔膜项目: a word of its own before a product of the county's trades is a brand.
  if (hasStatus && productBrand(stem)) return true;
  return /[县市区镇乡村庄湾岭山河江湖片溪峡滩洲港坝塘寨沟岛泉潭峰坪坡源]|集团|公司/.test(stem) && stem.length >= 3;
}

/** 零工市场, 文化广场: a head with at most two characters before it names a kind, not one facility. */
function facilityKindOnly(name: string): boolean {
  const head = vocabulary().headRe.exec(name);
  return head ? name.length - head[1]!.length < 3 : false;
}

/** Something is left of the name when its head and the place words that name no place are gone (农村公路). */
function hasOwnWords(name: string): boolean {
  const head = vocabulary().headRe.exec(name);
  return (head ? name.slice(0, -head[1]!.length) : name).replace(GENERIC_PLACE, '').length > 0;
}

/** A place-like ending where a list item stops and a shared category begins (疾控中心|整体搬迁项目). */
const ITEM_END = /(片区|新区|园区|中心|医院|学校|中学|小学|院|馆|镇|乡|村|区|县|市|公司|集团)/g;

/** 紫盖峰片区、开云新区、萱洲片区文旅康养项目: the last item carries the category of all. */
function distributeCategory(items: string[]): string[] {
  if (items.length < 2) return items;
  const last = items[items.length - 1]!;
  // The others name places or facilities; the last adds the kind of work (…整体搬迁项目).
  const work = /(项目|工程)$/;
  if (!work.test(last) || items.slice(0, -1).some((i) => work.test(i))) return items;
  // 东湖大道西段、实验中学地下停车场、…整治工程: roads (railways too), car parks, parks and estates are works of
  // their own; an institution (县中医院、妇幼保健院整体搬迁项目) is what the shared work is done to.
  // (…产业园(一期)、…基地: parks and bases, phases too, are works of their own as well.)
  if (items.slice(0, -1).every((i) => /(?:段|停车场|连接线|大道|公路|铁路|高铁|高速|快速路|大桥|隧道|家园|佳苑|花园|公园|广场|游园|产业园|园区|基地|厂房|[一二三四五六]期[)）]?)$/.test(i) || /项目|工程/.test(i))) return items;
  let split = -1;
  for (const m of last.matchAll(ITEM_END)) {
    const end = m.index! + m[0].length;
    // (武义县人民医院迁建工程: the place a last item opens with is no unit of its own.)
    if (end >= 2 && end < last.length - 2 && !/^[\u4e00-\u9fa5]{1,4}(?:县|市|旗|(?<![片新园景社城])区)$/.test(last.slice(0, end))) {
      split = end;
      break;
    }
  }
  if (split < 0) return items;
  const category = last.slice(split);
  if (isGeneric(category)) return items;
  return [...items.slice(0, -1).map((i) => `${i}${category}`), last];
}

interface Candidate {
  name: string;
  status: ProjectStatus | null;
  investmentYuan: number | null;
  annualInvestmentYuan?: number | null;
  enterprises: string[];
  span: Span;
  /** 该公司投资建设的…: built by the company the text named last, found by the caller. */
  byAntecedent?: boolean;
}

/** 要全力抓好…, 还要加快推进…: a modal before the verb that introduces a list (not 要素…). */
const MODAL = /^(?:下一步[,，]?)?(?:还要|要|需要|必须)(?=全力|加快|重点|抓好|推进|实施|建设|打造|确保|力争|积极|着力|扎实|继续)/;

/** Lists: A、B、C等(N个)(category)(status) and A、B、C+category+status. */
/** 我市将重点推进A、B等项目建设, 宁乡市还将…: a place that will act, before the verb of a list. */
/** 我们, 我县, 泰和县: who opens a list's sentence before its verb. */
const LIST_SUBJECT = '(?:我们|我县|我市|我区|我旗|全县|全市|全区|全旗|该县|该市|该区|[\\u4e00-\\u9fa5]{1,6}?[县市区旗])';
const SUBJECT_WILL = new RegExp(`^${LIST_SUBJECT}(?:还将|将继续|将|要|还要)(?=[\\u4e00-\\u9fa5])`);

const HEADS_AS = '为(?:代表|龙头|引领|牵引|核心|支撑|重点)的?';
const HEADED_BY = new RegExp(`${HEADS_AS}$`);
const HEADED_BY_AFTER = new RegExp(`^${HEADS_AS}`);

// (…一批民生项目, …两个重点项目: a count or 一批 with a few words of kind.)
const COUNTED_TAIL = /(?<=[\u4e00-\u9fa5)）])(?:一批|一系列|[\d一二三四五六七八九十两]+(?:个|项|座|条|所|处))[\u4e00-\u9fa5]{0,4}?(?:项目|工程)$/;

/**
 * A list's items may take their status from the programme the sentence before counted (…集中签约项目15个。
 * 其中,A、B等3个项目…: signed), or have none told (A项目、B项目等3个项目投资均超10亿元: named works, a
 * category of projects, no stage).
 */
function fromList(c: Span, next: Span | undefined, inherited: ProjectStatus | null = null): Candidate[] {
  const v = vocabulary();
  const unmodal = c.text.replace(MODAL, '');
  const will = SUBJECT_WILL.exec(unmodal);
  const text = will ? unmodal.slice(will[0].length) : unmodal.replace(v.subjectLeadRe, '');
  if (!text.includes('、') && !/等(?:[\d一二三四五六七八九十]+[个条座所处])?(?:重点|重大)?项目/.test(text)) return [];
  const lead = v.leadingRe.exec(text)?.[0] ?? '';
  let body = text.slice(lead.length);
  const events: Candidate[] = [];
  const etc = body.search(/等(?![级次])/);
  let itemsText: string;
  let after: string;
  let deadline = false;
  if (etc >= 0) {
    itemsText = body.slice(0, etc);
    after = body.slice(etc + 1);
  } else {
    // (A项目签约、B、C产业园开工: items that close with a status of their own are events of their
    // own; the list the last status closes begins after them.)
    const event = (words: string, stage: string) => {
      const name = cleanName(words.replace(LEADING_INVESTMENT, '').replace(/^的/, ''));
      const own = LEADING_INVESTMENT.exec(words);
      if (name.length >= 3 && v.headRe.test(name) && !isGeneric(name)) events.push({ name, status: v.statusOf.get(stage)!, investmentYuan: own ? investment(own[0]) : null, enterprises: [], span: c });
    };
    let sm = v.statusRe.exec(body);
    let from = 0;
    while (sm && sm.index > 0 && body.startsWith('、', from + sm.index + sm[0].length)) {
      event(body.slice(from, from + sm.index), sm[1]!);
      from += sm.index + sm[0].length + 1;
      sm = v.statusRe.exec(body.slice(from));
    }
    if (from > 0) {
      body = body.slice(from);
      if (!sm) return events;
      if (!body.includes('、')) {
        // (…签约、C产业园开工: the last event alone.)
        event(body.slice(0, sm.index).replace(TRAILING_ADVERBS_OR_DEADLINE, ''), sm[1]!);
        return events;
      }
    }
    // 建成禾川大桥、梧岭大道: a verb of status opening the list is the status of every item.
    if (!sm && lead && statusBefore(lead) && body.includes('、')) {
      // (建成了A、B、C一批民生项目: the count or 一批 closing the list is no part of its last item.)
      const items = splitTopLevel(body.replace(COUNTED_TAIL, '')).map(cleanName);
      if (!items.every((i) => i.length >= 3 && i.length <= 30 && v.headRe.test(i) && !isGeneric(i))) return events;
      const status = FUTURE.test(lead) || will !== null ? intended(statusBefore(lead)!) : statusBefore(lead)!;
      return items.map((name) => ({ name, status, investmentYuan: null, enterprises: [], span: c }));
    }
    if (!sm) return events;
    // …工程全面完工, …二期年内建成投用: the adverbs and deadlines before the status are not part of the last name.
    const before = body.slice(0, sm.index);
    itemsText = before.replace(TRAILING_ADVERBS_OR_DEADLINE, '');
    deadline = FUTURE.test(before.slice(itemsText.length)) || /年内|年底|上半年|下半年|明年/.test(before.slice(itemsText.length));
    after = body.slice(sm.index);
  }
  if (!itemsText.includes('、') && etc < 0) return events;
  // A、B两个项目建成投用: a count and a category closing the list as 等 would, no part of its last item.
  const countedTail = etc < 0 ? COUNTED_TAIL.exec(itemsText) : null;
  if (countedTail) {
    itemsText = itemsText.slice(0, countedTail.index);
    after = `${countedTail[0]}${after}`;
  }
  // 以A、B为代表的一批重大项目 / 以A、B等为龙头的…: the items are what the phrase heads.
  if (itemsText.startsWith('以')) {
    const heads = HEADED_BY.exec(itemsText);
    const headsAfter = etc >= 0 ? HEADED_BY_AFTER.exec(after) : null;
    if (heads) itemsText = itemsText.slice(1, heads.index);
    else if (headsAfter) {
      itemsText = itemsText.slice(1);
      after = after.slice(headsAfter[0].length);
    }
  }
  // 总投资12亿元的A工程、投资5.6亿元的B项目…: an amount joined by 的 to an item is that item's.
  const amounts = new Map<string, number>();
  // (X有限公司投资20亿元的A项目、…: the company before an item builds it, its amount the item's.)
  const builders = new Map<string, { company: string; yuan: number | null }>();
  // (总投资12亿元、占地560亩的X项目: items that are only measures belong to the item after them.)
  let items = joinMeasures(splitTopLevel(itemsText))
    .map((item) => {
      const built = builderOfItem(item);
      const i = built ? built.rest : item;
      const name = cleanName(i);
      if (built && name) builders.set(name, built);
      const before = LEADING_INVESTMENT.exec(i);
      const yuan = before ? investment(before[0]) : null;
      if (yuan !== null && name) amounts.set(name, yuan);
      return name;
    })
    .filter(Boolean);
  if (items.some((i) => ACTION_ITEM.test(i))) return events;
  // 总投资152亿元的A、B、C等17个项目竣工: an amount only the first item carries, in a list its
  // count closes, is the whole list's (A、B两个项目 likewise), not the first item's.
  if (amounts.size === 1 && items.length >= 2 && amounts.has(items[0]!) && COUNT.test(after)) amounts.clear();
  // 等116个项目 / 等5条旅游公路 / 等农贸市场11个: count, category, then status.
  const afterNoCount = after.replace(COUNT, '');
  const found = v.statusRe.exec(afterNoCount);
  const sm = found && !STATUS_AS_MODIFIER.test(afterNoCount.slice(found.index + found[0].length)) ? found : null;
  // (A、B等8个文旅项目完成投资12亿元: money spent this year, after the category, says they are under way.)
  const spentAt = sm ? -1 : afterNoCount.search(SPENT_IN);
  let category = (sm ? afterNoCount.slice(0, sm.index) : spentAt >= 0 ? afterNoCount.slice(0, spentAt) : afterNoCount).replace(TRAILING_ADVERBS, '').replace(/[\d一二三四五六七八九十]+(?:个|条|座|所|处)$/, '').replace(/^(重点|重大)/, '').replace(/建设$/, '').trim();
  const after_ = sm ? v.statusOf.get(sm[1]!)! : spentAt >= 0 ? 'under_construction' : null;
  const enterpriseList = /^企业/.test(category);
  if (enterpriseList) category = category.replace(/^企业/, '');
  if (etc < 0) items = distributeCategory(items);
  // A list is of projects when its category says so (等项目, 等旅游公路) or, without one, when
  // an item is named like a project and a status follows.
  const projectCategory = /项目|工程|公路|道路|大道|市场|民宿|绿地|基础设施|园区|产业园|基地|设施|小学|中学|学校|医院|场馆/.test(category) && !/产业(?!园)|认证|品牌|体系/.test(category);
  const namedLikeProjects = items.filter((i) => v.headRe.test(i) && i.length >= 3).length * 2 >= items.length;
  if (!(projectCategory || (etc < 0 && namedLikeProjects && after_))) return events;
  // (相继签约A、B等文旅项目12个: adverbs before the verb that opens the list.)
  // (来到A、B等项目现场: the sites visited are of works under way.)
  const onSite = /现场$/.test(category);
  if (onSite) category = category.replace(/(?:施工|建设)?现场$/, '');
  const stated = after_ ?? statusBefore(lead) ?? statusBefore(text.replace(LEADING_ADVERBS, '')) ?? (onSite ? 'under_construction' : null) ?? inherited;
  const namedWorks = etc >= 0 && /^项目/.test(category) && items.every((i) => i.length >= 5 && /(?:项目|工程)$/.test(i));
  if (!stated && !namedWorks) return events;
  // 确保A、B年内建成投用: what the list is to reach, not where it stands.
  const status = !stated ? null : deadline || will !== null || FUTURE.test(lead) || FUTURE.test(afterNoCount.slice(0, sm ? sm.index : 0)) ? intended(stated) : stated;
  if (items.some((i) => i.length > 30)) return events;
  const nameOf = (item: string) => {
    const headless = !v.headRe.test(item);
    // (博兴、迈邦等企业扩建项目: each company's own works, named by the company and the category.)
    return etc >= 0 && headless && category && ((!isGeneric(category) && !v.genericCategoryWords.includes(category)) || (enterpriseList && /(?:项目|工程)$/.test(category) && category.length > 2)) ? `${item}${category}` : item;
  };
  const inv = investment(next?.text ?? '');
  return [...events, ...items
    // A(总投资35亿元)、B: an amount in brackets after an item is that item's.
    .map((i) => {
      const { bare, yuan } = bracketedAmount(i);
      return { raw: i, name: cleanName(nameOf(bare)), own: yuan ?? amounts.get(i) ?? builders.get(i)?.yuan ?? null };
    })
    // (A site visited at a company, 来到X有限公司、Y项目等…现场, is the company's, no works named.)
    // (教育、医疗、养老等项目: a field of two characters names no undertaking.)
    .filter((x) => !isGeneric(x.name) && !(onSite && /(?:公司|集团)$/.test(x.name)) && !(x.name.length <= 2 && !v.headRe.test(x.name) && !enterpriseList))
    .map((x) => ({ name: x.name, status, investmentYuan: x.own ?? (items.length === 1 ? inv : null), enterprises: enterpriseList ? [x.raw] : builders.has(x.raw) ? [builders.get(x.raw)!.company] : [], span: c }))];
}

/** An item opening with the company that builds it (X有限公司投资20亿元的A项目): the company, its amount, and the rest. */
function builderOfItem(item: string): { company: string; yuan: number | null; rest: string } | null {
  for (let at = item.indexOf('的'); at > 0; at = item.indexOf('的', at + 1)) {
    const m = BUILDER_BEFORE.exec(item.slice(0, at + 1));
    if (!m) continue;
    const amount = /(?:投资|出资)(?:约)?([\d.]+)\s*(亿|万)元/.exec(m[0]);
    return { company: m[1]!, yuan: amount ? toQuantity(Number(amount[1]), amount[2]!, '元')?.value ?? null : null, rest: item.slice(at + 1) };
  }
  return null;
}

/**
 * Items of a list that are only measures (总投资12亿元, 占地560亩) joined to the item they measure;
 * and the products a capacity names, listed up to the head of the one project they make (年产3万吨
 * 竹筷、竹板项目 is one project, not 年产3万吨竹筷 and 竹板项目).
 */
function joinMeasures(items: string[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const [k, item] of items.entries()) {
    const products = CAPACITY_OPENING.test(item.trim()) && !vocabulary().headRe.test(item.trim()) && productsUpToHead(items.slice(k + 1));
    if (ATTRIBUTE_ONLY.test(item.trim()) || products) pending += `${item.trim()}、`;
    else {
      out.push(`${pending}${item}`);
      pending = '';
    }
  }
  if (pending) out.push(pending.slice(0, -1));
  return out;
}

/** 年产3万吨, 日产50万瓶: a capacity opening an item. */
/** …年产5000万片电路板的: a capacity joined by 的 right before a name. */
const CAPACITY_BEFORE_NAME = new RegExp(`${CAPACITY_VERB}[\\d.]+[^的]*的$`);
const CAPACITY_OPENING = new RegExp(`^${CAPACITY_VERB}[\\d.]+`);

/** 竹板项目 / 香菇、木耳生产线: short product words up to one that ends with a project's head. */
function productsUpToHead(rest: string[]): boolean {
  for (const item of rest) {
    const t = item.trim();
    if (vocabulary().headRe.test(t)) return /^[\u4e00-\u9fa5]{1,6}(?:项目|工程|生产线)$/.test(t);
    if (!/^[\u4e00-\u9fa5]{1,6}$/.test(t)) return false;
  }
  return false;
}

/**
 * 此次集中开工的项目共4个,总投资18.05亿元,分别是A、B、C: the projects a sentence counts,
 * named after 分别是/包括, with the status the sentence gave them (or the sentence before, when
 * this one opens with 其中).
 */
function fromEnumeration(s: Span, statusInherited = false): Candidate[] {
  if (!/分别是|分别为|包括|主要有|依次是/.test(s.text)) return [];
  const v = vocabulary();
  const m = /(?:分别是|分别为|包括|主要有|依次是)[:：]?(.+?)(?:。|$)/.exec(s.text);
  if (!m) return [];
  const before = s.text.slice(0, m.index);
  if (!/(项目|工程)/.test(before)) return [];
  const st = v.statusRe.exec(before);
  const status = st ? v.statusOf.get(st[1]!)! : null;
  // (A项目(投资25亿元)、B工程: an amount in brackets after an item is that item's.)
  const items = splitTopLevel(m[1]!.replace(/等.*$/, ''))
    .map((i) => {
      const { bare, yuan } = bracketedAmount(i);
      return { name: cleanName(bare), investmentYuan: yuan };
    })
    .filter(({ name: i }) => v.headRe.test(i) && i.length >= 4 && i.length <= 40 && !isGeneric(i));
  // (新签约项目28个。其中,10亿元以上项目6个,分别为A、B: the sentence before gave the stage.)
  if (items.length < 2 || (!status && !statusInherited)) return [];
  return items.map(({ name, investmentYuan }) => ({ name, status, investmentYuan, enterprises: [], span: s }));
}

/** Words between a name and its status that say how it went (…工程全面完工, 等项目顺利投产). */
// (…项目也在加快推进, …工程亦已完工: 也, 亦, 还, 都 join the status to what was said before.)
const STATUS_ADVERBS = '全面|全线|基本|顺利|正式|如期|提前|已经|已|均|相继|陆续|加快|有序|稳步|正在|正|成功|同日|当日|当天|同期|同步|当年|也在|还在|都在|也|亦|还|都';
const TRAILING_ADVERBS = new RegExp(`(?:${STATUS_ADVERBS})+$`);
const LEADING_ADVERBS = new RegExp(`^(?:${STATUS_ADVERBS}|先后|共|累计|集中|新)+`);
/** …二期年内建成投用: adverbs and a deadline before a status are not part of the last name. */
const TRAILING_ADVERBS_OR_DEADLINE = new RegExp(`(?:${STATUS_ADVERBS}|先后|年内|年底前|年底|年中|上半年|下半年|今年|明年|(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|份)?前?)+$`);

/** Single named projects: …项目/工程/大桥/中心… with a status, an investment, or both. */
/** Characters on either side of a head that can bear on its name and figures. */
const WINDOW = 200;

function fromClause(c: Span, next: Span | undefined, places: string[]): Candidate[] {
  const v = vocabulary();
  const out: Candidate[] = [];
  const text = c.text;
  let consumed = 0;
  for (const m of headsIn(text)) {
    let end = m.end;
    if (m.start < consumed) continue;
    if (notASection(m.word, text.slice(0, m.start))) continue;
    // A phase or a section let to one contractor belongs to the name: 安置房建设工程(一期), …改扩建工程第二标段.
    const phase = /^[(（]?(?:[一二三四五六]期|第?[一二三四五六七八九十\d]{1,2}标段?)[)）]?/.exec(text.slice(end));
    if (phase) end += phase[0].length;
    // Prefer the longest name: extend across a following head (…项目工程 is rare; 高速公路 vs 公路 handled by alternation).
    const rest = text.slice(end, end + WINDOW);
    // 第二水厂及配套管网工程: the works that go with a facility are part of its undertaking.
    if (/^(?:及|和|与)(?:其)?(?:配套|附属)[\u4e00-\u9fa5]{0,8}?(?:工程|项目)/.test(rest)) continue;
    // …新校区建设项目: 建设 then the head is the name's own end.
    if (/^[\u4e00-\u9fa5]{0,2}(项目|工程)/.test(rest) && (!/^(建设|主体|前期|土建|配套|附属|基础|安装)/.test(rest) || /^建设(?:项目|工程)/.test(rest))) continue;
    // Only a window before the head can hold its name (at most 30 characters, after a
    // verb or a 的): looking further back would make a long clause quadratic.
    const raw = text.slice(Math.max(consumed, end - WINDOW), end);
    // A list or a pair (A项目和B工程) ends before this name; 和 inside a name (共和国) does not.
    let segment = joinMeasures(raw.split('、')).pop()!;
    const pair = /^(.*?(?:项目|工程|大桥|公路|大道|中心|基地|园区|医院|学校))(?:和|与|及)(.{3,})$/.exec(segment);
    if (pair) segment = pair[2]!;
    // X区建成某某农业博览园, X区引进年产8万辆汽车的…项目: the name starts after the verb.
    const verb = VERB_IN_SEGMENT.exec(segment);
    if (verb && segment.length - verb.index - verb[0].length >= 3) segment = segment.slice(verb.index + verb[0].length);
    // 打造了…廊桥文化小镇——青溪古镇: after a dash, the kind's own name.
    // 以香榧精深加工项目为龙头牵引的…产业链: a project that leads a chain is one the county has.
    const leading = /以[^以为]{3,}$/.test(segment) && HEADED_BY_AFTER.test(rest);
    const described = (leading ? segment.replace(/^.*以/, '') : segment).replace(/^.*?(?:的)(?=[^的]{3,}$)/, '');
    const nameRaw = described.replace(/^.*——(?=[^—]{3,}$)/, '');
    // (What a dash names after its kind is a proper name, however short: 青溪古镇.)
    const appositive = nameRaw !== described;
    const name = cleanName(nameRaw);
    const prefix = text.slice(0, end - name.length);
    const near = prefix.slice(-WINDOW);
    const statusSoon = v.statusRe.exec(rest.slice(0, 10));
    const adverbsOnly = statusSoon && new RegExp(`^(?:${STATUS_ADVERBS})*$`).test(rest.slice(0, statusSoon.index));
    // …项目1.95亿元贷款, …工程6500万元资金: money won for a named project makes it one (the amount is no total).
    const funded = FUNDING_AFTER.test(rest);
    // 碧江区打造的星光湖主题公园吸引了…, 新建成的滨江广场成为…: a facility built, the subject of what it does now.
    const builtSubject = BUILT_DE.test(near) && (BUILT_SUBJECT_AFTER.test(rest) || (/^[,，]?$/.test(rest) && next !== undefined && BUILT_SUBJECT_AFTER.test(next.text)));
    // The name goes on (莽山水库|临武段引供水工程): look at the next head instead.
    if (!funded && !builtSubject && !AFTER_NAME.test(rest) && (!adverbsOnly || NOUN_CONTINUES.test(rest))) continue;
    const previousEnd = consumed;
    consumed = end;
    // A registered company's name opening the project's is part of it (…有限责任公司年产3000吨…技改项目): it may run longer.
    const longest = REGISTERED_OPENING.test(name) ? 50 : 30;
    if (name.length < 3 || name.length > longest || isGeneric(name) || COUNT.test(rest.trim())) continue;
    // 5G基站建成120个: a count after the status counts works of a kind; it names none.
    if (statusSoon && adverbsOnly && COUNT.test(rest.slice(statusSoon.index + statusSoon[0].length))) continue;
    // 已完成厂房(主体建设): a stage of the work before, not a work of its own.
    if (PROGRESS_OPENING.test(name)) continue;
    // 签约活动在县会展中心举行: the venue of an event is no undertaking.
    if (/(?:活动|仪式|会议|大会|典礼|论坛|推介会|洽谈会|签约会)在/.test(name) && /^(?:隆重|盛大)?(?:举行|召开|举办)/.test(rest)) continue;
    // 建成国家级企业技术中心: a level before a kind of unit is a designation won, not an undertaking built.
    if (/^(?:国家级|省级|市级|自治区级?|区级|国家|全国|全省|省)/.test(name) && !/项目|工程/.test(name)) continue;
    if (COUNT.test(near.slice(-4)) || /[\d一二三四五六七八九十]+个$/.test(near)) continue;
    // 落户在…产业园: the place where something else is; but 在X项目施工现场 is at the works themselves.
    if (/(?:在|于|位于|落户|入驻|进驻)$/.test(near) && !ON_SITE.test(rest)) continue;
    const annual = ANNUAL_INVESTMENT.exec(rest);
    // A status may open the next clause (…项目投资2617万元,进入试运营).
    // (在X项目现场,…: the works' own site, like 施工现场, is of works under way.)
    const own = statusAfter(rest) ?? statusBefore(prefix.trim()) ?? (verb ? statusBefore(verb[0]) : null) ?? (/^现场/.test(rest) ? 'under_construction' : null) ?? (builtSubject && !BUILDING_DE.test(near) ? 'completed' : null);
    const fromNext = own === null && next && (!mentionsHead(next.text) || PHASE_OF_IT.test(next.text)) ? statusAfter(next.text) : null;
    // 已完成投资3.2亿元, 累计完成投资…: money spent so far says the work is under way, unless a
    // clause after says more (…累计完成投资75亿元,一批企业投产达效).
    const spent = /^(?:[,，]?(?:目前|截至目前)?[,，]?)(?:已|已经|累计|已累计)完成投资/.test(rest);
    const stated = own ?? fromNext ?? (annual || spent ? 'under_construction' : null);
    // An intention before the name or between it and its status (…项目,确保早日开工) makes the status a goal.
    const future = FUTURE.test(nameRaw.slice(0, nameRaw.length - name.length) + near.slice(-12) + rest.slice(0, 12)) || (fromNext !== null && FUTURE.test(next!.text.slice(0, 12)));
    // 新引进A项目、B项目: an item joined to the one before shares its verb.
    const joined = stated === null && out.length > 0 && /^[、和及与]$/.test(text.slice(previousEnd, end - name.length));
    const status = joined ? out[out.length - 1]!.status : future ? intended(stated) : stated;
    const before = INVESTMENT_BEFORE.exec(near);
    const invests = BUILDER_INVESTS.exec(prefix.slice(-WINDOW).trim());
    // 该县将投资2.5亿元建设Y: the amount put into what is built next, with no company named.
    const spends = invests ? null : SPENDS_ON.exec(prefix.slice(-40).trim());
    const inv = annual ? null : investment(rest.replace(/^[,，]/, '')) ?? (out.length === 0 ? investment(next?.text ?? '') : null) ?? (before && before[3] === '元' ? toQuantity(parseNumber(before[1]!) ?? NaN, before[2]!, '元')?.value ?? null : null) ?? (invests ? toQuantity(Number(invests[2]), invests[3]!, '元')?.value ?? null : null) ?? (spends ? toQuantity(Number(spends[1]), spends[2]!, '元')?.value ?? null : null);
    const designated = (DESIGNATED.test(rest) || funded || leading) && /(项目|工程)$/.test(name);
    // (An amount in dollars names the undertaking as one in yuan does, though it gives no yuan.)
    const amounted = inv !== null || before?.[3] === '美元';
    if (!status && !amounted && !designated && !annual) continue;
    // A project that lands (落户, 签约) is one investor's undertaking, whatever its name says.
    const concrete = status === 'completed' || status === 'in_production' || designated || annual !== null || (status === 'signed' && name.length >= 8);
    if (!hasOwnWords(name)) continue;
    // 建成零工市场: after a verb, a kind of facility every county has is no named undertaking.
    if (verb && facilityKindOnly(name) && !appositive) continue;
    // 建成了全省最大的茶叶、香榧生产加工基地: a kind with a superlative is a standing, not a named undertaking.
    if (SUPERLATIVE_BEFORE.test(near) && !isSpecific(name, false, places)) continue;
    // 三一重工集团投资20亿元建设的…项目: the company that invests builds it.
    const by = (prefix.length <= WINDOW ? BUILDER_BEFORE.exec(prefix.trim()) ?? invests ?? signingParty(prefix) : null) ?? BUILT_BY.exec(rest);
    // (由X公司投资建设的螺旋藻精深加工项目: the company that builds it makes a kind of works one undertaking.)
    // (年产5000万片电路板的汇利电子项目: a capacity said before the name makes it one undertaking as inside it.)
    const measured = CAPACITY_BEFORE_NAME.test(segment.slice(0, segment.length - name.length));
    if (!isSpecific(name, status !== null, places) && !amounted && !concrete && !by && !measured) continue;
    // 年产5万吨和10万吨…项目: two projects sharing one head; an amount said once is for both together.
    const names = sharedHead(name);
    for (const one of names) {
      out.push({
        name: one,
        status,
        investmentYuan: names.length > 1 ? null : inv,
        annualInvestmentYuan: names.length > 1 ? null : annual ? toQuantity(Number(annual[1]), annual[2]!, '元')?.value ?? null : null,
        enterprises: by ? [by[1]!] : [],
        span: c,
        byAntecedent: !by && ANTECEDENT_BUILDS.test(prefix.slice(-60).trim()),
      });
    }
  }
  respectiveSpending(text, out);
  return out;
}

/**
 * A、B和C分别完成投资6.2亿元、3.1亿元和2.4亿元: the year's spending on each work, in order; a
 * work spending its year's money is under way.
 */
function respectiveSpending(text: string, found: Candidate[]): void {
  const m = /分别(?:完成|累计完成)(?:年度|年内|全年|当年)?投资\s*((?:[\d.]+\s*(?:亿|万)元\s*[、和及]?\s*)+)/.exec(text);
  if (!m || found.length < 2) return;
  const amounts = [...m[1]!.matchAll(/([\d.]+)\s*(亿|万)元/g)].map((a) => toQuantity(Number(a[1]), a[2]!, '元')?.value ?? null);
  const before = found.filter((c) => text.indexOf(c.name) >= 0 && text.indexOf(c.name) < m.index);
  if (amounts.length !== before.length) return;
  before.forEach((c, k) => {
    c.annualInvestmentYuan = amounts[k]!;
    c.status ??= 'under_construction';
  });
}

const QUANTITY = '[\\d.一二三四五六七八九十]+(?:万|千|百)?(头|吨|千瓦|兆瓦|万千瓦|亩|只|套|台|期|号|座|条|公里|平方米|床|辆)';
const SHARED_HEAD = new RegExp(`^(.*?)(${QUANTITY})(?:和|及|与|、)(${QUANTITY})(.{2,})$`);

/**
 * 5千头和8千头肉羊养殖项目, 一期和二期工程: two quantities (or phases) of the same unit joined
 * before one head are two projects, each with the shared words around it.
 */
function sharedHead(name: string): string[] {
  const m = SHARED_HEAD.exec(name);
  if (!m || m[3] !== m[5]) return [name];
  return [`${m[1]}${m[2]}${m[6]}`, `${m[1]}${m[4]}${m[6]}`];
}

/** 某某集团投资15亿元,建设年产5万吨…项目: the company and the amount of one clause go to the project the next builds. */
function investorOf(previous: Span | undefined, c: Span): { enterprise: string; yuan: number | null } | null {
  if (!previous || !/^(?:投资)?(?:建设|新建|兴建|打造|实施)/.test(c.text)) return null;
  const m = INVESTOR_CLAUSE.exec(previous.text);
  if (!m) return null;
  return { enterprise: m[1]!, yuan: m[2] ? toQuantity(Number(m[2]), m[3] ?? '', '元')?.value ?? null : null };
}

/**
 * Trade endings only companies take (…水泥, …药业, …煤业): two to four characters before one
 * open a company's brand (not after a word of kind: 绿色食品…). Endings that also name an
 * industry or a kind of work (新能源, 电子, 纺织, 旅游) are left out: 长兴新能源汽车产业园 names no company.
 */
const COMPANY_BRAND = new RegExp(`^((?!${PRODUCT_KINDS})[\\u4e00-\\u9fa5]{2,4}?(?:水泥|药业|煤业|鸭业|禽业|瓷业|纸业|酒业|茶业|乳业|果业|木业|鞋业|服饰|矿业|锂业|铝业|铜业|钨业|牧业|米业|电气|电力|微电子|重工|钢铁|置业|实业|高科|焦化|食品|股份|集团))(?=[\\u4e00-\\u9fa5\\d])`);

/**
 * Endings an industry shares (新能源, 科技, 电子) open a company's brand when a capacity follows
 * at once (天溪新能源年产10GW光伏组件项目, 某某电子5亿只…): an industry's park names no output.
 */
const CAPACITY_BRAND = new RegExp(`^((?!${PRODUCT_KINDS})[\\u4e00-\\u9fa5]{2,4}?(?:新能源|新材料|新材|材料|科技|电子|光电|化工|能源|智能|机械|生物|制药|医药|纺织|汽车|电池|环保|精工|智造|粮油|生化|油脂))(?=(?:新建|扩建)?(?:年产|年加工|年屠宰|年处理)|\\d|[A-Za-z])`);

/**
 * …科技 opens a company's brand when what it builds is made goods (楚天科技智能装备产业园, 捷泰科技电池片
 * 项目); a science park (光谷科技产业园) or a field of science (农业科技示范园) is no company.
 */
/**
 * …能源 opens a company's brand before what it makes of energy (宝丰能源绿氢项目, 某某能源储能电站);
 * a kind of energy (清洁能源, 可再生能源) is no company.
 */
const ENERGY_BRAND = /^((?![\u4e00-\u9fa5]{0,2}(?:清洁|可再生|绿色|新型|综合|分布式|传统|化石|太阳|生物质|光伏|风电|风光|地热|智慧|低碳|零碳|农村|城乡|县域)(?:新)?能源)[\u4e00-\u9fa5]{2,4}?能源)(?=绿氢|制氢|氢能|光伏|风电|储能|煤制|电池|化工|焦化|甲醇|烯烃|硅)/;
const SCIENCE_BRAND = /^((?!(?:农业|信息|生物|高新|数字|智慧|现代|绿色|文化|网络|智能|电子|能源|海洋|医疗|教育|金融|创新|健康|城市|乡村|林业|水利|航天|航空)科技)[\u4e00-\u9fa5]{2,4}?科技)(?=[^园城馆楼]*?(?:装备|设备|电池|芯片|材料|组件|零部件|生产线|器件|模组|传感器|机器人|半导体|元件|面板))/;

/**
 * The brand of a company's trade opening a name (华润水泥…), after the county's name where the
 * report puts it first (松阳县鸿彩鞋业…); not a place with a trade (容县水泥…).
 */
function companyBrand(name: string, places: string[]): string | null {
  const place = places.find((p) => p.length >= 2 && name.startsWith(p) && name.length - p.length >= 4);
  const rest = place ? name.slice(place.length) : name;
  const brand = COMPANY_BRAND.exec(rest) ?? CAPACITY_BRAND.exec(rest) ?? SCIENCE_BRAND.exec(rest) ?? ENERGY_BRAND.exec(rest) ?? LATIN_BRAND.exec(rest);
  return brand && !places.some((p) => brand[1]!.startsWith(p)) && !/[省市县区镇乡村]$/.test(brand[1]!.slice(0, -2)) ? brand[1]! : null;
}

/** LG化学年产10万吨…项目, TCL中环50GW…项目: a brand opening with Latin capitals, before what it makes. */
const LATIN_BRAND = new RegExp(`^((?!${LATIN_MEASURES})[A-Z]{2,6}[\\u4e00-\\u9fa5]{1,4}?)(?=(?:新建|扩建)?(?:年产|年加工)|\\d)`);

/** A company's trade word closing its brand (宝丰能源, 新天绿色能源, 中电建新能源). */
const BRAND_TRADE_END = /(?:能源|材料|新材|科技|电子|光电|化工|电力|智能|机械|精工|重工|生物|制药|医药|纺织|汽车|电池|环保|水泥|矿业|钢铁|实业|控股|集团|股份)$/;

/**
 * 宁夏宝丰能源定边光伏制氢项目, 新天绿色能源乐亭海上风电项目: a brand of a company's trade before the
 * county's name inside a project's name builds there (its province no part of the brand).
 */
function brandBeforePlace(name: string, places: string[]): string | null {
  for (const p of places) {
    const at = p.length >= 2 ? name.indexOf(p, 3) : -1;
    if (at < 0) continue;
    const word = name.slice(provinceOpening(name), at);
    if (word.length >= 3 && word.length <= 10 && BRAND_TRADE_END.test(word) && !/[省市县区旗镇乡村]/.test(word) && !vocabulary().notBrands.includes(word)) return word;
  }
  return null;
}

/** A company's own word: 安徽沃联科技有限公司, 沃联科技(安徽)有限公司 → 沃联; none when its name holds no trade word. */
const STEM_TRADE = /^([\u4e00-\u9fa5]{2,3}?)(?:科技|新能源|新材料|实业|控股|发展|投资|电子|智能|智造|能源|材料|生物|医药|制药|汽车|机械|光电|电气|环保|食品|农业)/;

function companyStem(company: string): string | null {
  const core = company.replace(/[(（][^)）]*[)）]/g, '').replace(/(?:股份有限公司|有限责任公司|集团有限公司|有限公司|集团|股份|公司)$/, '');
  if (core.length === company.length) return null;
  return STEM_TRADE.exec(core.slice(provinceOpening(core)))?.[1] ?? null;
}

/** 蔺鑫170万吨焦化项目 → 蔺鑫; 安能赣锋碳酸锂一期项目 → the enterprises the report names inside it. */
function brandsIn(name: string, known: string[], places: string[] = []): string[] {
  const found = known.filter((e) => e.length >= 2 && name.includes(e.replace(/(股份有限公司|有限责任公司|有限公司|集团|股份|公司)$/, '')));
  // 河南某某集团汝州水泥有限公司…项目: the subsidiary named whole, not also its parent inside its name.
  if (found.length) return found.filter((e) => !found.some((o) => o !== e && o.includes(e)));
  // 陕西有色凤县铅锌矿技改项目 after 陕西有色金属控股集团有限公司: the leading words of a company the
  // report names in full, beyond its province, abbreviate it.
  const abbreviated = known.filter((e) => {
    if (!/有限公司|有限责任公司|集团/.test(e)) return false;
    let k = 0;
    while (k < e.length && k < name.length && e[k] === name[k]) k++;
    const province = provinceOpening(e);
    return k >= 4 && k - province >= 2;
  });
  if (abbreviated.length === 1) return abbreviated;
  // 沃联新能源汽车零部件产业园项目 after 沃联科技(安徽)有限公司: the company's own word (its name
  // without place, bracket, trade and ending) opening the project's name, or after the county's.
  const rest = places.reduce((n, p) => (p.length >= 2 && n.startsWith(p) ? n.slice(p.length) : n), name);
  const stemmed = known.filter((e) => {
    const stem = companyStem(e);
    return stem !== null && rest.startsWith(stem) && !places.some((p) => p.startsWith(stem) || stem.startsWith(p));
  });
  if (stemmed.length === 1) return stemmed;
  // 华润水泥二期扩建项目, 金穗食品饲料加工项目: a name opening with a brand of a company's trade.
  const brand = companyBrand(name, places) ?? brandBeforePlace(name, places);
  if (brand) return [brand];
  // 华能尉氏200兆瓦风电项目, 中石化…绿氢示范项目: a large group's short name opening the name
  // (after a longer brand of its trade: 华润水泥).
  // Groups whose names are also ordinary words or places (东风路, 海螺沟) count only before a figure or the county's name.
  const { names: groups, commonWords } = groupNames();
  // (长沙比亚迪电池二期: the prefecture's name before the group is where it builds.)
  // (宁德时代…: a group whose name opens with the prefecture's is that group.)
  const groupAt = (opening: number) => groups.find((g) => name.startsWith(g, opening) && (!commonWords.includes(g) || /^\d/.test(name.slice(opening + g.length)) || places.some((p) => p.length >= 2 && name.startsWith(p, opening + g.length))));
  const prefectureLength = countyPrefecture.find((p) => name.startsWith(p) && name.length > p.length + 2)?.length ?? 0;
  const group = groupAt(0) ?? (prefectureLength ? groupAt(prefectureLength) : undefined);
  if (group) return [group];
  const beforeNumber = /^([\u4e00-\u9fa5]{2,4}?)\d/.exec(name);
  // 岚县年产60万吨…: a place before the figure's verb is where it is built.
  const measure = /(?:年产|日产|月产|新增|建设|新建|年处理|年加工)$/;
  if (!beforeNumber || measure.test(beforeNumber[1]!) && (beforeNumber[1]!.length <= 3 || /[省市县区镇乡村旗]/.test(beforeNumber[1]!))) return [];
  // 国道318线, 石门县2024年…: a road or a place before the number, not a brand.
  // 某某尉氏50兆瓦…: the county's name after a brand is where it builds, not part of the brand.
  // 海螺二期4500吨/日…: a phase after the brand is the works', not the company's.
  const word = places.reduce((w, p) => (p.length >= 2 && w.endsWith(p) && w.length - p.length >= 2 ? w.slice(0, -p.length) : w), beforeNumber[1]!.replace(/(?<=^[\u4e00-\u9fa5]{2,})[一二三四五六七八九十]期$/, ''));
  // 平果200兆瓦…: the county's own short name before the figure is where, not who.
  // (阿旗200万千瓦…: a banner's short name too.)
  return vocabulary().notBrands.includes(word) || places.includes(word) || /[省市县区旗镇乡村]$/.test(word) ? [] : [word];
}

/**
 * 河南卢氏县华盛食用菌有限公司投资…建设的: the builder read after a place (华盛食用菌有限公司) is the
 * company the report names in full, so that the project and the enterprise are one node.
 */
function registeredAs(builder: string, known: string[]): string {
  return known.filter((k) => k.length > builder.length && k.endsWith(builder)).sort((a, b) => a.length - b.length)[0] ?? builder;
}

/** What a company the report names (by any of its names) invests in, built as the name that follows. */
const INVESTS_BEFORE = new RegExp(`([\\u4e00-\\u9fa5A-Za-z]{2,16}?)${INVESTS_IN}`);

/** 鳖宝生物投资1.5亿元建设的甲鱼深加工产业园: a company the report names, by a short name too, builds what it invests in. */
function builderBefore(clause: string, name: string, names: string[]): string | null {
  const at = clause.indexOf(name);
  const m = at > 0 ? INVESTS_BEFORE.exec(clause.slice(Math.max(0, at - 40), at)) : null;
  if (!m) return null;
  return names.filter((n) => n.length >= 2 && m[1]!.endsWith(n)).sort((a, b) => b.length - a.length)[0] ?? null;
}

/** 深圳市某某科技有限公司与我县签订…: a company signing with the county, named first. */
const COMPANY_SIGNS_WITH_COUNTY = /([\u4e00-\u9fa5()（）]{2,30}?(?:有限公司|有限责任公司|股份|公司|集团))与(?:我县|我市|我区|我旗|该县|该市|县政府|县人民政府|[\u4e00-\u9fa5]{1,8}?[县市区旗](?:人民政府|政府)?)(?:正式)?(?:签订|签署|签约)(?:了)?$/;

/** 某县与华润电力签订…项目合作协议: the company the county signs with builds what is signed. */
function signingParty(prefix: string): [string, string] | null {
  // (X公司与我县签订…: the company named first, the county the other party.)
  const m = COMPANY_SIGNS_WITH_COUNTY.exec(prefix.trim()) ?? /与([\u4e00-\u9fa5()（）]{2,24}?)(?:正式)?(?:签订|签署|签约)(?:了)?$/.exec(prefix.trim());
  if (!m) return null;
  const party = m[1]!;
  const company = /(?:有限公司|有限责任公司|股份|公司|集团)$/.test(party) || groupNames().names.includes(party);
  return company ? [m[0], party] : null;
}

const PROGRAMME_COUNT = /(集中开工|新开工|开工|集中签约|签约|集中竣工|竣工|投产)(?:重点|重大|产业|亿元以上)*项目(?:共)?(?:[\d]+|[一二三四五六七八九十两]+)个/;
const PROGRAMME_STATUS: Record<string, ProjectStatus> = { 开工: 'started', 签约: 'signed', 竣工: 'completed', 投产: 'in_production' };
/** 重大项目集中签约仪式, 重点项目集中开工活动: a page about one event of a stage. */
// (…重大项目集中开工: a headline may end with the event itself.)
const EVENT_TITLE = /(签约)|(开工)(?:仪式|活动|大会|现场会|暨|$)|集中(开工)/;
/** 本次开工的项目中,总投资25亿元的X项目…: a sentence about the projects of an event names them at its stage. */
const AMONG_THE_STAGED = /^(?:在)?(?:本次|此次|这次|今天|当天|当日|今日)?(?:集中)?(开工|签约|竣工|投产)(?:的)?(?:重点|重大|产业|亿元以上)*项目(?:中|里|当中)[,，]/;

/** 项目总投资4.8亿元: a sentence opening with the total of the project named on the line before. */
const NEXT_TOTAL = new RegExp(`^(?:${THE_PROJECT}${TOTAL_WORDS}|${TOTAL_WORDS}(?=[,，;；。]|$))`);
/** 该项目由X有限公司投资9.6亿元建设: a sentence opening with who builds the project named on the line before, and with how much. */
const NEXT_BUILT = new RegExp(`^${THE_PROJECT}(?:已|将)?${COMPANY.replace('(?:是由|由)?', '由')}(?:负责)?(?:投资|出资)${ABOUT}?\\s*([\\d.]+)\\s*(亿|万)元`);

/** 三、沁源县生活垃圾焚烧发电项目。: a line that is nothing but a specific project's name. */
function headingProject(s: Span, places: string[]): string | null {
  const text = s.text.replace(/[。.]$/, '');
  if (/[,，;；:：]/.test(text)) return null;
  const name = cleanName(text);
  // (侗锦文创产业园(二期): any head of a project, its phase after it.)
  const headed = vocabulary().headRe.test(name.replace(/[(（]?[一二三四五六]期[)）]?$/, ''));
  // (The sentence after gives its total or its builder: as sure a sign of one undertaking as a status.)
  return name.length >= 4 && name.length <= 40 && headed && isSpecific(name, true, places) ? name : null;
}

/** 湖南梧岭纸业有限公司 and the brand 梧岭纸业 in the project's name: one company, under its longest name (names only; the enterprise rules' oneNamePerCompany merges whole facts). */
function withoutContainedNames(names: string[]): string[] {
  const unique = [...new Set(names)];
  return unique.filter((n) => !unique.some((other) => other !== n && other.includes(n)));
}

/** Projects: named undertakings with their own status, investment, capacity, industry and enterprises. */
export function extractProjects(doc: ReportDoc): Project[] {
  const dating = dateSentences(doc.sentences, doc.text, doc.years, doc.meta.title, doc.meta.publishedAt ? Number(doc.meta.publishedAt.slice(0, 4)) : null);
  const known = doc.enterprises.map((e) => e.name);
  // 鳖宝生物投资1.5亿元建设的… after …有限公司(以下简称“鳖宝生物”): the short name is the company.
  const shortNames = declaredShortNames(doc.text);
  const registered = (e: string) => registeredAs(shortNames.get(e) ?? e, known);
  const industries = doc.industries.map((i) => i.name);
  const places = doc.county ? [doc.county.name, doc.county.shortName, ...doc.county.aliases] : [];
  countyTowns = doc.county ? townShortNames(doc.county.code) : [];
  countyPrefecture = doc.county?.prefecture ? [doc.county.prefecture, prefectureShort(doc.county.prefecture)].filter((p) => p.length >= 2) : [];
  // A page about a signing (…重大项目集中签约仪式) or a groundbreaking (…重点项目集中开工活动) tells of
  // projects signed or started there: that is their status unless a sentence says more.
  const event = EVENT_TITLE.exec(doc.meta.title ?? '');
  const stage = event ? (event[1] ?? event[2] ?? event[3]!) : null;
  const eventStatus = stage && !(stage === '签约' ? /开工|竣工|投产/ : /签约|竣工|投产/).test(doc.meta.title ?? '') ? PROGRAMME_STATUS[stage]! : null;
  const out: Project[] = [];
  // 此次集中开工项目15个…。其中,总投资18亿元的X项目…: the projects of a counted programme, named
  // in the sentence after it, share its status and its year unless they say their own.
  let programme: { status: ProjectStatus; year: number | null; index: number } | null = null;
  // The projects of the sentence before (在X项目现场,…。该项目总投资28亿元,…: the next sentence
  // totals the one project it names).
  let previous: { from: number; to: number } = { from: 0, to: 0 };
  doc.sentences.forEach((s, si) => {
    const totalled = THIS_PROJECT_TOTAL.exec(s.text);
    if (totalled && previous.to - previous.from === 1 && out[previous.from]!.investmentYuan === null) {
      out[previous.from]!.investmentYuan = toQuantity(Number(totalled[1]), totalled[2]!, '元')?.value ?? null;
    }
    // (…项目落户泰和。该项目已于10月开工建设: the sentence opening on the one project the sentence
    // before named tells how far it has come.)
    if (previous.to - previous.from === 1 && THE_PROJECT_OPENING.test(s.text)) {
      const one = out[previous.from]!;
      // (…项目开工仪式在某镇举行。该项目由X有限公司投资建设: who builds the one project named before.)
      const builder = BUILT_BY.exec(s.text);
      if (builder && !one.enterprises.includes(builder[1]!)) one.enterprises = [...one.enterprises, builder[1]!];
      for (const c of clausesOutsideQuotes(s)) {
        const stage = clauseStatus(c.text);
        if (stage && (!one.status || STAGE_ORDER.indexOf(stage) > STAGE_ORDER.indexOf(one.status))) one.status = stage;
      }
    }
    const from = out.length;
    const counted = s.text.includes('项目') ? PROGRAMME_COUNT.exec(s.text) : null;
    const among = AMONG_THE_STAGED.exec(s.text);
    const inherited = programme && programme.index === si - 1 && /^其中/.test(s.text) ? programme : among ? { status: PROGRAMME_STATUS[among[1]!]!, year: dating[si]!.year, index: si } : null;
    programme = counted ? { status: PROGRAMME_STATUS[counted[1]!.slice(-2)] ?? 'started', year: dating[si]!.year, index: si } : null;
    // A sentence that counts its projects (分别是A、B、C) names them once; otherwise clause by clause.
    const candidates = fromEnumeration(s, inherited !== null);
    const clauses = candidates.length ? [] : clausesOutsideQuotes(s);
    clauses.forEach((c, ci) => {
      const next = clauses[ci + 1];
      const list = fromList(c, next, inherited?.status ?? null);
      const found = list.length ? list : fromClause(c, next, places);
      const investor = found.length === 1 ? investorOf(clauses[ci - 1], c) : null;
      if (investor) {
        found[0]!.enterprises = [...new Set([investor.enterprise, ...found[0]!.enterprises])];
        found[0]!.investmentYuan ??= investor.yuan;
      }
      candidates.push(...found);
    });
    // 三、X项目。/ 项目总投资4.8亿元,…: a line that is a project's name, its total opening the sentence after.
    // (总投资20亿元,建设年产3GWh储能电池生产线,已于6月开工建设: what the sentence goes on to
    // name is the heading's project, its status the heading's.)
    // (该项目由X公司投资9.6亿元建设,目前已完成全部组件安装: its builder, its amount and where it stands.)
    const total = si > 0 ? NEXT_TOTAL.exec(s.text) : null;
    const built = si > 0 && !total ? NEXT_BUILT.exec(s.text) : null;
    const heading = total || built ? headingProject(doc.sentences[si - 1]!, places) : null;
    if (heading) {
      const status = candidates.find((c) => c.status !== null)?.status ?? clauses.map((c) => clauseStatus(c.text)).find((x) => x !== null) ?? null;
      const yuan = total ? toQuantity(Number(total[1] ?? total[3]), (total[2] ?? total[4])!, '元') : toQuantity(Number(built![2]), built![3]!, '元');
      candidates.length = 0;
      candidates.push({ name: heading, status, investmentYuan: yuan?.value ?? null, enterprises: built ? [built[1]!] : [], span: clauses[0] ?? s });
    }
    // 天泽光伏…项目一期建成投产,二期正在加紧建设: a later phase in a clause of its own is the same
    // undertaking's next phase, a project of its own.
    for (const c of clauses) {
      const phase = NEXT_PHASE.exec(c.text);
      const before = phase ? candidates.filter((x) => x.span.start < c.start && PHASED.test(x.name)).pop() : undefined;
      if (!phase || !before) continue;
      const name = before.name.replace(PHASED, (_, open: string, close: string) => `${open}${phase[1]}期${close}`);
      const status = clauseStatus(phase[2]!);
      if (name !== before.name && status) candidates.push({ name, status, investmentYuan: null, enterprises: [...before.enterprises], span: c });
    }
    // 瑞安市总投资50亿元的新材料产业园开工 in a report on another county: that county's works, not
    // this one's (瑞金市至兴国县高速公路 names a road between places, and a county the user gave wins).
    if (doc.countyConfidence !== 'given') {
      for (let k = candidates.length - 1; k >= 0; k--) if (otherCountyOpening(candidates[k]!.span.text, doc.county)) candidates.splice(k, 1);
    }
    // One project in the sentence: a clause after it of its builder or of its total alone is about it
    // (the third clause at most; a total after a list is the list's).
    if (candidates.length === 1 && clauses.length) {
      const one = candidates[0]!;
      const at = clauses.findIndex((c) => c.start === one.span.start);
      for (const c of at < 0 ? [] : clauses.slice(at + 1, at + 4)) {
        // (…项目集中开工,共开工项目28个,总投资86亿元: after a count of projects, the figures are the batch's.)
        if (PROJECTS_COUNTED.test(c.text)) break;
        const builder = BUILT_BY.exec(c.text);
        if (builder) one.enterprises = [...new Set([...one.enterprises, builder[1]!])];
        const total = one.investmentYuan === null ? TOTAL_CLAUSE.exec(c.text) : null;
        if (total) one.investmentYuan = toQuantity(Number(total[1]), total[2]!, '元')?.value ?? null;
        // …项目,计划总投资30亿元,年内开工建设: its status, or the one it is to reach, in a clause of its own.
        one.status ??= clauseStatus(c.text);
      }
    }
    // A sentence of the year planned (2024年重点工作: 推动X建成投产) tells what a project is to
    // reach, not where it stands; a date with its month (2024年1月,X建成投产) is an event.
    const { reviewYear, planYear } = doc.years;
    const ofPlan = dating[si]!.planned && planYear !== null && planYear !== reviewYear && dating[si]!.year === planYear && !/\d{1,2}月/.test(s.text.slice(0, 16));
    for (const cand of candidates) {
      if (ofPlan) cand.status = intended(cand.status);
      const shared = inherited && cand.status === null;
      if (shared) cand.status = inherited.status;
      if (!cand.enterprises.length) {
        const builder = builderBefore(cand.span.text, cand.name, [...known, ...shortNames.keys()]);
        if (builder) cand.enterprises.push(builder);
      }
      // 在江西国泰锂业有限公司的厂区内,年产5万吨…项目正在进行设备调试: works on a company's own grounds are its.
      const grounds = cand.enterprises.length ? null : ON_GROUNDS.exec(s.text);
      if (grounds && !cand.name.includes(grounds[1]!)) cand.enterprises.push(grounds[1]!);
      if (cand.byAntecedent) {
        const named = antecedent(doc.enterprises, cand.span.start);
        if (named) cand.enterprises.push(named);
      }
      out.push({
        name: cand.name,
        investmentYuan: cand.investmentYuan,
        annualInvestmentYuan: cand.annualInvestmentYuan ?? null,
        status: cand.status ?? eventStatus,
        capacity: CAPACITY.exec(cand.name)?.[1] ?? null,
        industry: industryOfText(cand.name, industries) ?? (publicWork(cand.name) ? null : dominantIndustry(paragraphOf(doc, s), s.text, industries)),
        enterprises: withoutContainedNames([...cand.enterprises.map(registered), ...brandsIn(cand.name, known, places).map(registered)]).filter((e) => !withheldName(e)),
        year: shared ? inherited.year : dating[si]!.year,
        evidence: evidence(s),
      });
    }
    previous = { from, to: out.length };
  });
  // 序号 | 项目名称 | 总投资(万元) | 建设性质: a table of projects gives one per row.
  const planTable = /计划|安排|谋划|储备/.test(doc.meta.title ?? '');
  for (const row of projectRows(doc)) {
    const year = dating[row.sentence]?.year ?? null;
    const ahead = planTable || (doc.years.planYear !== null && doc.years.planYear !== doc.years.reviewYear && year === doc.years.planYear);
    const owner = row.owner && OWNER_COMPANY.test(row.owner) ? [row.owner] : [];
    out.push({
      name: row.name,
      investmentYuan: row.totalYuan,
      annualInvestmentYuan: row.annualYuan,
      // (…集中签约活动签约项目一览表: a table of the event's projects, at its stage unless a row says more.)
      status: (row.progress ? clauseStatus(row.progress) ?? percentDone(row.progress) : null) ?? natureStatus(row.nature, ahead) ?? eventStatus,
      capacity: CAPACITY.exec(row.name)?.[1] ?? null,
      industry: industryOfText(row.name, industries) ?? tradeCell(row.nature),
      enterprises: withoutContainedNames([...owner, ...brandsIn(row.name, known, places)].map(registered)).filter((e) => !withheldName(e)),
      year,
      evidence: evidence(row.span),
    });
  }
  return merge(out);
}

// (在位于瑞昌经济开发区的X有限公司,年产20万吨…项目正在加紧建设: at the company, the clause after names its works.)
const ON_GROUNDS = /^(?:[^,，;；。]{0,8}[,，])?(?:记者)?(?:在|走进|来到)(?:位于[^,，;；。的]{2,16}的)?([\u4e00-\u9fa5()（）]{2,30}?(?:有限公司|有限责任公司|集团|股份))(?:的?(?:厂区|车间|生产车间|生产线|厂房|生产基地|项目现场|施工现场)|[,，])/;

/** 该项目, 此工程 opening a sentence: the one project the sentence before named. */
const THE_PROJECT_OPENING = /^(?:该|这个|此|这一)(?:项目|工程)/;
// (该项目由X公司投资建设,总投资15亿元: who builds it may come first.)
const THIS_PROJECT_TOTAL = new RegExp(`${THE_PROJECT_OPENING.source}(?:由[^。;；]{2,30}?(?:投资)?(?:建设|兴建)[,，])?${TOTAL_WORDS}`);

/**
 * 项目类别 | 新能源: a table's category cell that names a trade the vocabulary knows (新能源, 文化旅游 →
 * 文旅) ties the row's project to it; a kind of works (基础设施, 民生) or a nature (续建) does not.
 */
function tradeCell(cell: string | null): string | null {
  if (!cell) return null;
  const name = canonicalIndustry(cell.replace(/^(?:现代|传统)(?=[\u4e00-\u9fa5]{2})/, ''));
  const v = industryVocabulary();
  return name in v.synonyms || Object.values(v.aliases).includes(name) ? name : null;
}

/** 完成60%, 形象进度80%: a progress cell that gives the share of the works done. */
function percentDone(progress: string): ProjectStatus | null {
  const m = /^(?:已|累计)?(?:完成|形象进度|完成工程量|完成总工程量)?(?:的)?\s*(\d{1,3}(?:\.\d+)?)\s*%$/.exec(progress.trim());
  if (!m) return null;
  const share = Number(m[1]);
  return share >= 100 ? 'completed' : share > 0 ? 'under_construction' : null;
}

/** A company as a table's owner (鼎盛食品有限公司), not an office (县水利局, 县经开区管委会). */
const OWNER_COMPANY = /(?:公司|集团|股份|企业|合作社)$/;

/**
 * A table's 建设性质, where its progress column says nothing: 续建 is under way; 新建 is to start in a plan (计划表) and started in a review;
 * 竣工 is done; 前期 and 储备 are planned.
 */
function natureStatus(nature: string | null, ahead: boolean): ProjectStatus | null {
  if (!nature) return null;
  if (/续建|在建/.test(nature)) return 'under_construction';
  if (/新建|新开工|新开/.test(nature)) return ahead ? 'planned' : 'started';
  if (/竣工|建成|完工/.test(nature)) return 'completed';
  if (/投产/.test(nature)) return 'in_production';
  if (/前期|储备|预备|谋划|拟建/.test(nature)) return 'planned';
  return null;
}

function paragraphOf(doc: ReportDoc, s: Span): string {
  const start = doc.text.lastIndexOf('\n', s.start - 1) + 1;
  const end = doc.text.indexOf('\n', s.end);
  return doc.text.slice(start, end < 0 ? doc.text.length : end);
}

/** A hospital, a school, a road, a heating network: a public work serves everyone, not the paragraph's industry. */
function publicWork(name: string): boolean {
  return vocabulary().publicWorksRe.test(name);
}

/** The industry a paragraph is about: named at least twice in it, twice as often as all others together, and where it opens or in the project's sentence. */
function dominantIndustry(paragraph: string, sentence: string, industries: string[]): string | null {
  let best: string | null = null;
  let bestCount = 1;
  let total = 0;
  for (const name of industries) {
    const n = paragraph.split(name).length - 1;
    total += n;
    if (n > bestCount) {
      best = name;
      bestCount = n;
    }
  }
  // A paragraph that names several industries about as often (文旅康养、电动工具、保温杯三大产业,
  // 保温杯 once more) is about none of them alone; one that opens on another matter (产业发展蹄疾步稳。
  // 肉牛存栏…,成为全国肉牛养殖大县。…风电项目…) is about it only where the project's sentence names it.
  if (!best || bestCount <= 2 * (total - bestCount)) return null;
  return paragraph.split(/[。！？!?]/)[0]!.includes(best) || sentence.includes(best) ? best : null;
}

/** 包钢集团焦化 is 包钢集团土右旗200万吨焦化 named short: its characters in the same order. */
function isSubsequence(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length && short.slice(0, 2) === long.slice(0, 2);
}

const key = (name: string) => stripQuotes(name).replace(/(项目|工程)$/, '');

/** The same project named twice (碲化镉发电玻璃 / 中建材碲化镉发电玻璃项目) is one, with the details of both. */
function merge(list: Project[]): Project[] {
  const out: Project[] = [];
  for (const p of list) {
    const k = key(p.name);
    const same = out.find((q) => {
      const kq = key(q.name);
      // 兴业年产2万吨 and 兴业年产12万吨 are two plants: names with other figures are other projects.
      const figures = (x: string) => (x.match(/\d+(?:\.\d+)?/g) ?? []).join(',');
      if (figures(k) && figures(kq) && figures(k) !== figures(kq)) return false;
      return kq === k || (k.length >= 4 && kq.includes(k)) || (kq.length >= 4 && k.includes(kq)) || (k.length >= 5 && isSubsequence(k, kq)) || (kq.length >= 5 && isSubsequence(kq, k));
    });
    if (!same) {
      out.push(p);
      continue;
    }
    if (key(p.name).length > key(same.name).length) same.name = p.name;
    same.investmentYuan ??= p.investmentYuan;
    same.annualInvestmentYuan ??= p.annualInvestmentYuan;
    // (签约A…; A已开工建设: the furthest the report says the works have come.)
    if (p.status && (!same.status || STAGE_ORDER.indexOf(p.status) > STAGE_ORDER.indexOf(same.status))) same.status = p.status;
    same.capacity ??= p.capacity;
    same.industry ??= p.industry;
    same.enterprises = [...new Set([...same.enterprises, ...p.enterprises])];
  }
  return out;
}
