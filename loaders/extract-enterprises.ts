import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import type { Enterprise } from '../src/facts.ts';
import type { ReportDoc } from './doc.ts';
import { industryOfText, industryVocabulary } from './industry-keywords.ts';
import { loadGazetteer, provinceOpening, provinceShortNames, spokenName } from './gazetteer.ts';
import { parseNumber } from './numbers.ts';
import { clausesOutsideQuotes, evidence, type Span } from './segment.ts';
import { splitTopLevel, stripQuotes } from './text-lists.ts';
import { Trie } from './trie.ts';

interface EnterpriseVocabulary {
  suffixes: string[];
  brandSuffixes: string[];
  genericStems: string[];
  factVerbs: string[];
  listEndings: string[];
  tradeWords: string[];
  groups: string[];
  groupsCommonWords: string[];
  provincialGroupKinds: string[];
}

const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');

/**
 * 公司制改革, 集团化办学, 企业转型升级: a company suffix read as a form of organisation, not the
 * end of a name. What a company makes may follow its name with the same characters
 * (…有限公司制氢项目, …公司新型建材项目, …公司氧化铝项目, …公司化工园), so the form is known by
 * the word after it (化 right after the suffix is a form unless a chemical trade follows).
 */
const AS_A_FORM = `(?:化(?![工肥纤学妆成])|[\\u4e00-\\u9fa5]?(?:制(?:改革|改制|改造|企业|度)|化(?:运营|运作|管理|改造|改革|发展|经营|模式|方式|服务|建设|办学|转型)|型(?:升级|发展|企业|公司|基金|城市)|[制化型](?![\\u4e00-\\u9fa5])))`;

let vocab:
  | (EnterpriseVocabulary & { suffixRe: RegExp; brandRe: RegExp; factRe: RegExp; listReAll: RegExp; suffixEndRe: RegExp; brandStartRe: RegExp; subjectRe: RegExp; describedRe: RegExp; standingListRe: RegExp; tradeOnlyRe: RegExp; officerRe: RegExp; joinAfterNameRe: RegExp; parties: Trie<string> | null; groupsByLength: string[]; groupSet: Set<string> })
  | undefined;

function vocabulary() {
  if (vocab) return vocab;
  const read = JSON.parse(readFileSync(join(PROJECT_ROOT, 'loaders', 'vocab', 'enterprises.json'), 'utf8')) as EnterpriseVocabulary;
  const v = { ...read, groups: [...read.groups, ...provincialGroups(read.provincialGroupKinds)] };
  vocab = {
    ...v,
    suffixRe: new RegExp(`(?:${alt(v.suffixes)})(?!${AS_A_FORM})`, 'g'),
    brandRe: new RegExp(`^[\\u4e00-\\u9fa5]{2,5}(?:${alt(v.brandSuffixes)})$`),
    factRe: new RegExp(`^(?:${alt(v.factVerbs)})`),
    // …等企业, and A、B、C3家企业 (a count closing the list in place of 等).
    listReAll: new RegExp(`(?:等[\\d一二三四五六七八九十两]*(?:家|个)?|(?<=[\\u4e00-\\u9fa5])[\\d一二三四五六七八九十两]+家(?=企业|公司|上市公司|龙头企业))[“”"]?[^,，;；。]{0,8}?(?:${alt(v.listEndings)})(?!家|主|界|文化|精神|管理|负责人|职工|员工)`, 'g'),
    suffixEndRe: new RegExp(`(?:${alt(v.suffixes)})$`),
    brandStartRe: new RegExp(`^([\\u4e00-\\u9fa5]{2,5}(?:${alt(v.brandSuffixes)}))`),
    describedRe: new RegExp(`(?:${STANDING})([\\u4e00-\\u9fa5]{2,6}?)(?=${alt(v.factVerbs)})`),
    // (三美化工全年实现营业收入…: a time between the brand and its fact.)
    subjectRe: new RegExp(`^(?:[\\u4e00-\\u9fa5]{0,4}?[,，:：])?([\\u4e00-\\u9fa5]{2,5}(?:${alt(v.brandSuffixes)}))(?=(?:全年|今年|去年|当年|上半年|前三季度|年内)?(?:${alt(v.factVerbs)}))`),
    // 龙头企业骆驼九宇、寿仙谷药业…, 龙头企业A、B等: names listed after their standing.
    standingListRe: new RegExp(`(?:${STANDING})((?:[\\u4e00-\\u9fa5A-Za-z]{2,8}、){1,8})(?:([\\u4e00-\\u9fa5]{2,5}(?:${alt(v.brandSuffixes)}))|([\\u4e00-\\u9fa5A-Za-z]{2,8}?)等)`),
    tradeOnlyRe: new RegExp(`^(?:${alt([...v.brandSuffixes, ...v.tradeWords])})+$`),
    // “…”浏阳河酒业负责人说: a brand with an officer of its own is a company (its start at a clause's edge).
    officerRe: new RegExp(`(?<![\\u4e00-\\u9fa5])([\\u4e00-\\u9fa5]{2,5}(?:${alt(v.brandSuffixes)}))(?:的)?(?=董事长|总经理|副总经理|相关负责人|负责人|厂长|创始人|总裁|副总裁)`, 'g'),
    // 和/与/及 join two names only after a complete one (A有限公司和B集团); inside a brand (盛和) they do not.
    joinAfterNameRe: new RegExp(`(?<=(?:${alt(v.suffixes)}))(?:和|与|及)`),
    parties: partyTrie(v),
    groupsByLength: [...v.groups].sort((a, b) => b.length - a.length),
    groupSet: new Set(v.groups),
  };
  return vocab;
}

