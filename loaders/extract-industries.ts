import type { Industry, IndustryRole } from '../src/facts.ts';
import type { ReportDoc } from './doc.ts';
import { canonicalIndustry, industryOfText, industryVocabulary, isIndustryName, oneCharacterTrades } from './industry-keywords.ts';
import { provinceOpening, spokenName } from './gazetteer.ts';
import { clausesOutsideQuotes, evidence, type Span } from './segment.ts';
import { splitTopLevel } from './text-lists.ts';

const RANK: Record<string, number> = { leading: 3, characteristic: 2, emerging: 1 };
const ROLE_CHAR: Record<string, IndustryRole | null> = { 主: 'leading', 特: 'characteristic', 新: 'emerging', 优: null, 辅: null, 强: null };
const COUNT_CHAR: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };

function roleOf(words: string): IndustryRole | null {
  const v = industryVocabulary();
  for (const role of ['leading', 'emerging', 'characteristic'] as IndustryRole[]) {
    if (v.roles[role].some((w) => words.includes(w))) return role;
  }
  return null;
}

/** “两主一特一辅”: the roles of the listed industries, in order. */
export function rolesFromFormula(formula: string): (IndustryRole | null)[] | null {
  const m = formula.match(/[一二两三四五][主特新优辅强]/g);
  if (!m || m.join('').length !== formula.replace(/[“”"]/g, '').length) return null;
  return m.flatMap((pair) => Array<IndustryRole | null>(COUNT_CHAR[pair[0]!]!).fill(ROLE_CHAR[pair[1]!] ?? null));
}

/** Words that qualify an industry list (特色产业, 传统产业) rather than name an industry. */
const QUALIFIER_WORDS = '特色|主导|新兴|战略性新兴|支柱|首位|传统|优势';
/** 锂电主导产业实现产值…, 富硒茶特色产业…: a trade with its role opening a clause. */
const ROLE_OPENING = new RegExp(`^(?:全县|全市|全区|全旗|我县|我市|我区|该县|该市)?([\\u4e00-\\u9fa5]{2,12}?)(${QUALIFIER_WORDS})产业(?!园|链|项目|基金|集聚区|体系|结构|布局|格局)`);
/** 成为全市主导产业, 三大主导产业: a verb, a scope or a count where the trade's name would stand. */
const NO_TRADE_BEFORE_ROLE = /成为|作为|^是|全[国省市县区州旗]|[一二三四五六七八九十两几多\d]+大$/;
/** The verbs of development (做强, 培育, 发展壮大 …), longest first. */
/** 茶, 竹: trades of one character, named only before 产业. */
const ONE_CHARACTER = oneCharacterTrades();
const ONE_CHARACTER_SET = new Set(ONE_CHARACTER.split('|'));

/** 勐海县茶, 海曙区数字经济: a place opening the words with a trade's name after it. */
function leavesTrade(words: string, place: string): boolean {
  if (!words.startsWith(place)) return false;
  const rest = words.slice(place.length);
  return rest.length >= 2 || ONE_CHARACTER_SET.has(rest);
}
const DEVELOP_VERBS = [...industryVocabulary().developVerbs].sort((a, b) => b.length - a.length).join('|');
const DEVELOP = new RegExp(`(?:${DEVELOP_VERBS})+(?:[百千万]亿级|[百千万]亿元级)?((?:${ONE_CHARACTER})(?=产业)|[\\u4e00-\\u9fa5]{2,6}?)(?:${QUALIFIER_WORDS})?(?:产业|行业|(?<![企就创事物作毕营专职行产农工商置])业)(?!园|链|项目|基金|工人|工作|集聚|发展格局|体系|结构|化|工程|务|主|态|绩|界|余|新城|新区|联盟|大会|规划|转移|[强大名][县市区旗])`);
/** 大力发展电子商务和现代物流业, 培育壮大文旅、康养产业: trades joined by 和 or 、 after a verb of development. */
// (Items hold no 和 and a list at most eight: one reading of the words, bounded from each verb.)
const DEVELOP_LIST = new RegExp(`(?:${DEVELOP_VERBS})+((?:(?:(?!和)[\\u4e00-\\u9fa5]){2,8}(?:、|和)){1,8}(?:(?!和)[\\u4e00-\\u9fa5]){2,8}?)(?:产业|行业|(?<![企就创事物作毕营专职行产农工商置])业)(?![\\u4e00-\\u9fa5])`);
/** 将积极谋划布局, 要超前布局: trades of the future the county will lay out, not yet its own (前瞻布局 done in the year is). */
const FUTURE_LAID_OUT = /(?:将|要|拟|计划|下一步)[^,，;；]{0,8}?(?:谋划|布局|抢占)/;
const LEADING_DEVELOP = new RegExp(`^(?:大力|加快|积极|着力|持续)?(?:${DEVELOP_VERBS})+`);
const HOLDING_VERB = /^(?:始终|一直|持续|继续)?(?:坚持|坚定|围绕|聚焦|立足|依托|紧扣|锚定|突出|主攻|深耕)(?=[\u4e00-\u9fa5]{2})/;
const QUALIFIER = new RegExp(`^(?:${QUALIFIER_WORDS})`);
const QUALIFIERS = new RegExp(`^(?:${QUALIFIER_WORDS})+`);
/** 全年高新技术产业增加值…, 今年全县茶产业…: the time and the scope of a statement open the words, not the trade's name. */
const SCOPE_OPENING = /^(?:全年|今年|去年|当年|年内|上半年|下半年|前三季度)?(?:全县|全市|全区|我县|我市|该县|该市|县域|本地|当地)?/;
/** Words of grammar, not of a trade: a name holding one was cut from a sentence (夯实了, 这一主线). */
// (祁阳成功入选全国油茶产业发展重点县: a verb of a title, or the country, is no part of a trade's name.)
const NOT_A_NAME = /[是了这那的把被们其之个要将等县级各省]|总值|增加值|入选|获评|荣获|成功|全国|全省|力争|确保|争取|全年|^(?:实现|加快|推进|推动|全面|进一步|一批|一个|各类|持续|已|以)|[一二两三四五六七八九十\d]项|企业|公司|项目|涵盖|包括|涉及|(?:集团)$/;
/**
 * An industry as the subject of its own progress (纺织服装产业稳步发展, 新材料产业总产值达到35亿元,
 * “百亿级”光伏全产业链初步成型, 智能终端产业上下游企业加速集聚).
 */
const INDUSTRY_SUBJECT = new RegExp(`^(?:[“"][^”"]{1,8}[”"])?(?:以[^,，]{1,16}?为[^,，]{1,8}?的)?((?:${ONE_CHARACTER})(?=产业)|[\\u4e00-\\u9fa5]{2,10}?)(?:全)?(?:产业|行业)(?:链条|链|集群)?(?:上下游企业|企业)?(?:稳步|蓄势|全面|初步|加速|加快|快速|持续|不断|实现|总产值|综合产值|全产业链产值|综合收入|电商销售额|网络零售额|网络销售额|线上销售额|交易额|规上产值|产值|营收|营业收入|销售收入|销售额|增加值|装机|产能|产量|税收|出口|入选|获评|获批|被认定|被命名|被评为|荣获|集聚(?!区)|成型|形成|壮大|提质|迅猛|蓬勃|势头|达到|完成|突破|增长|发展(?!区|规划)|成为|规模|从无到有|从小到大|异军突起|方兴未艾|转型升级|提档升级)`);
/** X产业链、Y产业链建设 / 打造…的高端奶全产业链: chains the county builds, one industry each (not a title: 全国农业全产业链典型县; not the system of chain chiefs: 产业链链长制). */
const CHAINS = /(?<!、)((?:[\u4e00-\u9fa5]{2,12}?(?:全)?产业链、)*[\u4e00-\u9fa5]{2,12}?(?:全)?产业链)(?!条|典型|示范|试点|重点|标杆|[县市区镇]|链长)(?:建设|项目)?/g;
/** What a trade's name may add for making its goods (香榧加工, 茶叶加工, 竹木制品). */
const MAKING = /^(?:纺织|加工|深加工|精深加工|制品|制造|种植|养殖|生产)$/;
/** Stages of one chain (育种、种植、加工、销售全产业链) are no trades of their own. */
const CHAIN_STAGE = /^(?:育种|育苗|育肥|繁育|种植|养殖|加工|深加工|精深加工|生产|销售|研发|设计|制造|仓储|流通|营销|服务|回收)$/;
const LIST_LEAD = /((?:[\u4e00-\u9fa5]{1,12}、)+)([\u4e00-\u9fa5]{1,12})$/;
const MAKING_TAIL = /(?:精深加工|深加工|加工)$/;

/**
 * The chain matched at `index` may start inside the last item of a list (锂电、光伏、新材料产业链
 * matches from 材): the items of the whole list, each a chain, or [] when they are stages of one
 * chain or share one head (玉米、大豆、水稻精深加工: crops, each of 精深加工); null when no list
 * stands before the chain.
 */
function chainListBefore(t: string, index: number, chain: string): string[] | null {
  const lead = LIST_LEAD.exec(t.slice(Math.max(0, index - 120), index));
  if (!lead) return null;
  const first = chain.split('、')[0]!;
  const last = lead[2]! + first.replace(/(?:全)?产业链$/, '');
  if (/[的于]/.test(last)) return null;
  const items = [...lead[1]!.split('、').filter(Boolean), last, ...chain.split('、').slice(1).map((i) => i.replace(/(?:全)?产业链$/, ''))];
  items[0] = items[0]!.replace(/^.*[的了和与及]/, '').replace(CHAIN_VERBS, '');
  if (items.some((i) => CHAIN_STAGE.test(i))) return [];
  if (MAKING_TAIL.test(last) && !items.every((i) => MAKING_TAIL.test(i))) return [];
  return items.every((i) => i.length >= 2 && plainIndustryWord(i)) ? items : [];
}
/** Verbs done to a chain (延伸, 绘制…招商图谱, 补齐…短板): what stands before 产业链 after one is the chain's name, or nothing. */
const CHAIN_VERBS = /^.*(?:延伸|完善|打造|构建|聚焦|形成|壮大|做强|做长|强化|培育|发展|推进|推动|建设|围绕|引领|带动|融入|嵌入|对接|贯通|串联|拉长|服务|绘制|编制|梳理|补齐|补强|打通|畅通|优化|健全|提升|重塑|锻造|织密|谋划|开展|实施|紧盯|瞄准|盯紧|招引|引进|引入|签约|研究|分析|推行|实行|落实|建立)/;
/** 全国茶叶百强县: a national list of counties by a trade (not 综合实力, 绿色发展, 投资潜力 …). */
const TRADE_HUNDRED = /全国([\u4e00-\u9fa5]{2,4}?)(?:产业)?百强县/g;
const NOT_A_TRADE_LIST = /发展|实力|潜力|经济|创新|质量|营商|环境|科技|县域|综合|城|投资|消费|开放|竞争|数字|绿色|文明|平安|健康|生态|工业|农业|新型|现代|幸福|宜居|治理/;
/**
 * “两茶一果”产业,茶叶、油茶、水果…: a trade abbreviation by counts, then its items, as many as
 * its numbers add up to.
 */
const LIST_BEFORE_NICKNAME = /((?:[\u4e00-\u9fa5]{1,12}、){1,8}[\u4e00-\u9fa5]{1,6})[“"]([一二两三四五六七八九十])[\u4e00-\u9fa5]{1,3}[”"](?:等)?(?:特色|主导|传统|优势)?产业/g;
const COUNTED_ABBREVIATION = /[“"]((?:[一二两三四五六七八九十][\u4e00-\u9fa5]){2,4})[”"](?:等)?(?:特色)?产业[^,，;；。]{0,12}[,，:：]([\u4e00-\u9fa5]{1,5}(?:、[\u4e00-\u9fa5]{1,5}){1,9})/;
const COUNT_WORDS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 中国淡水珍珠之乡, 中国精品羊绒产业名城: a national title for the county's trade. */
// (全国知名的建材之乡和水暖厨卫之乡: the title the country knows the county by, and the next one
// joined to it without its prefix.)
const TITLE_TRADE = '(?:精品|优质|特色)?([\\u4e00-\\u9fa5]{2,6}?)(?:产业)?(?:之乡|之都|名城(?!市)|名县|名镇)';
const TITLE_REGION = /^(?:南方|北方|江南|江北|华南|华北|华东|华中|西南|西北|东北|东南|中部|西部|东部|长江|黄河)(?=[\u4e00-\u9fa5]{2})/;
const TRADE_TITLE = new RegExp(`(?:中国|全国(?:著名|知名|闻名|有名)?的?)${TITLE_TRADE}(?:”?(?:和|、|及|与)“?(?!中国|全国)${TITLE_TRADE})?`, 'g');
/** 包装印刷业产值增长12.3%: a trade (…业, …加工业) whose output the report gives; in a breakdown by trade, its growth alone. */
const TRADE = '([\\u4e00-\\u9fa5]{2,8}?)(?:产业|行业|(?<=加工)业|(?<![企就创事物作毕营专职行产农工商置])业)';
const TRADE_OUTPUT = new RegExp(`^(?:其中[,，]?)?(?:全年|全县|全市|全区|全旗)?${TRADE}(?:实现|完成)?(?:总)?(?:产值|增加值)(?:比上年|同比)?(?:增长|下降|达到|达|完成|实现|突破|\\d)`);
const TRADE_GROWTH = new RegExp(`^(?:其中[,，]?|分行业看[,，]?)?(?:全年|全县|全市|全区|全旗)?${TRADE}(?:总)?(?:产值|增加值)?(?:比上年|同比)?(?:增长|下降|达到|达|完成|实现|突破|\\d)`);
/** 陶瓷、花炮、玻璃产值, 全县五金工具、竹木加工等行业增加值: a list of trades and what they made. */
const TRADE_LIST_OUTPUT = /^(?:其中[,，]?)?(?:全年|今年|上半年)?(?:全县|全市|全区|全旗|我县|我市)?([\u4e00-\u9fa5]{2,6}(?:、[\u4e00-\u9fa5]{2,6})+)(?:等)?(?:产业|行业)?(?<!年|工业|农业|收入|总额|投资)(?:总)?(?:产值|增加值)(?:比上年|同比|分别|逆势|稳步|持续|大幅|均)*(?:增长|下降|达到|达|完成|实现|突破|为|\d)/;
const AS_NAMED_ROLE = /作为[^,，。]{0,8}?(?:首位|主导|支柱|特色|战略性新兴|新兴)产业/;
/** 把A、B作为主导产业: the list a sentence gives a role, or a place among the county's trades that is no role (重点, 优势, 富民, 重点发展产业). */
const AS_ROLE_MADE = /(?:把|将)([\u4e00-\u9fa5、“”"]{2,40}?)(?:产业)?作为[^,，。]{0,8}?(首位|主导|支柱|特色|战略性新兴|新兴|重点|优势|富民|支撑|核心)(?:发展)?产业/;
const MADE_BARE = /(?:把|将)([\u4e00-\u9fa5]{2,8}?)(?:作为|打造成为?|列为|培育成为?)([^,，。;；]{0,12}?产业)/;
const INDUSTRY_TOTAL = /(?:规模以上|规上|规模)工业(?:企业)?(?:完成|实现)?增加值[^。;；]{0,12}?(?:增长|下降)[\d.]+%[。]?$/;
const BROKEN_DOWN = /^(?:[^。]{0,12}?[,，])?其中[,，]?[\u4e00-\u9fa5]{2,12}?(?:行业|业)(?:增加值|产值)(?:同比)?(?:增长|下降)/;
const CLAUSE_SUBJECT = /^([\u4e00-\u9fa5]{2,4})产业(?:要|重点|将|应|必须|加快|全面|实现|突破|持续|继续)/;
/** 文化旅游业蓬勃发展, 竹木加工产业快速发展: a trade said to thrive, by 产业 or by 业 alone. */
// (现代农业加快发展: 农业, 工业, 商业 are sectors, their 业 no trade's ending.)
const THRIVING = new RegExp(`^((?:${ONE_CHARACTER})(?=产业)|[\\u4e00-\\u9fa5]{2,6}?)(?:产业|(?<![企就创事物作毕营专职行产农工商置])业)(?:发展)?(?:蓬勃发展|快速发展|加快发展|稳步发展|持续壮大|发展迅速|迅速发展|发展势头良好|发展势头强劲|提质增效|量质齐升|提质升级|稳中有进|稳中向好|方兴未艾|异军突起)`);
const ROLE_OR_VERB = /^(推进|推动|完成|制定|提升|加强|根据|围绕|聚焦|大力|着力|该|培育|壮大|做强|做大|了|就业|构建|实施|加快|发展|打造|深入|积极|全力|进一步|带动|开展|强化|延链|补链|强链|注重|坚持|实行|推行)|(主导|特色|新兴|支柱|优势|传统|重点|全|相关|首位|富民|现代|的)$/;

const CLASSIFIED_OPENER = /^(?:其中[,，]?|分行业看[,，]?|全年|全县|全市|全区|全旗)*/;
const CLASSIFIED_FIGURE = /^(?:总)?(?:产值|增加值|营业收入)?(?:比上年|同比)?(?:增长|下降|达到|达|完成|实现|突破|\d)/;

/** The name kept for a classified trade opening the clause with its figure (growth alone counts in a breakdown by trade). */
let classified: [string, string][] | undefined;

function classifiedTrade(clause: string, byTrade: boolean): string | null {
  const t = clause.replace(CLASSIFIED_OPENER, '');
  classified ??= Object.entries(industryVocabulary().classifiedTrades);
  for (const [official, name] of classified) {
    if (!t.startsWith(official)) continue;
    const rest = t.slice(official.length);
    if (CLASSIFIED_FIGURE.test(rest) && (byTrade || /^(?:总)?(?:产值|营业收入)/.test(rest))) return name;
  }
  return null;
}

/** The parts of a system of industries (以A为主导,B、C为支撑,D为特色的“1+2+1”现代产业体系). */
const SYSTEM_PART = /(?:^|[,，;；、])(?:[^,，;；。]{0,8}?以)?([\u4e00-\u9fa5、]{2,30}?)为(主导|支柱|首位|龙头|支撑|特色|新兴|先导|补充|引领|两翼|主)(?=[,，、;；。]|的|$)/g;
const SECTOR_MAINLY = /^(?:全县|全市|全区|全旗|县域|我县|我市)?(?:工业经济|工业|农业|产业|经济)(?:结构)?(?:主要)?以((?:(?!产业)[\u4e00-\u9fa5、和]){2,40}?)为主$/;
/** The role words that head a list of industries. */
const ROLE_WORDS = '主导|支柱|首位|特色|新兴|战略性新兴';
/** 特色产业：(A、B、C) — a role heading a list after a colon. */
const ROLE_HEADING = new RegExp(`(${ROLE_WORDS})产业[:：]$`);
/** 县域首位产业——锂电新能源产业加速崛起: a role, a dash, the industry that holds it. */
const ROLE_DASH = new RegExp(`(${ROLE_WORDS})产业(?:——|—|－－|--)((?:(?!产业)[\\u4e00-\\u9fa5、“”]){2,20})(?:产业|行业)`);
/** 主导产业为A、B / 特色产业有A和B. */
const ROLE_NAMED = new RegExp(`(${ROLE_WORDS})产业(?:为|是|有|包括|:|：)(.+)$`);
/** 三大主导产业(纺织、食品、机械): the role's industries named in brackets after it. */
const ROLE_BRACKETED = new RegExp(`(${ROLE_WORDS})产业[(（]((?:[\\u4e00-\\u9fa5]{1,10}[、和及]){1,8}[\\u4e00-\\u9fa5]{1,10})(?:等)?[)）]`);
/** The role word and the items of a bracketed list (两大特色产业(茶叶和油茶): 和 joins items too). */
function bracketedRole(t: string): { role: string; items: string[] } | null {
  const m = ROLE_BRACKETED.exec(t);
  return m ? { role: m[1]!, items: splitTopLevel(m[2]!.replace(/[和及]/g, '、')) } : null;
}
/**
 * 建设绿色中药材大县, 打造全国肉牛养殖大县, 争创全省光伏强县: a county of a trade, built up; the part
 * of a country or province it stands out in (豫北, 鲁西南, 黔东南) is no part of the trade.
 */
const TRADE_COUNTY = /(?:建设|打造|建成|创建|争创|做强|巩固|成为)(?:全国|全省|全市|国家级|省级|中国|[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔贵滇云藏陕甘陇青宁新][东西南北中]{1,2}(?:地区|区域)?)?(?:有机|绿色|生态|特色|现代)?([\u4e00-\u9fa5]{2,6}?)(?:养殖|种植|生产|加工|产业|业)?(?:大县|强县|名县)/;
/** 1.黄花菜产业。 / (二)纺织服装产业: a numbered item naming a trade and nothing else. */
const ITEM_TRADE = /^(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[\d一二三四五六七八九十]{1,2}[、.．])\s*([\u4e00-\u9fa5]{2,10}?)(?:产业|行业)[。.]?$/;
/** 装备制造产业以润淇机械、某某重工为龙头: a trade and the companies that lead it. */
const TRADE_LED_BY = /^([\u4e00-\u9fa5]{2,10}?)(?:产业|行业)(?:集群)?(?:已经?|已)?(?:形成了?)?以(.{2,60}?)(?:等(?:[\d一二三四五六七八九十]+家)?(?:企业)?)?为(?:龙头|引领|骨干)/;
/** 锰系新材料产业:…, (一)铝产业:…, 生态食品产业方面,…: a trade heading the sentence it opens. */
const TRADE_HEADING = /^(?:[(（][一二三四五六七八九十\d]+[)）]|[\d一二三四五六七八九十]+[、.．])?(?:[^。:：;；]{0,14}?(?:在|就))?([\u4e00-\u9fa5]{1,10}?)(?:产业|行业)(?:方面[:：,，]|[:：])/;
/** 松阳县光伏…, 桐城市塑料…: the place before a trade's name is where it is. */
const PLACE_BEFORE_TRADE = /^.{1,6}?[县市区旗](?=.{2})/;
/** 光伏产业已集聚A、B等龙头企业: the companies a trade holds. */
// (长丰县是全省新能源汽车产业集群核心区,已集聚A、B等…企业: a cluster or its core area holds them too.)
const TRADE_HOLDS = /(?:全县|全市|全区|全旗|我县|我市|该县|该市)?([\u4e00-\u9fa5]{2,10}?)(?:产业|行业)(?:集群|基地)?(?:核心区|集聚区|示范区)?[,，]?(?:已|现已|目前)?(?:拥有|集聚了?|聚集了?|汇聚了?|培育了?|引进了?)([^。;；]{2,80}?等[^。;；,，]{0,10}?(?:企业|公司))/g;
/** 作为泰和的首位产业,新能源产业…; 作为首位产业的新能源产业…: the trade a sentence gives its role in apposition. */
const AS_ROLE = new RegExp(`作为(?:全县|全市|全区|全旗|我县|我市|该县|全省)?(?:[^,，。;；]{0,8}?的)?(?:一个|一大|重要|第一大)?(${ROLE_WORDS})产业(?:之一)?(?:[,，]|的)(?:全县|全市|我县|该县)?((?:${ONE_CHARACTER})(?=产业)|[\\u4e00-\\u9fa5]{2,8}?)(?:产业|行业)`, 'g');
const AS_TRADE_LEADER = /^(?:[^,，。]{0,12}[,，])?作为(?:全县|全市|全区|我县|我市|该县)?(?:的)?([\u4e00-\u9fa5]{2,8}?)(?:产业|行业)(?:链)?(?:的)?(?:链主|龙头|骨干|领军|头部)企业(?:之一)?[,，]([^,，。;；]{2,40})/;
/** …,目前已集聚A、B等规上企业46家: a clause with no subject of its own that names the companies a trade holds. */
const HOLDS_COMPANIES = /^(?:目前|现在|现|至今|截至目前)?(?:已经|已)?(?:拥有|集聚了?|聚集了?|汇聚了?|培育了?|引进了?)([^。;；]{2,80}?等[^。;；,，]{0,10}?(?:企业|公司))/;
const SYSTEM_END = /的[^,，;；。]{0,16}?(?:产业|工业|农业)(?:体系|格局|结构)/;
/** 坚持“一主两辅”产业定位,以A为主导,以B、C为两翼: a sentence that names its frame of industries before the parts. */
const SYSTEM_FRAME = /产业(?:定位|布局)|[一二两三]主[一二两三四五][辅翼]/;

/** A bare industry word: no verb in front, no role word at the end, not a policy word. */
function plainIndustryWord(name: string): boolean {
  return !ROLE_OR_VERB.test(name) && isIndustryName(canonicalIndustry(name));
}

interface Found {
  name: string;
  role: IndustryRole | null;
  span: Span;
}

const PLAN_FOR_TRADE = /(?:编制|出台|制定|印发|制订)(?:完成|出台|了)?《?([\u4e00-\u9fa5]{2,8}?)(?:全)?产业(?:高质量|链)?(?:发展)?[\u4e00-\u9fa5]{0,6}?(?:规划|实施方案|行动计划|行动方案|扶持政策|若干政策|支持政策)/;

const SECTOR_LIST = /(?:等|(?<!第)(?=[一二三四五六七八九十两\d]+(?:大|个)))(?:[一二三四五六七八九十两\d]+(?:大|个))?((?:特色|优势|传统|现代|高效|生态|新兴)?)(?:农业|服务业)(?![\u4e00-\u9fa5])/;

/** 首位, 主导, 第一大 …: the roles a trade is said to hold (X是全县的…产业). */
const HELD_ROLES = '首位|主导|支柱|特色|战略性新兴|新兴|第一大|传统优势|优势';
/** …,成为全县第一大支柱产业: a role said with no subject of its own. */
const SUBJECTLESS_ROLE = new RegExp(`^(?:并|且|已经|已|逐步|正|一跃)*(?:成为|是)[^,，。]{0,12}?(${HELD_ROLES})产业`);
/** 茶产业是勐海县的支柱产业; 陶瓷业已成为全县的主导产业. */
const HOLDS_ROLE = new RegExp(`^([\\u4e00-\\u9fa5]{1,10}?)(产业|行业|业)?(?:已经|已|早已|逐步|正)?(?:是|成为)[^,，。]{0,12}?(${HELD_ROLES}|富民|传统)产业`);

/** 等, 和, 对 … before a trade (泰和县对乌鸡产业…调研): the sentence's words (对虾 and 对外 are no preposition). */
const PREPOSITION = /^(?:等|和|及|即|对(?![虾外口])|对于|关于|针对|就|围绕|作为|在|随着|通过)(?=[\u4e00-\u9fa5]{2})/;

/** 南丰蜜桔种植历史悠久, 黄酒酿造已有千年: a clause telling how long a crop or craft has been made. */
const GROWN_OPENING = /^([\u4e00-\u9fa5]{2,6}?)(?:种植|栽培|养殖|酿造|制作|生产|加工)(?:历史|已有|始于|起源于|距今)/;

const LIST_VERBS = [...industryVocabulary().developVerbs, '带动', '围绕', '聚焦', '依托', '加快', '精心', '大力', '着力', '重点', '全力', '积极', '以'].sort((a, b) => b.length - a.length).join('|');
const UP_TO_VERB = new RegExp(`^.*?(?:${LIST_VERBS}|形成|培育|立足|拥有|构建|涵盖|包括|建成)(?:起|了|出)?`);
// (加快建设A、B两大主导产业: 建设 after a verb of the list, though too common a word to end the words before one.)
const LEADING_VERBS = new RegExp(`^(?:${LIST_VERBS}|建设)+`);
/** 食品加工首位产业和…: a trade with its role, joined to what follows. */
const ROLED_JOINED = new RegExp(`([\\u4e00-\\u9fa5]{2,12}?)(${QUALIFIER_WORDS})产业(以及|和|及|与)`);
const ROLED_AFTER_JOIN = new RegExp(`^(?:和|及|以及|与)([\\u4e00-\\u9fa5]{2,8}?)(${QUALIFIER_WORDS})产业`);
const ROLED_BEFORE_LIST = new RegExp(`^.*?(?:${QUALIFIER_WORDS})产业(?:和|及|以及|与)`);

/** 是全县, 已成为我县的, 为宾川县: a list's copula and the place it belongs to, before the role. */
const COPULA = '(?:已经|已|早已|逐步|正)?(?:是|成为|(?<![作认])为)了?(?:全县|全市|全区|全旗|我县|我市|我区|县域|[\\u4e00-\\u9fa5]{1,6}?[县市区旗])?的?';
const COPULA_TAIL = new RegExp(`${COPULA}$`);
const LIST_ROLE = new RegExp(`^((?:[\\u4e00-\\u9fa5]{1,10}?、)+[\\u4e00-\\u9fa5]{1,10}?)(?:等)?(?:产业|行业)?${COPULA}(首位|主导|支柱|特色|战略性新兴|新兴|优势)产业`);

const OTHER_LIST_BEFORE = /^.*等[^、和及,，]{0,12}?(?:企业|公司|集团|项目|品牌|基地|园区|单位)(?:和|及|以及|与)/;

function itemsBefore(text: string, end: number): string[] {
  // Drop the verb that introduces the list (加快发展, 精心打造, 带动).
  // 燕麦、马铃薯、肉羊是全县三大特色产业: the copula and the place before the qualifier are no part of the last item.
  // (食品加工首位产业和A、B两大主导产业: a trade named with its own role before 和 is no item of the list after it.)
  // (做强A、B等龙头企业和茶叶、油茶等特色产业: a list of companies closed before 和 is no part of the trades'.)
  const head = text.slice(0, end).replace(COPULA_TAIL, '').replace(UP_TO_VERB, '').replace(LEADING_VERBS, '').replace(ROLED_BEFORE_LIST, '').replace(OTHER_LIST_BEFORE, '');
  // 农副产品及食品加工 is one industry; 和 joins two.
  // 香菇、猕猴桃、山茱萸“三大主导产业”: the quote that opens the qualifier is no part of the last item.
  return splitTopLevel(head.replace(/[“"]$/, ''), ['和', '以及']).map((x) => x.trim());
}

const NUMERALS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The count a list's qualifier gives (两大, 三个, 4大), or null. */
function countOf(qualifier: string): number | null {
  // (8条重点产业链: chains are counted by 条.)
  const m = /^([一二三四五六七八九十两]|\d{1,2})(?:大|个|条)/.exec(qualifier);
  return m ? (NUMERALS[m[1]!] ?? Number(m[1])) : null;
}

/**
 * Industries the report names as the county's: lists qualified by a role (A、B等特色产业,
 * “两主一特一辅”产业), an industry made the 一号工程 or 支柱产业, industries the county
 * develops by name (做强中药产业), and product lines whose output it reports (陶瓷、玻璃产值).
 */
export function extractIndustries(doc: ReportDoc): Industry[] {
  const v = industryVocabulary();
  const found: Found[] = [];
  const branded = new Map<string, boolean>();
  /** The county's name and a trade used as a name of its own: quoted, or followed by a mark, a brand's word or a verb. */
  const brandedTrade = (name: string): boolean => {
    let known = branded.get(name);
    if (known === undefined) {
      known = false;
      for (let at = doc.text.indexOf(name); at >= 0 && !known; at = doc.text.indexOf(name, at + 1)) {
        const after = doc.text.slice(at + name.length, at + name.length + 3);
        if (doc.text[at - 1] === '“' || /^(?:[”",，。;；、)）]|等(?:特色|优势|地方|传统)|品牌|门店|店|集团|文化|是|已|成为|走)/.test(after)) known = true;
      }
      branded.set(name, known);
    }
    return known;
  };
  const companies = new Set(doc.enterprises.map((e) => e.name));
  const push = (raw: string, role: IndustryRole | null, span: Span, listed = false) => {
    // 海曙区数字经济核心产业: the county's full name opening the words is the subject, not the trade's.
    const full = doc.county && doc.county.name !== doc.county.shortName && doc.county.name.length >= 3 ? doc.county.name : null;
    // 大周镇再生金属产业集群: a town's name opening the words is where the trade is, not its name.
    // 把发展特色产业作为…: a verb of development opening the words is the sentence's, not the trade's.
    // (对浮标产业发展情况开展调研: a preposition before the trade is the sentence's.)
    // (海洋渔业, 休闲渔业: 渔业 is the trade's word, kept whole where 旅游业 gives 旅游.)
    let bare = raw.replace(PREPOSITION, '').replace(LEADING_DEVELOP, '').replace(/(?<=[\u4e00-\u9fa5])渔$/, '渔业');
    if (QUALIFIERS.test(bare) && !bare.replace(QUALIFIERS, '')) return;
    if (full && leavesTrade(bare, full)) bare = bare.slice(full.length);
    // 宁乡市产业发展调查: the county itself is no trade.
    if (doc.county && [doc.county.name, doc.county.shortName, full, spokenName(doc.county)].includes(bare)) return;
    // 融水县香杉产业 in a report on 融水苗族自治县: the short name with the kind's last character is the county too.
    const spoken = doc.county ? spokenName(doc.county) : null;
    if (spoken && spoken !== full && leavesTrade(bare, spoken)) bare = bare.slice(spoken.length);
    // (南康区大力推动家具产业…: the verb after the county's name is the sentence's too.)
    // (于都县坚持纺织服装首位产业不动摇: so is a verb of holding to it.)
    const undeveloped = bare.replace(HOLDING_VERB, '').replace(LEADING_DEVELOP, '');
    if (undeveloped !== bare && undeveloped.length >= 2) bare = undeveloped;
    bare = bare.replace(/^(?!城乡)[\u4e00-\u9fa5]{2,4}?(?:镇|街道)(?=[\u4e00-\u9fa5]{2})/, '').replace(PREPOSITION, '');
    let name = canonicalIndustry(bare.replace(SCOPE_OPENING, '').replace(/^[百千万]亿级/, '').replace(/^(特色|传统|新兴|优势)(?=[\u4e00-\u9fa5]{2})/, ''));
    // 沙县小吃, 临武鸭: the county's own name before a trade is part of its name, not grammar,
    // when the report uses it as a name of its own (沙县小吃门店, “沙县小吃”); 宜兴环保产业 said
    // only before 产业 (or in a park's name) is the county's 环保 industry.
    let own = doc.county ? [doc.county.shortName, doc.county.name].find((p) => p && leavesTrade(name, p)) : undefined;
    if (own && !brandedTrade(name)) {
      name = canonicalIndustry(name.slice(own.length));
      own = undefined;
    }
    if (!name || NOT_A_NAME.test(own ? name.slice(own.length) : name)) return;
    // 以金盛钢铁、华强建材为龙头的产业集群: a company the report names is no industry.
    if (companies.has(name) || companies.has(bare) || companies.has(raw)) return;
    // 硅产业、水晶产业: in a list the report qualifies, a one-character trade is a name.
    if (name.length === 1 && listed) return void found.push({ name, role, span });
    const generic = industryVocabulary().notIndustries.includes(name);
    // A word that names no industry (高新技术, 数字经济) stays none once the county's name is off it, unless a qualified list holds it.
    if (generic && !listed) return;
    if (isIndustryName(name) || isIndustryName(raw) || (listed && generic && name.length >= 2 && !/^(传统|新兴|优势|特色|主导|支柱|首位|相关|全|重点|各类|其他|[一二三四五六七八九十]+大)$/.test(name))) found.push({ name, role, span });
  };

  /** Companies the text ties to a trade (以A为龙头的X产业, X产业拥有A、B等企业), by the words that name them. */
  const ties: { trade: string; text: string }[] = [];
  let itemTrade: { trade: string; end: number } | null = null;
  let industryTotal = false;
  for (const s of doc.sentences) {
    // (Read before any rule below ends the sentence early: the next sentence asks after it.)
    const afterIndustryTotal = industryTotal;
    industryTotal = INDUSTRY_TOTAL.test(s.text);
    // The industry a clause of this sentence is about (新能源产业装机规模突破…), for a next
    // clause that says its role with no subject of its own (…,成为全县第一大支柱产业).
    let about: string | null = null;
    const counted = s.text.includes('”') ? COUNTED_ABBREVIATION.exec(s.text) : null;
    if (counted) {
      // (…、水果种植面积分别达到…: the figure's words after the last item are no part of it.)
      const items = counted[2]!.split('、').map((i) => i.replace(/(?:种植|养殖|面积|产量|产值|分别|年产|基地|规模|等).*$/, '')).filter(Boolean);
      const total = [...counted[1]!].filter((_, i) => i % 2 === 0).reduce((n, c) => n + (COUNT_WORDS[c] ?? 0), 0);
      if (total === items.length) for (const item of items) push(item, /特色/.test(counted[0]) ? 'characteristic' : null, s, true);
    }
    // 荣昌猪、荣昌夏布、荣昌陶“三宝”产业: the items before a quoted count name as many trades.
    for (const nicknamed of s.text.includes('”') && s.text.includes('、') && s.text.includes('产业') ? s.text.matchAll(LIST_BEFORE_NICKNAME) : []) {
      const items = nicknamed[1]!.split('、').map((i) => i.replace(/^.*?(?:全县|全市|全区|全旗|围绕|发展|做强|做优|推动|推进)/, '')).filter(Boolean);
      if ((COUNT_WORDS[nicknamed[2]!] ?? 0) === items.length && items.every((i) => i.length >= 1 && i.length <= 6)) for (const item of items) push(item, /特色/.test(nicknamed[0]) ? 'characteristic' : /主导/.test(nicknamed[0]) ? 'leading' : null, s, true);
    }
    // 以化工新材料为主导,食品加工、装备制造为支撑,文化旅游为特色的…产业体系: each part of the
    // system the sentence builds, with the role its 为 gives, across the sentence's commas.
    // 以水果、蔬菜、蚕桑为主的…产业体系: the parts it is mainly made of, with no role.
    // (以A为引领,…,D为先导: the part that leads is leading, the pioneers are emerging.)
    if (/为(?:主导|支柱|首位|龙头|支撑|特色|新兴|先导|补充|引领|两翼|主的)/.test(s.text) && (SYSTEM_END.test(s.text) || SYSTEM_FRAME.test(s.text))) {
      for (const m of s.text.matchAll(SYSTEM_PART)) {
        const role = /主导|支柱|首位|龙头|引领/.test(m[2]!) ? 'leading' : m[2] === '特色' ? 'characteristic' : /新兴|先导/.test(m[2]!) ? 'emerging' : null;
        for (const item of splitTopLevel(m[1]!.replace(/^(?:形成了?|构建了?|打造了?|建立了?|加快构建|着力构建)?以/, ''))) push(item.replace(/产业$/, ''), role, s);
      }
    }
    // 1.黄花菜产业。以A、B为代表的…: a numbered item that is only a trade heads the rest of its line.
    const item = ITEM_TRADE.exec(s.text.trim());
    if (item && plainIndustryWord(item[1]!)) {
      push(item[1]!, null, s);
      const nl = doc.text.indexOf('\n', s.end);
      itemTrade = { trade: item[1]!, end: nl < 0 ? doc.text.length : nl };
      continue;
    }
    if (itemTrade && s.start < itemTrade.end) ties.push({ trade: itemTrade.trade, text: s.text });
    else itemTrade = null;
    // 锰系新材料产业:拥有A、B等骨干企业: a trade heading its sentence, and the companies the sentence names.
    const headed = TRADE_HEADING.exec(s.text);
    // (铝产业: a trade of one character ties its companies when the report names it elsewhere.)
    if (headed && (headed[1]!.length === 1 || plainIndustryWord(headed[1]!))) {
      if (headed[1]!.length > 1) push(headed[1]!, null, s);
      ties.push({ trade: headed[1]!, text: s.text });
    }
    // 作为电动车产业链的链主企业,X有限公司…: the company the sentence names is the trade's leader.
    const leader = s.text.includes('作为') ? AS_TRADE_LEADER.exec(s.text) : null;
    if (leader && plainIndustryWord(leader[1]!)) {
      push(leader[1]!, null, s);
      ties.push({ trade: leader[1]!, text: leader[2]! });
    }
    for (const asRole of s.text.includes('作为') ? s.text.matchAll(AS_ROLE) : []) if (plainIndustryWord(asRole[2]!)) push(asRole[2]!, roleOf(asRole[1]!), s);
    for (const held of s.text.includes('等') ? s.text.matchAll(TRADE_HOLDS) : []) {
      const named = held[1]!.replace(/^.*(?:是|为|成为)/, '').replace(/^(?:全国|全省)(?=[\u4e00-\u9fa5]{2})/, '');
      const trade = named.slice(provinceOpening(named)).replace(PLACE_BEFORE_TRADE, '');
      if (!plainIndustryWord(trade)) continue;
      push(trade, null, s);
      ties.push({ trade, text: held[2]! });
    }
    // 分行业看,食品加工业增长11.3%: in a bulletin's breakdown by trade, a trade's growth alone is its output's.
    // (规模以上工业增加值增长6.8%。其中,水电行业…,黄金采选业增长5.6%: industry's growth broken down by trade.)
    // (规模以上工业增加值增长9.8%。其中,石油和天然气开采业增长12.1%: the sentence after industry's total breaks it down.)
    const byTrade = /分行业|分门类|行业中|各行业/.test(s.text) || BROKEN_DOWN.test(s.text) || (afterIndustryTotal && /^其中[,，]/.test(s.text.trim()));
    for (const c of clausesOutsideQuotes(s)) {
      const t = c.text;
      const holds = about ? HOLDS_COMPANIES.exec(t) : null;
      if (holds && about) {
        ties.push({ trade: about, text: holds[1]! });
        continue;
      }
      const subjectless = SUBJECTLESS_ROLE.exec(t);
      if (subjectless && about) {
        push(about, roleOf(subjectless[1]!), s);
        continue;
      }
      const opening = /^([\u4e00-\u9fa5]{2,8}?)(?:产业|行业)(?!园|集聚|基地|项目|新城|协会|联盟)/.exec(t.replace(/^(?:全县|全市|全区|全旗|我县|我市|该县|该市|县域)/, ''));
      // (南丰蜜桔种植历史已有1300多年,是…传统特色产业: a crop or craft whose growing the clause tells of.)
      const grown = opening ? null : GROWN_OPENING.exec(t);
      const topic = opening?.[1] ?? grown?.[1];
      about = topic && plainIndustryWord(topic) ? topic : null;
      // 围绕食品加工首位产业和新型材料、电子信息两大主导产业: the trade with its own role before 和.
      const joined = t.includes('产业') ? ROLED_JOINED.exec(t) : null;
      const joinedName = joined?.[1]!.replace(UP_TO_VERB, '').replace(LEADING_VERBS, '');
      if (joined && joinedName && !NO_TRADE_BEFORE_ROLE.test(joinedName) && plainIndustryWord(joinedName)) {
        push(joinedName, roleOf(joined[2]!), s);
        // …和文旅特色产业: the trade joined after it with a role of its own.
        const after = ROLED_AFTER_JOIN.exec(t.slice(joined.index + joined[0].length - joined[3]!.length));
        if (after && !NO_TRADE_BEFORE_ROLE.test(after[1]!) && plainIndustryWord(after[1]!)) push(after[1]!, roleOf(after[2]!), s);
      }
      // 三大主导产业(纺织、食品、机械): the role's industries in brackets after it.
      const bracketed = /[(（]/.test(t) ? bracketedRole(t) : null;
      if (bracketed) {
        for (const item of bracketed.items) push(item, roleOf(bracketed.role), s);
        continue;
      }
      // A、B、C等(“两主一特一辅”|特色|主导)(农业)?产业
      // …等特色产业, …三大主导产业, …等“两主一特一辅”产业
      // (茶叶、油茶、中药材等特色农业 / 文化旅游、现代物流两大服务业: a list closed by a sector with its role.)
      const list = !t.includes('产业') ? (t.includes('、') && /农业|服务业/.test(t) ? SECTOR_LIST.exec(t) : null) : /(?:等|(?<!第)(?=[一二三四五六七八九十两\d]+(?:大|个|条)))(?:[一二三四五六七八九十两\d]+(?:大|个|条))?(?:本土|地方|本地)?([“"][^”"]+[”"]|[\u4e00-\u9fa5]{0,8}?)(?:农业|工业|服务)?产业(?!化|园|基地|项目)(?:集群|体系|链(?!条))?/.exec(t);
      // 将积极谋划布局低空经济、人工智能等未来产业: trades of the future to be laid out are plans, not the county's trades.
      if (list && /未来/.test(list[1]!) && FUTURE_LAID_OUT.test(t.slice(0, list.index))) continue;
      // (第一大产业 ranks one trade; it counts none. 两个万亩花卉产业园 counts parks, not trades.)
      // One item is a list too when a role names it: 大力发展茶叶等特色产业.
      const single = list && list[0].startsWith('等') && QUALIFIER.test(list[1]!);
      // 风光水储等绿色能源产业: after 等, a qualifier that is no role word is the industry itself.
      const category = list && list[0].startsWith('等') ? list[1]!.replace(QUALIFIERS, '') : '';
      if (category.length >= 2 && category === list![1] && !/[“”"]/.test(category) && !t.slice(0, list!.index).includes('、')) {
        push(category, null, s);
        continue;
      }
      // 打造电子信息和农产品精深加工两大主导产业: a list joined by 和 alone is one when the report counts its items.
      const counted = list && !t.slice(0, list.index).includes('、') ? countOf(list[0]) : null;
      // 涵盖羊绒、亚麻、针织等板块的…纺织产业: the items are parts of one industry, not a list of them.
      if (list && (t.slice(0, list.index).includes('、') || single || counted) && !/延伸/.test(t.slice(0, list.index)) && !/的|板块|环节/.test(list[1]!)) {
        const qualifier = list[1]!;
        const formula = rolesFromFormula(qualifier.replace(/[“”"]/g, ''));
        const items = itemsBefore(t, list.index).map((i) => i.replace(/(产业|行业|(?<![农工商])业)$/, (m, _w, at: number) => (m === '业' && at <= 1 ? m : '')).replace(/[(（][^)）]*[)）]$/, ''));
        if (items.every((i) => i.length <= 12) && (items.length > 1 || items[0]!.length <= 8) && (!counted || items.length === counted)) {
          // Items of a list the report qualifies (四大主导产业) are industries even when generic (现代服务业).
          items.forEach((item, k) => push(item, formula ? formula[k] ?? null : roleOf(qualifier), s, true));
          // …三大主导产业和文化旅游、现代物流两大服务业: a second list joined after the first, closed by its sector.
          const rest = t.slice(list.index + list[0].length);
          const joinedList = rest.replace(/^(?:和|及|以及|、)/, '');
          const second = joinedList !== rest ? SECTOR_LIST.exec(joinedList) : null;
          if (second) for (const item of itemsBefore(joinedList, second.index)) push(item, roleOf(second[1]!), s, true);
          continue;
        }
      }
      // 装备制造产业以A、B为龙头: the trade named first is led by the companies after 以.
      const ledAfter = t.includes('以') ? TRADE_LED_BY.exec(t.replace(SCOPE_OPENING, '').replace(PLACE_BEFORE_TRADE, '')) : null;
      if (ledAfter && plainIndustryWord(ledAfter[1]!)) {
        push(ledAfter[1]!, null, s);
        ties.push({ trade: ledAfter[1]!, text: ledAfter[2]! });
        continue;
      }
      // 以A、B为龙头的…产业
      // (The list is bounded: 以 opens many words, 以下 and 以上 among them, that never reach a 为.)
      const lead = /以(.{1,80}?)为(龙头|主导|首位|支柱|重点|引领|支撑)/.exec(t);
      if (lead && /产业/.test(t.slice(lead.index))) {
        // 以鑫旺电子为龙头的电子元器件产业集群: what leads an industry the clause names is its
        // companies, and the industry is the one named; 以茶叶、蚕桑为龙头的特色产业 names none.
        const led = /^龙头|^引领/.test(lead[2]!) ? /^的?((?:(?!产业)[\u4e00-\u9fa5]){2,10}?)(?:全)?产业/.exec(t.slice(lead.index + lead[0].length)) : null;
        const trade = led?.[1]!.replace(QUALIFIERS, '');
        if (trade && trade.length >= 2 && plainIndustryWord(trade)) {
          push(trade, null, s);
          ties.push({ trade, text: lead[1]! });
        }
        else for (const item of splitTopLevel(lead[1]!)) push(item, /^(主导|首位|支柱)$/.test(lead[2]!) ? 'leading' : null, s);
        continue;
      }
      // 把锂电新材料作为“一号产业”来抓: the trade named without 产业, when the role it is given is one of industries.
      // (将康养旅游培育成为全县支柱产业: what 将 makes is the trade, not 将… as a subject that holds a role.)
      // (把锂电作为首位产业,引进了…: the rule below ties the companies too.)
      const madeBare = /(?:把|将)/.test(t) && !AS_NAMED_ROLE.test(t) ? MADE_BARE.exec(t) : null;
      const madeName = madeBare?.[1]!.replace(/产业$/, '');
      if (madeBare && madeName && plainIndustryWord(madeName) && roleOf(madeBare[2]!)) {
        push(madeName, roleOf(madeBare[2]!), s);
        continue;
      }
      // 茶产业是勐海县的支柱产业; 陶瓷业已成为全县的主导产业: an industry said to hold a role.
      const isRole = HOLDS_ROLE.exec(t);
      if (isRole && (isRole[1]!.length > 1 || isRole[2] === '产业')) {
        push(isRole[1]!, roleOf(isRole[3]!), s, isRole[1]!.length === 1);
        // (…首位产业,目前已集聚A、B等企业: the companies the next clause names are the trade's.)
        about = plainIndustryWord(isRole[1]!) ? isRole[1]! : about;
        continue;
      }
      // 肉羊、燕麦是我县的主导产业: a list said to hold a role, each item one industry.
      // (A count before the role makes it the list rule's above.)
      const listRole = t.includes('、') ? LIST_ROLE.exec(t) : null;
      // (县域经济以制香、茶叶…为特色产业: what the list is of, up to 以, is no part of its first item.)
      const listed = listRole ? splitTopLevel(listRole[1]!.replace(/^[^、]*以(?=[^、]{2})/, ''), ['和', '以及']).map((i) => i.trim().replace(/(?:产业|行业)$/, '')) : [];
      if (listRole && listed.every((i) => i.length >= 2 && i.length <= 10)) {
        for (const item of listed) push(item, roleOf(listRole[2]!), s, true);
        continue;
      }
      // 把红色旅游作为首位产业来抓; 坚持把锂电、新型建材作为主导产业; 把茶叶、咖啡作为重点产业来抓
      // (重点, 优势, 富民 give the trades no role of the vocabulary: role null).
      const asRole = AS_ROLE_MADE.exec(t);
      if (asRole) {
        // 把竹产业作为首位产业: a one-character trade named with 产业 is a name here.
        const items = splitTopLevel(asRole[1]!, ['和', '以及']);
        for (const item of items) {
          const name = item.replace(/产业$/, '');
          push(name, roleOf(asRole[2]!), s, name.length === 1 && item.endsWith('产业'));
        }
        // 把锂电作为首位产业,引进了A、B等链主企业: the one trade a sentence makes its own ties the
        // companies the rest of the sentence brings in.
        const rest = s.text.slice(c.end - s.start);
        if (items.length === 1 && /企业|公司/.test(rest)) ties.push({ trade: items[0]!.replace(/产业$/, ''), text: rest });
        continue;
      }
      // 把锂电产业作为…一号工程 / 将文旅康养产业打造成为…支柱产业
      const made = /(?:把|将)([\u4e00-\u9fa5]{1,8}?)产业(?:作为|打造成为?|列为|培育成为?)(.*)/.exec(t) ?? /^([^把将]{2,8}?)产业(?:作为|打造成为?|列为|是)(.*)/.exec(t);
      if (made) {
        push(made[1]!, roleOf(made[2]!), s, made[1]!.length === 1);
        continue;
      }
      // 编制完成中医药健康产业发展规划, 出台《茶叶产业高质量发展三年行动计划》: a trade the county
      // plans and supports by a document of its own is one it has.
      const planned = PLAN_FOR_TRADE.exec(t);
      if (planned && plainIndustryWord(planned[1]!)) {
        push(planned[1]!, null, s);
        continue;
      }
      // 工业经济以铝加工、硅化工为主: what a sector is mainly made of.
      const mainly = t.includes('为主') ? SECTOR_MAINLY.exec(t) : null;
      if (mainly) {
        for (const item of splitTopLevel(mainly[1]!)) push(item, null, s);
        continue;
      }
      // 主导产业为A、B / 特色产业有A和B / 特色产业：A、B (the colon ends the clause before) / 首位产业——X产业
      const headed = c.start > s.start ? ROLE_HEADING.exec(doc.text.slice(Math.max(s.start, c.start - 12), c.start)) : null;
      const named = ROLE_NAMED.exec(t) ?? (headed ? ([t, headed[1]!, t] as const) : null) ?? (/[—-]/.test(t) ? ROLE_DASH.exec(t) : null);
      if (named) {
        for (const item of splitTopLevel(named[2]!)) push(item.replace(/等.*$/, ''), roleOf(named[1]!), s);
        continue;
      }
      // The patterns below all need 业 (产业, 行业, 旅游业), a title (中国…, …之乡), 产值 or a county of a trade (…大县) in the clause: most clauses have none.
      if (!/业|中国|之乡|之都|名城|产值|[大强名]县/.test(t)) continue;
      const subject = INDUSTRY_SUBJECT.exec(t.replace(/^(?:其中[,，]?)?(?:全县|全市|全区|全旗|我县|我市|该县|该市|县域|特色|新兴|传统)?/, ''));
      // (高耗能行业增加值增长…: a bulletin's aggregate of trades is no trade of the county's.)
      if (subject && plainIndustryWord(subject[1]!) && !industryVocabulary().statisticalSectors.includes(subject[1]!)) {
        push(subject[1]!, null, s);
        continue;
      }
      // 构建了…现代纺织产业格局, 形成了…循环经济产业体系: the industry the county built up.
      const system = !/格局|体系/.test(t) ? null : /(?:构建|形成|打造|建成)(?:了|起)?[^,，。;；]{0,24}?(?:的)?(?:现代|高效|多元化|完整的?)*((?:(?!的)[\u4e00-\u9fa5]){2,8}?)产业(?:格局|体系)/.exec(t);
      const built = system?.[1]!.replace(/^(?:现代|高效|多元化|多链条)+/, '');
      if (built && plainIndustryWord(built)) {
        push(built, null, s);
        continue;
      }
      let chained = false;
      for (const chain of t.includes('产业链') ? t.matchAll(CHAINS) : []) {
        // 打造锂电、光伏、新材料产业链: the chain's words begin a list whose items name one chain each.
        const listed = chainListBefore(t, chain.index, chain[1]!);
        if (listed) {
          for (const name of listed) push(name, null, s);
          chained ||= listed.length > 0;
          continue;
        }
        // 打造了集种植、养殖、加工于一体的高端奶全产业链: the words right before 产业链 name it.
        for (const item of chain[1]!.split('、')) {
          const name = item
            .replace(/(?:全)?产业链$/, '')
            .replace(/^.*[的了和与及]/, '')
            .replace(CHAIN_VERBS, '');
          if (name.length >= 2 && plainIndustryWord(name)) {
            push(name, null, s);
            chained = true;
          }
        }
      }
      if (chained) continue;
      for (const m of /中国|全国/.test(t) ? t.matchAll(TRADE_TITLE) : []) {
        // (中国南方葡萄之乡: the region the title covers is no part of the trade.)
        for (const trade of [m[1], m[2]].map((x) => x?.replace(TITLE_REGION, ''))) if (trade && plainIndustryWord(trade) && !industryVocabulary().notTradeTitles.some((w) => trade.includes(w))) push(trade, null, s);
      }
      for (const m of t.includes('百强县') ? t.matchAll(TRADE_HUNDRED) : []) if (plainIndustryWord(m[1]!) && !NOT_A_TRADE_LIST.test(m[1]!)) push(m[1]!, null, s);
      // 建设绿色中药材大县, 打造全国肉牛养殖大县: the trade a county builds itself up in (not 教育强县).
      const aim = /[大强名]县/.test(t) ? TRADE_COUNTY.exec(t) : null;
      // (湘南智造强县: making in general, named with a region, is an aim, not a trade.)
      if (aim && plainIndustryWord(aim[1]!) && !industryVocabulary().notTradeAims.includes(aim[1]!) && !/(?:智造|制造)$/.test(aim[1]!)) push(aim[1]!, null, s);
      // 做强中药产业: an industry the county develops, by name; 陶瓷产业重点抓好…: one it directs.
      const roleOpening = ROLE_OPENING.exec(t);
      // (建筑业快速发展: a section every bulletin reports thrives as no trade of the county's own.)
      const thriving = THRIVING.exec(t.replace(SCOPE_OPENING, '').replace(PLACE_BEFORE_TRADE, ''));
      // 大力发展电子商务和现代物流业: two trades joined under one verb of development, each its own.
      const developed = t.includes('和') || t.includes('、') ? DEVELOP_LIST.exec(t) : null;
      const developedItems = developed ? splitTopLevel(developed[1]!, ['和']).map((i) => i.trim().replace(/(?:产业|行业|(?<=[\u4e00-\u9fa5]{2})业)$/, '')) : [];
      if (developedItems.length >= 2 && developedItems.every((i) => i.length >= 2 && plainIndustryWord(i))) {
        for (const item of developedItems) push(item, null, s);
        continue;
      }
      const develop = DEVELOP.exec(t) ?? (roleOpening && !NO_TRADE_BEFORE_ROLE.test(roleOpening[1]!) ? roleOpening : null) ?? CLAUSE_SUBJECT.exec(t) ?? (thriving && !industryVocabulary().statisticalSectors.includes(thriving[1]!) ? thriving : null);
      if (develop && plainIndustryWord(develop[1]!)) {
        push(develop[1]!, roleOf(t.slice(0, develop.index + develop[0].length).slice(-8)), s);
      }
      // 陶瓷、花炮、玻璃产值: the county's product lines.
      // (全县五金工具、竹木加工等行业产值分别增长…: also after the scope, and the trades' value added.)
      const output = TRADE_LIST_OUTPUT.exec(t);
      const outputItems = output ? splitTopLevel(output[1]!) : [];
      if (outputItems.every((i) => plainIndustryWord(i) && !v.statisticalSectors.includes(i))) for (const item of outputItems) push(item, null, s);
      // 化学原料和化学制品制造业增长15.1%: a division of the national classification, named as bulletins write it.
      const classified = classifiedTrade(t, byTrade);
      if (classified) {
        push(classified, null, s);
        continue;
      }
      // 其中,包装印刷业产值增长12.3%: a trade (…业) whose output the report gives, one clause each.
      const tradeOutput = (byTrade ? TRADE_GROWTH : TRADE_OUTPUT).exec(t);
      // What opens the clause (桐城市全年, 全县) is no part of the trade.
      const trade = tradeOutput?.[1]!.replace(/^.*?(?:全年|全县|全市|全区|全旗)/, '').replace(PLACE_BEFORE_TRADE, '');
      if (trade && plainIndustryWord(trade) && !v.statisticalSectors.includes(trade)) push(trade, null, s);
    }
  }

  // Industries of the county's companies, when the report names the industry itself too.
  for (const e of doc.enterprises) {
    const name = industryOfText(e.name, Object.keys(industryVocabulary().synonyms));
    const named = name && new RegExp(`${name}(?:全?产业|生产|行业|企业|升级|转型|种植)`).test(doc.text);
    if (name && named && name !== e.name && isIndustryName(name) && !found.some((f) => f.name === name)) {
      found.push({ name, role: null, span: e.evidence });
    }
  }

  const merged = new Map<string, Industry>();
  for (const f of found) {
    const cur = merged.get(f.name);
    if (!cur) merged.set(f.name, { name: f.name, role: f.role, enterprises: [], evidence: evidence(f.span) });
    else if ((RANK[f.role ?? ''] ?? 0) > (RANK[cur.role ?? ''] ?? 0)) {
      cur.role = f.role;
      cur.evidence = evidence(f.span);
    }
  }
  /** One industry named two ways: the name kept takes the higher role of the two. */
  const absorb = (name: string, kept: string | undefined) => {
    const from = merged.get(name);
    const into = kept === undefined ? undefined : merged.get(kept);
    if (!from || !into) return;
    if ((RANK[from.role ?? ''] ?? 0) > (RANK[into.role ?? ''] ?? 0)) into.role = from.role;
    merged.delete(name);
  };
  // 小吃 and 沙县小吃 in one report: the county's branded trade, named both ways, is one industry.
  const short = doc.county?.shortName;
  if (short) for (const name of [...merged.keys()]) absorb(name, `${short}${name}`);
  // 新能源汽车 and 新能源汽车及零部件: a trade also named with what goes with it is one industry.
  for (const name of [...merged.keys()]) absorb(name, [...merged.keys()].find((n) => n.length > name.length + 1 && n.startsWith(name) && /^(?:及|和|与)/.test(n.slice(name.length))));
  // 香榧 and 香榧加工 (中国香榧加工名城): a trade and its making are one industry, under the trade's name.
  for (const name of [...merged.keys()]) absorb(name, [...merged.keys()].find((n) => n.length >= 2 && name.startsWith(n) && MAKING.test(name.slice(n.length))));
  const industries = [...merged.values()];
  const names = industries.map((i) => i.name);
  for (const tie of ties) {
    const trade = canonicalIndustry(tie.trade);
    if (merged.has(trade)) for (const e of doc.enterprises) if (tie.text.includes(e.name)) e.industry ??= trade;
  }
  for (const e of doc.enterprises) {
    e.industry ??= industryOfText(e.name, names);
    const industry = industries.find((i) => i.name === e.industry);
    if (industry && !industry.enterprises.includes(e.name)) industry.enterprises.push(e.name);
  }
  return industries;
}