/** 宁夏电投, 四川交投: a province's name (two characters or more) before a kind of state-owned group. */
function provincialGroups(kinds: string[]): string[] {
  return loadGazetteer().provinces.flatMap((p) => kinds.map((k) => `${p.short}${k}`));
}

/**
 * A large group named as a party (与中国电建、国家电投签订…, 引进比亚迪…): after the start of
 * a clause, a conjunction or a verb that brings a partner in, and before a list mark, a
 * conjunction or the verb of what it does. Followed by more name (中国石化销售公司) it is
 * part of a registered name, read by the suffix; inside a project's name (中石化…示范项目)
 * it is the project's, not a company the text presents on its own. The names are found by a
 * trie (one pass over the clause), the words around them checked after.
 */
const PARTY_BEFORE = /(?:^|[、,，与同和及由]|引进|携手|联合|依托|对接|邀请|吸引|推动|促成)$/;
const PARTY_AFTER = /^(?:[、,，;；。和与及等]|在|于|将|已|签|合作|投资|落户|入驻|携手|共建|参与|牵头|控股|收购|战略|$)/;

function partyTrie(v: EnterpriseVocabulary): Trie<string> | null {
  const names = v.groups.filter((g) => !v.groupsCommonWords.includes(g));
  if (!names.length) return null;
  const trie = new Trie<string>();
  for (const n of names) trie.add(n, n);
  return trie;
}

function partiesIn(text: string, trie: Trie<string>): string[] {
  return trie
    .scan(text)
    .filter((m) => PARTY_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start)) && PARTY_AFTER.test(text.slice(m.end, m.end + 2)))
    .map((m) => m.word);
}

let broughtIn: RegExp | undefined;
const broughtInRe = () => (broughtIn ??= new RegExp(`(?:引进|招引|引来|吸引)(${provinceShortNames()})([\\u4e00-\\u9fa5]{2,3}?)(?=发展|投资|建设|落户|入驻|来|在|[、,，等])`, 'g'));

export const LEGAL_TAIL = /^[)）]?(?:有限公司|有限责任公司|股份有限公司|集团有限公司|集团公司|公司)/;

/** …有限公司山西分公司: a branch named after its parent (…集团的全资子公司 is another company). */
const BRANCH_TAIL = /^(?:(?!的)[\u4e00-\u9fa5]){0,8}?(?:分公司|分厂|事业部|办事处)/;
/** X有限公司(以下简称“Y”) / (简称Y): the short name a report gives a company. */
const DECLARED_SHORT_NAME = /([\u4e00-\u9fa5()]{4,40}?(?:有限公司|有限责任公司|集团|股份))[(（](?:以下)?简称[“"]?([\u4e00-\u9fa5A-Za-z]{2,12})[”"]?[)）]/g;

/** Words that lead into a name but are not part of it (与金荣集团签订 → 金荣集团). */
// (一是X入选…, 二是Y年产值…: the count of a report's points in words.)
const LEAD = /^(?:[一二三四五六七八九十]{1,2}是(?=[\u4e00-\u9fa5]{2})|[\d]{4}年|去年|今年|前年|当年|上年|近年来|力争|确保|争取|计划|预计|力促|促成|组织|动员|邀请|带领|积极|全力|着力|吸引了|吸引|引来|其中|同时|目前|此外|帮助|支持|做强做优|做大做强|做强|做大|做优|做精|壮大|推动|推进|引导|鼓励|培育|引进|招引|成功引进|成功申报|申报|加快|加快推进|依托|联合|携手|协调|督促|指导|服务|扶持|新增|新引进|新签约|新签|新落地|落地|新开工|开工|包括|以及|例如|比如|诸如|落户|入驻|签约|签订|组建|成立|注册|整合|关闭|处置|淘汰|建成投产|建成投用|建成投运|竣工投产|投产|投运|建成|投资|完成|实现|累计|全年|年内|已|该县|全县|我县|县内|人民政府|政府|县|市|本地|当地|园区|开发区)+/;

/** Where a company name starts inside the run of characters before its suffix. */
const NAME_BREAK = /([、和与及,，]|(?:总部位于|位于|地处|来自)[\u4e00-\u9fa5]{1,10}?的|设在|设于|引进|推动|支持|帮助|培育|鼓励|组织|动员|邀请|带领|联合|依托|签约|落户|入驻|建成|成立|组建|集聚|聚集|汇聚|拥有|涌现|产业|行业|是|旗下|占|吸引了|吸引|引来|(?:项目|工程)(?:由|为)|(?:亿|万)?元的|来到|走进|走访|深入|前往|调研|考察|察看|参观)/;
/**
 * What a report says of a company before its name (德国某某集团, 世界500强企业某某集团,
 * 大型药企某某医药): its home country and its standing are not part of the name.
 */
/** Words of a company's standing in the county (龙头企业, 链主企业, 上市公司). */
const STANDING = '龙头企业|骨干企业|重点企业|链主企业|领军企业|标杆企业|上市公司|规上企业';
const DESCRIPTOR = new RegExp(`^(?:(?:世界|中国|全国|国际)?(?:500|五百)强(?:企业)?|国际知名(?:企业)?|知名(?:企业)?|大型(?:药企|企业|民企|国企)?|央企|国企|民企|(?:农业产业化|农业|工业|林业|县域|县级|市级|省级|国家级)?(?:${STANDING})|泰国|新加坡|美国|日本|韩国|德国|法国|英国|意大利|荷兰|瑞士|瑞典|丹麦|加拿大|澳大利亚|以色列|马来西亚|印尼|越南|香港|澳门|台湾)+(?=[\\u4e00-\\u9fa5]{2})`);
/**
 * Brands ranked or titled as companies: X合金成为全县首家税收过亿元工业企业,
 * A、B进入全市制造业亩均税收前30强.
 */
const RANKED_BRANDS = /^((?:[\u4e00-\u9fa5]{2,6}、)*[\u4e00-\u9fa5]{2,6}?)(?:成功|先后|再次|均|已)?(?:成为|进入|入选|入围|跻身|获评|荣获|被评为|被认定为)[^,，;；。]*?(?:企业|制造业|纳税|税收)/;
/** …水库建设完成: a facility under way, not a brand ending in 建设. */
const FACILITY = /水库|公路|道路|大道|工程|设施|小区|项目|大桥|隧道|管网/;
/** Subjects that are places, pronouns, adverbs or groups of trades (全县, 该市, 先后, 五金产业集群), not brands. */
const SETTLED = /^([\u4e00-\u9fa5]{2,4}?)(?:集团)?(?:于?\d{4}年|早在\d{4}年)?落户(?=多年|以来|至今|(?:我|本|该)[县市区旗]|[\u4e00-\u9fa5]{1,8}?(?:县|市|区|旗|园区|经开区|开发区|工业园))/;
/** 年加工50万吨大豆项目: a capacity that a project's name goes on from, with no break between. */
const PROJECT_CAPACITY_AFTER = /^(?:年产|年加工|年屠宰|年出栏|年处理|年生产)[^,，;；。、]{1,30}?(?:项目|工程|生产线)/;

const LATIN_SUBJECT = /(?:^|[、,，与和及由])([A-Z]{2,6}[\u4e00-\u9fa5]{1,4}?)(?=在[\u4e00-\u9fa5]{1,8}?(?:投资|建设|设立|建厂)|投资|出资|实现|落户|签约|入驻)/g;
/** GDP总量, PPP项目, AAA级景区: Latin capitals that open measures, models and grades, no company. */
export const LATIN_MEASURES = 'GDP|PPP|CPI|PMI|EOD|TOD|XOD|AAA|AI|IT|IP|VR|AR|5G|OTA|ESG|CEO';
const LATIN_NOT_COMPANY = new RegExp(`^(?:${LATIN_MEASURES})|(?:项目|模式|园区|资金|总量|产业|经济|平台|基金|债券|专项|级)$`);
const REGISTERED_HINT = /公司|集团|股份|实业|控股/;

/** Who else settles (人才落户, 项目落户, 户籍…): people, money and works, no company. */
const SETTLERS_NOT_COMPANIES = /人才|客商|商户|商家|市民|村民|能人|乡贤|侨商|老板|个体|游客|户籍|户口|项目|工程|企业|群众|居民|学生|家庭|人口|农民|资金|外资|总部|工厂|基地|新人|人员|专家|院士|博士|团队|机构|平台|中心|产业|链主/;
const NOT_A_BRAND = /县|市|区|镇|乡|村|园|我|全|该|这|它|其|先后|连续|多次|再次|首次|成功|已经|集群|产业|基地|行业/;
/** 纷纷, 相继, 带头: words of how companies act, where a name would stand after 龙头企业. */
const ADVERB_OPENING = /^(?:纷纷|不断|持续|积极|相继|陆续|均|都|也|还|正|共|合计|带头|率先|主动|共同|逐步|全部|大多|普遍|带动|引领|加快|加大|新增|增加|数量)/;
/** X制药是…集团的全资子公司: a brand said to be a company. */
const IS_COMPANY = /^([\u4e00-\u9fa5]{2,8}?)(?:是|系)[^,，;；。]{0,24}?(?:全资|控股)?(?:子公司|公司|企业|药企)(?:之一)?$/;

let tradeWords: Set<string> | undefined;

/** 茶叶, 电子信息, 新能源: a trade's name alone, where a list counts kinds of companies (培育茶叶、竹木等龙头企业12家). */
function tradeOnly(item: string): boolean {
  if (!tradeWords) {
    const iv = industryVocabulary();
    tradeWords = new Set([...Object.keys(iv.synonyms), ...Object.values(iv.synonyms).flat(), ...Object.keys(iv.aliases), ...Object.values(iv.aliases)].filter((w) => w.length >= 2));
  }
  return vocabulary().tradeOnlyRe.test(item) || tradeWords.has(item) || tradeWords.has(item.replace(/(?:产业|行业|加工|制造|种植|养殖)$/, ''));
}

/** What a business does (…加工, …制品, …种植), with no name of a company in it. */
const KIND_OF_BUSINESS = /(?:加工|制品|制造|生产|种植|养殖|销售|物流|仓储|电商|服务|配套|研发|上下游)$/;

/** 某某光伏在深交所主板上市, 某某股份成功登陆科创板: a company listed on an exchange or a board. */
const EXCHANGE = '(?:深交所|上交所|北交所|港交所|深圳证券交易所|上海证券交易所|北京证券交易所|香港联交所|香港交易所|纳斯达克|纽交所|创业板|科创板|新三板|主板|中小板)';
const LISTED_ON = new RegExp(`(?:^|[,，、]|其中|并|且)([\\u4e00-\\u9fa5]{2,8}?)(?:成功|正式|顺利)?(?:(?:在|于)${EXCHANGE}[\\u4e00-\\u9fa5]{0,6}?(?:上市|挂牌)|登陆${EXCHANGE})`);

/**
 * 三和蜜柚, 福建万和电气: a 和 after one character (a province's name before it aside), or
 * after a province's name alone (湖南和翔…), is part of the brand, not a conjunction (A和B joins
 * names of two characters or more).
 */
function inBrand(separator: string, before: string, after = ''): boolean {
  if (separator !== '和') return false;
  const province = provinceOpening(before);
  // (石阡县和记绿色产业开发有限公司: after a place alone, 和 opens the brand; A和B joins two names.)
  // (国网泰和县供电公司, 富士康(和田)…: 和 inside a county's name is no conjunction.)
  return before.length - province === 1 || (province > 0 && before.length === province) || /^[\u4e00-\u9fa5]{1,6}[县市区旗]$/.test(before.slice(province)) || placeWithHe(before, after);
}

/** 京东和顺丰, 梧岭与青岩: two names joined in a list's item (和 inside a brand or a place stays). */
// (A registered name is split after its suffix already: 福建万和茶业有限公司 keeps its 和.)
function splitJoined(item: string): string[] {
  const m = vocabulary().suffixEndRe.test(item) ? null : /^(.{2,12}?)(和|与|及)(.{2,12})$/.exec(item);
  return !m || inBrand(m[2]!, cleanEnterprise(m[1]!), m[3]!) ? [item] : [m[1]!, m[3]!];
}

let hePlaces: [string, string][] | undefined;

/** Whether 和 between `before` and `after` is inside a county's short name (泰和, 和田, 和林格尔). */
function placeWithHe(before: string, after: string): boolean {
  hePlaces ??= [...new Set(loadGazetteer().counties.map((c) => c.shortName).filter((n) => n.length >= 2 && n.includes('和')))].map((n) => [n.slice(0, n.indexOf('和')), n.slice(n.indexOf('和') + 1)]);
  // (A name opening with 和 must be followed by its kind or a bracket: 京东和顺丰 is two companies.)
  return hePlaces.some(([head, tail]) => before.endsWith(head) && after.startsWith(tail) && (head !== '' || /^[县市区旗)）]/.test(after.slice(tail.length))));
}

/**
 * …开发区引进四川华能涪江水电有限公司: the name starts after the last verb or conjunction,
 * unless what follows it is no name on its own: 泰和家居 (a brand with 和), 建工产业集团.
 */
function nameStart(run: string): string {
  const { tradeOnlyRe } = vocabulary();
  const parts = run.split(NAME_BREAK);
  let name = parts.pop()!;
  while (parts.length >= 2 && (name.length < 2 || tradeOnlyRe.test(name) || inBrand(parts[parts.length - 1]!, parts[parts.length - 2]!, name)) && /^[和与及]$|^产业$|^行业$/.test(parts[parts.length - 1]!)) {
    const sep = parts.pop()!;
    name = `${parts.pop()!}${sep}${name}`;
  }
  return name;
}

/**
 * One character of grammar before a name (与金荣集团签订, 由某某公司投资): it also opens names
 * (同创纺织, 和邦生物), so a list's later items, which follow a 、, keep it.
 */
/** 新能源汽车, 特色食品: a trade's name where a brand's would stand (以新能源汽车为龙头). */
function tradeNamed(item: string): boolean {
  const suffix = vocabulary().brandSuffixes.find((x) => item.endsWith(x)) ?? '';
  const before = item.slice(0, item.length - suffix.length);
  return before.length < 2 || industryOfText(before, Object.keys(industryVocabulary().synonyms)) !== null || /^(?:特色|绿色|现代|新型|传统|精细|高端|生物|智能|新能源)/.test(before);
}

/** 专精特新企业3家(A、B、C), 上市企业1家(X股份): the companies counted, named in brackets after the count. */
const COUNTED_IN_BRACKETS = /(?:企业|公司)([\d一二三四五六七八九十]+)家[(（]([^()（）。;；]{2,120})[)）]/g;
/** 规上工业企业前三强依次为A、B、C; 纳税十强企业分别是…: companies ranked, named after the ranking. */
const RANKED_THEN_NAMED = /(?:企业|公司)[^,，。;；]{0,8}?(?:前[\d一二三四五六七八九十]+(?:强|名|位)[^,，。;；]{0,4}?(?:依次为|依次是|分别为|分别是|为|是)|(?:依次为|依次是|分别为|分别是))[:：]?([^。;；]{4,120})/;
const COUNTED_THEN_NAMED = /(?:企业|公司)([\d一二三四五六七八九十]+)家[,，]?(?:分别是|分别为|包括)[:：]?([^。;；]{4,120})/;
const HEADED_BY = /以([^,，;；。以]{4,60}?)为(?:代表|龙头|骨干|引领|核心|主体|首)(?:的)?/;
/** 龙头企业, 药企…: words that say what is named is companies. */
const COMPANY_KINDS = '龙头企业|骨干企业|上市公司|企业|公司|集团|药企|茶企|酒企';
/** 像A、B这样的龙头企业: companies given as examples of their kind (not 品牌: a product's name may be one). */
const LIKE_THESE = new RegExp(`(?:像|如|比如|诸如)((?:[\\u4e00-\\u9fa5A-Za-z]{2,12}、)*[\\u4e00-\\u9fa5A-Za-z]{2,12}?)(?:这样|之类)的?[\\u4e00-\\u9fa5]{0,6}?(?:${COMPANY_KINDS})`);
/** …为代表的一批龙头企业: what a list heads is companies. */
const COMPANIES_HEADED = new RegExp(`^(?:一批|一大批|众多|多家|一系列)?(?:[\\u4e00-\\u9fa5]{0,8}?)(?:${COMPANY_KINDS})(?:群|集群)?(?![\\u4e00-\\u9fa5])`);
/** A、B、 opening a clause: names listed before the last, which a brand ends. */
const LISTED_SUBJECT = /^((?:[\u4e00-\u9fa5]{2,6}、)+)/;
/** 与, 同: before partners named at a clause's start. */
const PARTNER_LEAD = /^(?:与|同|和)(?=[\u4e00-\u9fa5]{2})/;
const LEAD_CHARACTER = /^(?:并|与|和|同|由|对|向|把|将|被|在|为|从|让|使|及)/;

function cleanEnterprise(raw: string, listItem = false): string {
  let name = stripQuotes(raw.trim());
  for (let i = 0; i < 3; i++) {
    let bare = name.replace(LEAD, '');
    if (!listItem) bare = bare.replace(LEAD_CHARACTER, '').replace(LEAD, '');
    bare = bare.replace(DESCRIPTOR, '');
    if (bare === name) break;
    name = bare;
  }
  return name.replace(/^[的之了]/, '').trim();
}

/** Words that open a kind of product or trade (绿色食品, 新型建材), not a brand. */
export const PRODUCT_KINDS = '绿色|有机|特色|现代|新型|传统|休闲|健康|预制|功能|地方|智慧|清洁|高端|精细|农副|冷冻|方便|生态|数字|智能|先进|优质';
const PRODUCT_KIND_OPENING = new RegExp(`^(?:${PRODUCT_KINDS})`);

/** How far back (in characters) 该公司 can point: about a paragraph. */
const ANTECEDENT_REACH = 300;

/** The company named last before a clause, within a paragraph's reach (该公司 points to it). */
export function antecedent(enterprises: readonly Enterprise[], at: number): string | null {
  let best: Enterprise | null = null;
  for (const e of enterprises) {
    if (e.evidence.start > at || at - e.evidence.start > ANTECEDENT_REACH) continue;
    if (!best || e.evidence.start > best.evidence.start) best = e;
  }
  return best?.name ?? null;
}

/** 该公司, 这家企业, 该集团: a company spoken of again, pointing to the one named last. */
// (公司拥有…, 公司实现营业收入…: in a company's own news, 公司 alone is the company too.)
export const COMPANY_PRONOUN_WORDS = '(?:(?:该|这家|这个|此|本)(?:公司|集团|企业)|公司(?![制化债])(?=[\\u4e00-\\u9fa5]|$))';
export const COMPANY_PRONOUN = new RegExp(`^${COMPANY_PRONOUN_WORDS}`);

/** 某某集团, 上海某文旅集团, 丹麦某能源公司: a name withheld (某 before 某 or before a trade's word) is no name. */
export function withheldName(name: string): boolean {
  return /某(?:某|能源|文旅|文化|旅游|科技|集团|公司|企业|投资|实业|控股|新能源|食品|医药|药业|电子|建设|置业|物流|化工|材料|农业|机构)/.test(name);
}

function plausible(name: string, countyNames: { has(name: string): boolean }): boolean {
  const v = vocabulary();
  if (name.length < 2 || name.length > 30) return false;
  if (v.groupSet.has(name)) return true;
  // …水库建设, …工程 are works; a registered name may hold one (江苏某某环境工程有限公司).
  if (FACILITY.test(name) && !/有限公司|有限责任公司|股份|集团$/.test(name)) return false;
  if (countyNames.has(name)) return false;
  if (withheldName(name)) return false;
  const stem = name.replace(v.suffixEndRe, '');
  // (三一集团, 九三集团: numerals may be a brand; a count or a number alone is none.)
  if (!stem || v.genericStems.includes(stem) || /^[\d一二三四五六七八九十百千万几多余]+(家|个)|^\d+$|^[一二三四五六七八九十]$|^[\d一二三四五六七八九十]*[百千万几多余][\d一二三四五六七八九十百千万几多余]*$/.test(stem)) return false;
  // (国家能源集团, 国家电投集团: a large group's short name before its suffix is a name.)
  if (/企业$|^(省|市|县|国家|全国|全省)/.test(stem) && stem.length <= 4 && !v.groupSet.has(stem)) return false;
  // 绿色食品, 新型建材, 精细化工: a kind of product or trade, not a brand.
  if (name.length <= 4 && PRODUCT_KIND_OPENING.test(name)) return false;
  // 全资子公司, 有10家公司: a relation or a count, not a name.
  // (临武县的两家公司: whose companies, and how many, names none of them.)
  if (/^(?:全资|控股)?子$|^(?:有|占|为|共)|\d+家/.test(stem) || /的(?:全资|控股)?[子分]公司$|的[\d一二三四五六七八九十两几多]+家/.test(name)) return false;
  return /\p{Script=Han}|[A-Z]/u.test(stem);
}

let regionNames: Set<string> | undefined;

/** Province and prefecture names (built once) and the report's own county: places, not companies. */
function placeNames(doc: ReportDoc): { has(name: string): boolean } {
  if (!regionNames) {
    const g = loadGazetteer();
    regionNames = new Set<string>();
    for (const p of g.provinces) regionNames.add(p.name).add(p.short);
    for (const p of g.prefectures) regionNames.add(p.name).add(p.short);
  }
  const regions = regionNames;
  const county = doc.county;
  return { has: (name) => regions.has(name) || name === county?.name || name === county?.shortName };
}

/**
 * Enterprises: names with a company suffix (…有限公司, …集团), members of lists closed by
 * 企业/公司/500强, lists of brand names (玉华煤业、安鑫煤业), and brands that are the
 * subject of company facts (舜华鸭业年度营收…).
 */
/** Short names of large groups (vocabulary), longest first. */
export function groupNames(): { names: string[]; commonWords: string[] } {
  const v = vocabulary();
  return { names: v.groupsByLength, commonWords: v.groupsCommonWords };
}

export function extractEnterprises(doc: ReportDoc): Enterprise[] {
  const v = vocabulary();
  const counties = placeNames(doc);
  const out = new Map<string, Enterprise>();
  const add = (raw: string, s: Span, listItem = false) => {
    let name = cleanEnterprise(raw, listItem);
    // 长兴县浙江某某股份有限公司, 隆回县三一重工集团: where the company is (the county) is no part of a
    // name registered under a province, nor of a group's short name (县 names open registered names: 汶上县某某有限公司).
    const here = doc.county ? [doc.county.name, spokenName(doc.county)].find((p) => p && name.startsWith(p)) : undefined;
    // (松阳县中天海缆、…等行业龙头: before a brand with no registered ending, the county is the sentence's subject.)
    if (here && name.length - here.length >= 4 && (provinceOpening(name.slice(here.length)) > 0 || /(?<!有限)(?:集团|股份)$/.test(name))) name = name.slice(here.length);
    else if (here && here === doc.county?.name && name.length - here.length >= 2 && !/(?:公司|集团|股份|合作社|厂)$/.test(name)) name = name.slice(here.length);
    // (长沙县做强湘丰茶业、…: the verb after the county's name is the sentence's too.)
    if (here && !name.startsWith(here)) name = cleanEnterprise(name, listItem);
    if (!plausible(name, counties) || out.has(name)) return;
    // A short form of a name already found (金雕 / 湖南金雕能源科技有限公司) is the same company.
    for (const known of out.keys()) if (known.includes(name) && known !== name && name.length <= 3) return;
    out.set(name, { name, industry: null, evidence: evidence(s) });
  };

  for (const s of doc.sentences) {
    // 国家级龙头企业3家,分别是A、B和C: the companies counted, named after; the count must hold.
    // Companies named after their count or their ranking: each list is read once, the count (when
    // one is said) must hold, and no item may be a trade, a figure or a place.
    const named = (list: string, count: number | null, shortest: number, longest: number) => {
      const items = splitTopLevel(list.replace(/等.*$/, '')).map((i) => cleanEnterprise(i, true));
      if (items.length < (count === 1 ? 1 : 2) || (count !== null && items.length !== count)) return;
      if (items.every((i) => i.length >= shortest && i.length <= longest && !tradeNamed(i) && !/[\d%]/.test(i) && plausible(i, placeNames(doc)))) for (const i of items) add(i, s, true);
    };
    // 国家级龙头企业3家,分别是A、B和C
    const counted = s.text.includes('分别') || s.text.includes('包括') ? COUNTED_THEN_NAMED.exec(s.text) : null;
    if (counted) named(counted[2]!, parseNumber(counted[1]!) ?? -1, 3, 16);
    // 规上工业企业前三强依次为A、B、C (up to the clause's end)
    const ranked = /依次|分别|前[\d一二三四五六七八九十]+(?:强|名|位)/.test(s.text) ? RANKED_THEN_NAMED.exec(s.text) : null;
    if (ranked) named(ranked[1]!.replace(/[,，].*$/, ''), null, 2, 30);
    // 专精特新企业3家(A、B、C)
    for (const m of s.text.includes('家(') || s.text.includes('家（') ? s.text.matchAll(COUNTED_IN_BRACKETS) : []) named(m[2]!, parseNumber(m[1]!) ?? -1, 2, 30);
    for (const c of clausesOutsideQuotes(s)) {
      // Lists closed by 等…企业: 推动华联置业、恒茂高科、阳东电气等企业上市
      // …等全国知名药企,A、B等行业领军企业以及C、D等国际知名企业: each list ends where the one before closed.
      let listed = false;
      let from = 0;
      for (const lm of c.text.includes('等') || c.text.includes('、') ? c.text.matchAll(v.listReAll) : []) {
        // 县发改局、县工信局等部门和部分民营企业: offices closed by their own kind before the companies.
        if (/部门|单位|机关|机构/.test(lm[0])) {
          from = lm.index! + lm[0].length;
          continue;
        }
        // (全县纺织产业)以A、B等企业为龙头: what comes up to the 以 of a list that leads (…为) is no
        // part of its first name.
        const leads = c.text.startsWith('为', lm.index! + lm[0].length);
        const items = splitTopLevel(c.text.slice(from, lm.index).replace(/^[,，]?(?:以及|及|和|还有)/, '').replace(leads ? /^[^、]*?以/ : /^$/, ''), ['以及']).flatMap((i) => i.split(v.joinAfterNameRe)).flatMap(splitJoined);
        from = lm.index! + lm[0].length;
        // Closed by a count alone, a list needs two short names at least, the count right after the
        // last (新增规上工业企业28家, A、B博览会共吸引海内外近700家企业 are no lists of companies).
        if (!lm[0].startsWith('等') && (items.length < 2 || items.some((i) => cleanEnterprise(i).length > 8 || /[共近约有达为是的了]/.test(cleanEnterprise(i))))) continue;
        // 引进了竹纤维制品、竹笋加工等企业18家: kinds of business counted, not companies named.
        // (X县新能源汽车产业集群已集聚A、B等企业: the first item is measured from where its name starts.)
        if (items.length >= 1 && items.every((i) => cleanEnterprise(nameStart(i)).length <= 16) && !items.every((i) => KIND_OF_BUSINESS.test(cleanEnterprise(i))) && !items.some((i) => tradeOnly(cleanEnterprise(i)))) {
          items.forEach((i, k) => {
            const tail = v.suffixEndRe.exec(i)?.[0] ?? '';
            add(`${nameStart(i.slice(0, i.length - tail.length))}${tail}`, s, k > 0);
          });
          listed = true;
        }
      }
      if (listed) continue;
      // 以天润乳业、西域春乳业为代表的一批龙头企业, 以金盛钢铁、华强建材为龙头的产业集群: brands or
      // registered names heading what follows are companies (以岭药业 keeps its 以 elsewhere).
      const heading = c.text.includes('以') && c.text.includes('为') ? HEADED_BY.exec(c.text) : null;
      if (heading) {
        const items = splitTopLevel(heading[1]!).map((i) => cleanEnterprise(i, true));
        // (以白沙溪、华莱、久扬为代表的一批龙头企业: what they head is companies, so bare brands are too.)
        const ofCompanies = COMPANIES_HEADED.test(c.text.slice(heading.index + heading[0].length));
        const bare = (i: string) => ofCompanies && /^[\u4e00-\u9fa5A-Za-z]{2,6}$/.test(i) && !tradeNamed(i) && plausible(i, counties);
        if (items.length && items.every((i) => (v.brandRe.test(i) && !tradeNamed(i)) || (v.suffixEndRe.test(i) && i.length >= 4) || bare(i))) {
          for (const i of items) add(i, s, true);
          continue;
        }
      }
      // 像中茶、湘益这样的龙头企业: companies given as examples of their kind.
      // (Only the words just before 这样 can be its examples: a window keeps a long clause linear.)
      const likeAt = Math.max(c.text.indexOf('这样'), c.text.indexOf('之类'));
      const like = likeAt >= 0 ? LIKE_THESE.exec(c.text.slice(Math.max(0, likeAt - 80), likeAt + 24)) : null;
      if (like) {
        const items = splitTopLevel(like[1]!).map((i) => cleanEnterprise(i, true));
        if (items.every((i) => i.length >= 2 && i.length <= 12 && !tradeNamed(i) && plausible(i, counties))) for (const i of items) add(i, s, true);
      }
      if (v.parties) for (const name of partiesIn(c.text, v.parties)) add(name, s);
      // TCL中环在…投资建设, SK海力士投资…: a brand opening with Latin capitals that does what companies do.
      for (const m of /[A-Z]{2}/.test(c.text) ? c.text.matchAll(LATIN_SUBJECT) : []) if (!LATIN_NOT_COMPANY.test(m[1]!)) add(m[1]!, s);
      // 引进浙江恒远发展精深加工, 招引江苏华冠、福建三和: a province's name and a short name after a
      // verb that brings a company in is a company from that province.
      for (const m of c.text.includes('引') ? c.text.matchAll(broughtInRe()) : []) if (!/[省市县区镇乡村园]|大学|学院|研究|医院|团队|人才|专家|技术|项目|资金|客商/.test(m[2]!)) add(`${m[1]}${m[2]}`, s);
      // Registered names: …有限公司, …集团, …股份 (found by the suffix, then read leftwards).
      // (Most clauses name no registered company: a plain search for the endings goes first.)
      for (const m of REGISTERED_HINT.test(c.text) ? c.text.matchAll(v.suffixRe) : []) {
        // 超威动力控股有限公司: a suffix followed by a longer legal ending is not the end of the name.
        if (LEGAL_TAIL.test(c.text.slice(m.index! + m[0].length))) continue;
        // 国家电力投资集团有限公司山西分公司: a parent's name opening its branch's is part of the branch's.
        if (BRANCH_TAIL.test(c.text.slice(m.index! + m[0].length))) continue;
        const before = c.text.slice(Math.max(0, m.index! - 24), m.index!);
        const run = /[\u4e00-\u9fa5A-Za-z0-9()（）]{2,24}$/.exec(before);
        if (!run) continue;
        add(`${nameStart(run[0])}${m[0]}`, s);
      }
      // Lists of brands: 玉华煤业、安鑫煤业、登茂通煤业 (not a list of industries: 新能源电池、现代纺织等产业)
      if (c.text.includes('、') && !/产业|行业/.test(c.text)) {
        const items = splitTopLevel(c.text).map((i, k) => cleanEnterprise(i, k > 0));
        const brandItems = items.map((i) => i.replace(/(智能化|扩建|项目|建设).*$/, ''));
        // A list that holds a facility (…水库建设) is a list of works, not of brands.
        if (brandItems.some((i) => FACILITY.test(i))) continue;
        if (brandItems.length >= 2 && brandItems.every((i) => v.brandRe.test(i))) for (const i of brandItems) add(i, s);
        else if (brandItems.length >= 2) {
          // The last item often runs on into the predicate (登茂通煤业智能化矿井建设).
          const heads = brandItems.slice(0, -1);
          const last = v.brandStartRe.exec(brandItems[brandItems.length - 1]!);
          if (heads.every((i) => v.brandRe.test(i)) && last) for (const i of [...heads, last[1]!]) add(i, s);
        }
      }
      // 其中某某光伏在深交所主板上市: what is listed on an exchange is a company.
      const listedOn = /上市|挂牌|登陆/.test(c.text) ? LISTED_ON.exec(c.text) : null;
      if (listedOn && !NOT_A_BRAND.test(cleanEnterprise(listedOn[1]!))) add(listedOn[1]!, s);
      const is = /公司|企业|药企/.test(c.text) ? IS_COMPANY.exec(c.text) : null;
      if (is && !NOT_A_BRAND.test(is[1]!)) add(is[1]!, s);
      const ranked = !/企业|制造业|纳税|税收/.test(c.text) ? null : RANKED_BRANDS.exec(c.text.replace(/^(?:[\d]{4}年|其中|同时|目前|此外|全县|我县)+[,，]?/, ''));
      if (ranked && !NOT_A_BRAND.test(ranked[1]!)) for (const b of ranked[1]!.split('、')) add(b, s);
      // 龙头企业金禾农业年销售收入…: a name the report calls a company, doing what companies do,
      // is one whatever word it ends with.
      const described = /企业|公司/.test(c.text) ? v.describedRe.exec(c.text) : null;
      if (described && !NOT_A_BRAND.test(described[1]!) && !LEAD.test(described[1]!) && !ADVERB_OPENING.test(described[1]!)) add(described[1]!, s);
      const standingList = c.text.includes('、') && /企业|公司/.test(c.text) ? v.standingListRe.exec(c.text) : null;
      if (standingList) {
        const items = [...standingList[1]!.split('、').filter(Boolean), (standingList[2] ?? standingList[3])!];
        if (items.every((i) => !tradeNamed(i) && !NOT_A_BRAND.test(i) && !ADVERB_OPENING.test(i) && !LEAD.test(i) && plausible(i, counties))) for (const i of items) add(i, s, true);
      }
      // A brand as the subject of a company fact: 永鑫焦化成为…, 舜华鸭业年度营收…
      const cleaned = cleanEnterprise(c.text.slice(0, 24));
      const subj = v.subjectRe.exec(cleaned);
      // (九三粮油年加工50万吨大豆项目成功签约: a capacity that runs on into a project's name makes the
      // brand part of that name, no company the text presents on its own.)
      const inProjectName = subj && PROJECT_CAPACITY_AFTER.test(c.text.slice(c.text.indexOf(subj[1]!) + subj[1]!.length));
      if (subj && !inProjectName && !/^(推动|发展|做强|稳定|持续|不断|加快|全县|全市|我县)/.test(subj[1]!)) add(subj[1]!, s);
      for (const officer of /董事长|经理|负责人|厂长|创始人|总裁/.test(c.text) ? c.text.matchAll(v.officerRe) : []) {
        if (!NOT_A_BRAND.test(officer[1]!) && !v.tradeOnlyRe.test(officer[1]!) && plausible(officer[1]!, counties)) add(officer[1]!, s);
      }
      // 旺旺落户多年, 某某集团2019年落户我县: a name settling in the county (for years, or in a place of it) is a company's.
      const settled = c.text.includes('落户') ? SETTLED.exec(c.text) : null;
      if (settled && !NOT_A_BRAND.test(settled[1]!) && !SETTLERS_NOT_COMPANIES.test(settled[1]!) && !LEAD.test(settled[1]!) && !ADVERB_OPENING.test(settled[1]!) && plausible(settled[1]!, counties)) add(settled[1]!, s);
      // 松源蛋品、青岩禽业生产规模全省最大: the names listed before such a brand share its fact.
      // (The county's own name before the list is its place, not part of the first name.)
      // (与A、B签订…: the word that brings partners in is no part of the first name either.)
      const place = doc.county ? [doc.county.name, spokenName(doc.county)].find((p) => p && c.text.startsWith(p)) ?? '' : '';
      const own = place + (PARTNER_LEAD.exec(c.text.slice(place.length))?.[0] ?? '');
      const listedSubject = !subj && c.text.includes('、') ? LISTED_SUBJECT.exec(c.text.slice(own.length, own.length + 60)) : null;
      const lastBrand = listedSubject ? v.subjectRe.exec(c.text.slice(own.length + listedSubject[0].length, own.length + listedSubject[0].length + 24)) : null;
      if (listedSubject && lastBrand) {
        const items = listedSubject[1]!.split('、').filter(Boolean);
        if (items.every((i) => i.length >= 3 && !v.tradeOnlyRe.test(i) && !/产业|行业|企业|[省市县区镇乡村]$/.test(i) && !NOT_A_BRAND.test(i))) {
          for (const i of items) add(i, s, true);
          add(lastBrand[1]!, s, true);
        }
      }
    }
  }
  // 山西某某集团股份有限公司(以下简称“某某集团”): the short name a report declares is the same company.
  for (const [alias, full] of declaredShortNames(doc.text)) {
    if (!out.has(alias)) continue;
    const registered = [...out.keys()].find((n) => n.endsWith(full) || full.endsWith(n));
    if (registered && registered !== alias) out.delete(alias);
  }
  return oneNamePerCompany([...out.values()]);
}

/** 山西某某集团股份有限公司(以下简称“某某集团”): the short names a report declares, each with the name it stands for. */
export function declaredShortNames(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.includes('简称') ? text.matchAll(DECLARED_SHORT_NAME) : []) out.set(m[2]!, m[1]!.replace(/^.*[,，、;；。]/, ''));
  return out;
}

/** 天能控股集团, 天能集团, 天能控股: one company under its forms; the longest name stands for it. */
function oneNamePerCompany(list: Enterprise[]): Enterprise[] {
  const v = vocabulary();
  const stem = (name: string) => {
    // 沁州黄小米(集团)有限公司 and 沁州黄小米集团: a bracketed 集团 is the same word.
    let s = name.replace(/[(（](集团|控股|股份)[)）]/, '$1');
    for (let i = 0; i < 3; i++) s = s.replace(v.suffixEndRe, '');
    return s;
  };
  // Two registered names (…有限公司 and …集团有限公司) are two legal entities, a parent and its
  // subsidiary: they stay apart.
  const registered = (name: string) => /有限公司|有限责任公司$/.test(name);
  // 凤竹纺织 and 福建凤竹纺织科技股份有限公司: a short name found whole inside a registered one is that company.
  const legal = list.filter((e) => /有限公司|有限责任公司|股份/.test(e.name));
  list = list.filter((e) => /公司|集团|股份/.test(e.name) || e.name.length < 4 || !legal.some((l) => l.name !== e.name && l.name.includes(e.name)));
  const byStem = new Map<string, Enterprise>();
  const out: Enterprise[] = [];
  for (const e of list) {
    const k = stem(e.name);
    const seen = k.length >= 2 ? byStem.get(k) : undefined;
    if (!seen || (registered(seen.name) && registered(e.name))) {
      out.push(e);
      if (k.length >= 2 && !seen) byStem.set(k, e);
      continue;
    }
    if (e.name.length > seen.name.length) {
      seen.name = e.name;
      seen.industry ??= e.industry;
    }
  }
  // 久扬 and 久扬茶业: a bare brand is short for the one name that adds only a trade to it.
  return out.filter((e) => {
    const longer = out.filter((o) => o !== e && o.name.startsWith(e.name) && v.tradeOnlyRe.test(o.name.slice(e.name.length)));
    if (longer.length !== 1) return true;
    longer[0]!.industry ??= e.industry;
    return false;
  });
}
