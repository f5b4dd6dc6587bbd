import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import type { Honour, HonourLevel, RecipientType } from '../src/facts.ts';
import type { ReportDoc } from './doc.ts';
import type { CountyUnit } from './gazetteer.ts';
import { antecedent, COMPANY_PRONOUN, LEGAL_TAIL } from './extract-enterprises.ts';
import { loadGazetteer, namesOtherCounty, provinceOpening, spokenName } from './gazetteer.ts';
import { honourRows } from './honour-tables.ts';
import { clausesOutsideQuotes, evidence, type Span } from './segment.ts';
import { splitTopLevel, stripQuotes } from './text-lists.ts';

interface HonourVocabulary {
  strongTriggers: string[];
  weakTriggers: string[];
  postfixTriggers: string[];
  rankTriggers: string[];
  heads: string[];
  levelRequiredHeads: string[];
  notHonours: string[];
  activitySubject: string[];
}

let vocab: (HonourVocabulary & { triggerRe: RegExp; strongRe: RegExp; headRe: RegExp; postfixRe: RegExp; postfixHintRe: RegExp; notHonoursRe: RegExp }) | undefined;

function vocabulary() {
  if (vocab) return vocab;
  const v = JSON.parse(readFileSync(join(PROJECT_ROOT, 'loaders', 'vocab', 'honours.json'), 'utf8')) as HonourVocabulary;
  const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
  vocab = {
    ...v,
    // 居 alone is too common a character (居民, 居住): it ranks only before a national or provincial standing.
    triggerRe: new RegExp(`(${alt([...v.strongTriggers, ...v.weakTriggers, ...v.rankTriggers.filter((t) => t !== '居')])}|居(?=全国|全省))`, 'g'),
    strongRe: new RegExp(alt(v.strongTriggers)),
    headRe: new RegExp(`(${alt(v.heads)})$`),
    postfixRe: new RegExp(`^(.{4,40}?)(${alt(v.postfixTriggers)})`),
    // (The words alone, searched once, before the lazy opening is tried at every length.)
    postfixHintRe: new RegExp(alt(v.postfixTriggers)),
    notHonoursRe: new RegExp(alt(v.notHonours)),
  };
  return vocab;
}

// (中欧互认地理标志…: a designation agreed between China and the EU is conferred nationally.)
const LEVEL_WORD = /全国|国家|中国|中欧|国字号|全省|省级|自治区|省|全市|市级|市|国务院|[\u4e00-\u9fa5]{1,5}部(?![门分])/;

/**
 * national for 全国/国家/中国 or a ministry, provincial for 省 or a province, municipal for 市 or a
 * prefecture. In an autonomous region 全区 is the region (provincial), unless the report's own
 * unit is a district (区), whose 全区 is itself.
 */
export function honourLevel(name: string, context = '', county: { provinceCode: string; kind: string } | null = null): HonourLevel {
  const g = loadGazetteer();
  const text = `${name}`;
  if (county && county.kind !== '区' && /^(?:全区|区级)/.test(text) && g.provinces.find((p) => p.code === county.provinceCode)?.name.endsWith('自治区')) return 'provincial';
  if (/省市/.test(text) && !/全省|省级/.test(text)) return 'other';
  if (/全国|国家|中国|中欧|国字号|国务院|^[\u4e00-\u9fa5]{0,4}(财政|农业农村|商务|工信|生态环境|文化和旅游|水利|教育|科技|民政|交通运输|住房和城乡建设|自然资源|应急管理)部|人民网|新华网/.test(text)) return 'national';
  if (/全省|省级|省|自治区/.test(text) || g.provinces.some((p) => text.includes(p.short) && p.short.length >= 2)) return 'provincial';
  if (/全市|市级|州级/.test(text) || g.prefectures.some((p) => text.includes(p.name))) return 'municipal';
  // Hundred-strong lists of counties (百强县, 百强县市, 县域经济百强榜) are national unless a province is named.
  if (/百强(?:县|县市|区|市)|县域[\u4e00-\u9fa5]{0,6}百强榜/.test(text)) return 'national';
  if (context) {
    if (/国家|全国|国务院|中共中央|党中央|部$/.test(context)) return 'national';
    if (/省/.test(context)) return 'provincial';
    if (/市/.test(context)) return 'municipal';
  }
  return 'other';
}

const PRODUCT_TITLE = /地理标志|名特优新|保护产品|证明商标|集体商标|农产品区域公用品牌/;

function recipientType(recipient: string, isCounty: boolean, enterprises: Set<string>, title = ''): RecipientType {
  if (isCounty) return 'county';
  if (enterprises.has(recipient) || /(公司|集团|股份|企业|厂|合作社)$/.test(recipient)) return 'enterprise';
  // (江永香柚获评国家地理标志保护产品: a product's title, though a company bears the product's name.)
  if (PRODUCT_TITLE.test(title)) return 'organisation';
  // 攸能新材料 after 湖南攸能新材料有限公司: a short name of a company the report names is the company.
  if (recipient.length >= 3 && !/(镇|乡|街道|村|社区|县|市|区|旗)$/.test(recipient) && [...enterprises].some((e) => e.length > recipient.length && e.includes(recipient))) return 'enterprise';
  // 制造业亩均税收前50强, 百强企业: a title only companies receive.
  if (/企业|制造业|工业|民营|纳税/.test(title) && !/(镇|乡|街道|村|社区|区|产业园|集群|基地)$/.test(recipient)) return 'enterprise';
  if (/(镇|乡|街道|苏木)$/.test(recipient)) return 'town';
  if (/(村|社区|嘎查)$/.test(recipient)) return 'village';
  if (/(项目|工程|基地|产业园|大桥|公路|隧道|水库|电站|枢纽|机场|码头|铁路|高速)$/.test(recipient)) return 'project';
  if (/(同志|书记|县长|市长|教师|医生|学生|选手|[\u4e00-\u9fa5]某)$/.test(recipient) || /学生|教师/.test(recipient)) return 'person';
  // 垛庄镇农民张某英, 某村党支部书记王某: a calling, then a name of two or three characters.
  if (/(?:农民|村民|书记|支书|主任|职工|工人|护士|医生|教师|民警|警察|干部|队员|志愿者|党员|代表|技师|工匠)[\u4e00-\u9fa5]{2,3}$/.test(recipient) || /(?:劳动模范|道德模范|先进个人|标兵|能手|工匠|好人|优秀共产党员|党务工作者|奖章|红旗手)$/.test(title)) return 'person';
  return 'organisation';
}

// 于 before a time (X于2023年荣获…, 并于去年入选…) is the time's, no part of the recipient.
const LEADING_SUBJECT_NOISE = /^(?:于(?=\d{4}年|\d{1,2}月|今年|去年|前年|上年|同年|当年|年内|近日|日前)|这(?:也|又|已|还)?是(?=.{0,6}继)|[一二三四五六七八九十]{1,2}是(?=[\u4e00-\u9fa5“]{2})|继(?!续)|更(?![加名])|在(?=去年|今年|前年|上年|\d{1,2}月|\d{4}年)|\d{1,2}月(?:份|底|初|上旬|中旬|下旬)?|【[^【】]{1,12}】|[\d一二三四五六七八九十]+[、.．]|\d{4}年(?:度)?|去年|今年|全年|当年|同年|此前|此后|随后|之前|之后|后来|近日|日前|同时|其中|此外|另外|目前|近年来|多年来|年内|连续[\d一二三四五六七八九十两]+年|连续多年|再次|首次|又|相继|并且|并|还|也|却|但是|但|而且|更是|先后|已经|已|均|都|持续|继续|进一步|不断|全力|积极|努力|当地|该县|该市|该区|该旗|全县|全市|全区|全旗|我县|我市|我区|我旗|我们|以及|及)+/;
const TRAILING_SUBJECT_NOISE = /(?:于(?=\d{4}年|\d{1,2}月|今年|去年|前年|上年|同年|当年|年内|近日|日前)|以(?:高分|满分|全票|优异(?:的)?成绩|[^,，;；]{1,12}?的成绩|第一名(?:的成绩)?|[^,，;；]{1,6}?的(?:高)?分(?:数)?)|高分|全票|高质量|成功|荣誉|连续第?(?:[一二三四五六七八九十\d]+|多)(?:年|届|次)|分别|先后|已经|已|再次|再度|再一次|又一次|首次|第[一二三四五六七八九十\d]+次|再|重新|相继|双双|顺利|均|还|也|又|更|持续|被[^,，;；]{0,30}?|经[^,，;；]{1,14}?批准|(?:选送|报送|推荐|创作|制作|拍摄)的(?:作品|节目|稿件|微电影)?《[^》]{1,20}》|作为[^,，;；]{2,20}?|今年|去年|前年|上年|当年|同年|年内|近年来|近年|近日|日前|目前|\d{4}年度?|\d{1,2}月(?:份|底|初|中旬|上旬|下旬)?(?:\d{1,2}日)?)+$/;
/** A named unit opening a clause: a company, a town, a village, a park. */
// (南浔古镇景区: a kind of unit inside the name, 镇 of 古镇, is not where it ends.)
const SUBJECT_HEAD = /^([\u4e00-\u9fa5()（）]{2,30}?(?:有限公司|有限责任公司|集团|公司|股份|镇|乡|街道|村|社区|开发区|园区|林场|合作社|景区|旅游区|度假区)(?!景区|旅游区|度假区|园区|开发区|有限|集团|公司))/;

/** 安吉白茶品牌价值…, 祁阳苔茶区域公用品牌…: the county's own product named before its brand. */
const PRODUCT_BEFORE_BRAND = /^[\u4e00-\u9fa5]{1,4}?(?=品牌价值|区域公用品牌|公用品牌|品牌影响力|地理标志)/;
function ownProduct(opening: string, doc: ReportDoc): [string] | null {
  const place = doc.county ? [doc.county.name, doc.county.shortName].find((p) => p.length >= 2 && opening.startsWith(p)) : undefined;
  const rest = place ? PRODUCT_BEFORE_BRAND.exec(opening.slice(place.length)) : null;
  return place && rest && !/^[县市区旗]/.test(rest[0]) ? [`${place}${rest[0]}`] : null;
}

/** 同比增长15.6%, 上缴税收3.2亿元: a clause that only goes on with figures. */
const FIGURES_GO_ON = /^(?:同比|比上年|较上年)?(?:增长|下降|上缴|缴纳|实现|完成|纳税|出口|销售|利税|利润|营业收入|主营业务收入|产值)[^,，;；。]{0,16}?(?:\d[\d.]*\s*(?:%|亿|万)|$)/;

/** A clause that opens with a verb has no subject of its own. */
const CLAUSE_VERB = /^(继续|推进|加快|推动|建设|打造|实施|完成|开展|举办|发展|做强|支持|引导|鼓励|培育|新建|改造|提升|启动|组织|指导|帮助|依托|围绕|聚焦)/;

/** …,大力发展温泉康养产业,先后获评…: a clause opening on a verb goes on with the unit of the clause before. */
const GOES_ON_ACTING = /^(?:并|还|也|又|同时|不断|持续|积极|全力|着力|大力|深入|充分|先后|相继)*(?:继续|推进|加快|推动|建设|打造|实施|开展|举办|发展|做强|做大|培育|新建|改造|提升|启动|依托|围绕|聚焦|立足|坚持|利用|发挥|抢抓|抓住|借助|通过|挖掘|探索|创新|壮大|完善)/;

/** A subject that is a plan or an effort (推动…纳入, 力争…创建) states no conferred title. */
const ASPIRATION = /^(推动|推进|加快|争取|力争|确保|计划|拟|将|要|积极|全力|努力|申报|谋划|启动)/;

/**
 * 我们将力争到2027年…,成功创建…: a clause that opens a plan (its speaker, then 将/力争/争取…)
 * makes the clauses after it without a subject of their own part of the plan.
 */
const PLAN_OPENING = /^(?:下一步|今后|未来|(?:今后|未来)?[一二三两五]年|明年|\d{4}年)?[,，]?(?:我们|我县|全县|该县|本县|我区|全区|我市|全市|我旗|全旗|县委县政府|县委、县政府)?(?:还|也|更)?(?:(?:将|要|需要)(?!来)|力争|争取|确保|计划|力求)/;
/** Not titles: firsts, counts of titles, goals. */
/** 全省首个…, 全县首家…: the first of its kind. */
const FIRST_OF = /^(?:全国|全省|全市|全县|全区|全旗|省内|市内|县内|[\u4e00-\u9fa5]{2,7}?(?:省|自治区|市|州)?)?(?:首家|首个|第一家|第一个|唯一|第[\d一二三四五六七八九十]{1,3}个)/;
/** What a first may be the first of and still be conferred: a pilot, a model, a base. */
/** A grade conferred by a standard (4A级旅游景区, 五星级): a title whatever the verb or level word. */
const STANDARD_GRADE = /[\dA-Z一二三四五]A级?(?:旅游)?景区|[\d一二三四五]星级|[一二三]级[甲乙丙]等|[二三]级(?:综合|中医|妇幼|专科)?医院/;
const DESIGNATION = new RegExp(`试点|示范|基地|先行区|样板|标杆|称号|创建|认定|命名|${STANDARD_GRADE.source}`);
const NOT_NAME = /首例|^[\d一二三四五六七八九十两]+(个|家|项|所|座|名)|目标|冲刺|最大|最早|重要的/;
/** A clause that is only a standing (全国绿色发展百强县市第17位), listed after one ranked with a verb. */
const STANDING = /^(?:全国|全省|中国|全市|全州)[^,，、;；。]{2,30}?第[\d一二三四五六七八九十]+[位名]/;
/** 由68位升至59位, 从第12位跃升至第5位: a rise in a ranking. */
const RISE = /(?:由|从)第?(\d+)位?(?:升至|上升至|跃升至|提升至|前移至|进至|跃居|升到)第?(\d+)位/;
/** A clause that ends on a figure (…增长5%, …达到403.6亿元,). */
const FIGURE_END = /[\d.]+\s*(?:%|个百分点|(?:亿|万)?元|亿|万|倍)[,，]?$/;
/** A figure's name (地区生产总值增速, 城镇居民人均可支配收入): its place in a table of figures is no unit's title. */
const STATISTIC = /(?:增速|增幅|增长|总量|总值|增加值|收入|投资|总额|产值|产量|规模|指标|数量|比重|率|人均[\u4e00-\u9fa5]*)$/;

/** 第四批, 首批, 2023年第二批: the batch a title was conferred in. */
const BATCH = /^(?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]+批|首批)/;

/** What an assessment gives (优秀等次, 先进, 第一名): a title only with the assessment's name. */
const GRADE = /^(?:优秀|先进|良好|好|A)(?:等次|等级|档次|类|单位)?$|^第[一二三四五六七八九十\d]+名$|^(?:团体|个人)?(?:[一二三]等奖|特等奖|金奖|银奖|铜奖)$/;

/** 先进县, 优秀单位: a title that says what kind of unit won and nothing of what for. */
const KIND_ONLY_TITLE = /^(?:先进|优秀|达标|示范|红旗)(?:县|市|区|旗|县市区|单位|集体|乡镇)$/;

/** 2023年度, 第四季度, 上半年: when an assessment was made, no part of its name. */
const ASSESSMENT_TIME = /\d{4}年度?|第?[一二三四]季度|前三季度|[上下]半年|全年|年度/g;

/** 在全国县域经济百强县排名中: a ranking named before the verb. */
const RANKING_NAMED = /在(?:\d{4}年度?)?([^,，;；。]{4,30}?)(?:排名|排行|榜单|评价|监测)中[,，]?/;
/** A ranking announced in the clause before (2023赛迪百强县榜单发布,X位列第65位). */
/** …发布《X》,A、B、C入选: who entered, after the announcement, leaves it the sentence's last word. */
const ENTERED_CLAUSE = /[,，][^,，。]{0,60}?(?:入选|上榜|入围|榜上有名)$/;
const RANKING_ANNOUNCED = /(?:^|[,，]|近日|日前)(?:\d{4}年?度?)?([^,，;；。]{3,30}?)(?:榜单|排行榜|榜|排名|名单)(?:正式|近日|日前)?(?:发布|出炉|公布|揭晓)[,，]?$|发布(?:了)?《(?:\d{4}年?度?)?([^》]{1,24}?(?:强|榜|排名|排行|指数|竞争力|十佳|百佳)[^》]{0,8}?)(?:研究|研究报告|报告)?》[,，]?$/;
/** The sentence before `s` in the report (found by halving: clauses of a long report may ask often). */
function sentenceBefore(doc: ReportDoc, s: Span): Span | undefined {
  let lo = 0;
  let hi = doc.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? doc.sentences[lo - 1] : undefined;
}

/** A place and nothing else (,位列第71位 / ,排名第3位). */
const PLACE_ONLY = /^(?:位列|位居|排名|排在|名列|居)(?:全国)?第([\d一二三四五六七八九十百]+)位(?:[,，、]|$)/;
/**
 * Whom the place is among, between the verb and the place (位列全省县级第6名, 位居同类县市第3位):
 * no part of the title.
 */
const PLACE_SCOPE = '(?:全国|全省|全市|全州)?(?:县级|县域|县市区|县\\(市、区\\)|同类县市?|同类地区|同组别|同类别|[一二三]类县(?:市区)?)?';
/** The place itself after the verb, among whom it was given or not (县级第6名, 第65位, 第三). */
const PLACE = `${PLACE_SCOPE}第([\\d一二三四五六七八九十百]+)([位名]|(?=$|[,，;；。]))`;
/** A unit's place in a ranking, with no verb of conferral: X位列第65位, X排名第32位. */
const PLACED = new RegExp(`^([^,，;；。]{2,20}?)(?:位列|位居|排名|排在|名列|列)${PLACE}`);
/** …,我市位列第8名 with 我市 taken off: PLACED's shape, its subject empty. */
const OWN_PLACE = new RegExp(`^()(?:位列|位居|排名|排在|名列|居)${PLACE}`);
/** An assessment or ranking by its scope and its kind (全省营商环境评价, 中国县域经济百强榜). */
// (赛迪县域经济百强榜: a list of the hundred best or a chart is a ranking whoever draws it up.)
const ASSESSMENT = '(?:\\d{4}年?度?)?((?:全国|全省|中国|[\\u4e00-\\u9fa5]{2,3}省)[^,，;；。]{2,30}?(?:考核|考评|评价|评比|测评|评选|监测|排名|排行|排序|榜单|榜|大赛|比赛|竞赛)|[^,，;；。在]{2,24}?(?:百强榜|强县榜|排行榜|榜单))中';
/** 在全省县域经济高质量发展综合考核中,X位列第12名: the assessment named in the clause before the place. */
// (…在赛迪顾问发布的2024中国县域经济百强榜中: who published it is no part of the ranking's name.)
// (醴陵市在…百强榜中较上年提升5位,居第54位: the unit may come before 在, and a move between the ranking and the place.)
const MOVED = '(?:较上年|比上年|同比)?(?:前进|提升|上升|跃升|提高|前移|进位)[\\d一二三四五六七八九十]+(?:位|个位次)';
const ASSESSED_BEFORE = new RegExp(`(?:^|[,，])(?:[^,，;；。在]{0,12}?)在(?:[^,，;；。]{2,12}?发布的)?${ASSESSMENT}[,，]?(?:${MOVED}[,，]?)?$`);
/** 澧县在全国县域经济百强榜中位列第78位: the unit, the assessment and the place in one clause. */
// (…在全国县域经济百强县排名中前进9位至第59位: the move that reached the place.)
const PLACED_WITHIN = new RegExp(`^([^,，;；。在]{0,12}?)在${ASSESSMENT}(?:位列|位居|排名|排在|名列|列|${MOVED}(?:至|到))${PLACE}`);
/** 在全省营商环境评价中,…,获评优秀等次: the assessment a grade was given in, named earlier in the sentence. */
const ASSESSED_EARLIER = new RegExp(`在(?:[^,，;；。]{2,12}?发布的)?${ASSESSMENT}`, 'g');
/** …公布第五批专精特新“小巨人”企业名单,A、B、C 3家企业榜上有名: the units on a list announced in the clause before. */
// (…名单,我县浦市镇成功入选 / …3家企业上榜: the verb alone, at the clause's end, enters the list just named.)
const ON_LIST = /^(.{2,120}?)(?:均|全部|成功|双双|同时|顺利)*(?:榜上有名|名列其中|位列其中|入选其中|(?:入选|上榜|入围|在列)$)/;
const LIST_ANNOUNCED = /(?:^|[,，;；]|近日|日前)([^,，;；。]{0,24}?)(?:公布|发布|公示|印发|下发|认定)(?:了|的)?(?:\d{4}年度?)?([^,，;；。]{4,40}?)名单中?[,，]?$/;
/** 市委、市政府授予我县“平安县”称号: the conferring body, the receiving unit, the title. */
const CONFERRED = /^((?:[\u4e00-\u9fa5]{0,8}?(?:国务院|党中央|中央|部|省委|省政府|市委|市政府|州委|州政府|厅|局|委员会|协会|学会)、?)+)授予((?:我|本|该|全)[县市区旗]|[\u4e00-\u9fa5]{2,20}?(?:县|市|区|旗|镇|乡|街道|村|社区|公司|集团|学校|医院))(.{3,40}?)(?:称号|荣誉称号|荣誉|奖)?$/;
/** X、Y、Z等工作获省政府真抓实干督查激励: one incentive per work area. */
/** X正式授牌国家4A级旅游景区: a plaque given with a title of a level. */
const PLAQUE = /^([^,，;；。]{2,30}?)(?:正式|成功|被)?授牌(?:为)?((?:国家|全国|中国|省|自治区|市)[^,，;；。]{2,30})$/;
const INCENTIVE = /^(.+?)等?(?:方面|项|\d+项)?工作(?:均)?(?:获|获得|受到|荣获)((?:国务院|省委省政府|省委、省政府|省政府|市委市政府|市政府|市委、市政府)?(?:办公厅)?(?:真抓实干)?督查(?:表扬)?激励)/;

function cleanName(raw: string): string {
  return raw
    .trim()
    .replace(/^(了|为|成为|获得|获|上|入|进|的|到)/, '')
    // 获批设立国家级经济技术开发区, 获批创建国家现代农业产业园: what was set up is the title.
    .replace(/^(?:设立|建立|成立|创建)(?=[\u4e00-\u9fa5“]{4})/, '')
    // (2023—2024年度全国文明单位: the years a title was given for are no part of it.)
    .replace(/^\d{4}(?:[-—–~至]\d{2,4})?年(度)?/, '')
    // 全省首个国家级农业现代化示范区: a first among the province's is said of the unit; the title has
    // its own level (the first's scope stays where the title has none: 全省唯一的“一县一业”示范县).
    .replace(/^(?:全国|全省|全市|全州|全区|省内|市内)(?:唯一|首个|首家|第一个|首批|第[\d一二三四五六七八九十]{1,3}个)的?(?=全国|国家|中国|省级|全省|市级|全市|[\u4e00-\u9fa5]{2,3}省)/, '')
    // 入选“2023中国县域旅游竞争力百强县”: the year a list was published is no part of its title.
    .replace(/^“\d{4}(?:年度?)?/, '“')
    // 获得全国脱贫攻坚先进集体表彰: the title the commendation names.
    .replace(/(?<=(?:集体|个人|单位|先进|模范|标兵|典型|先进[县市区镇村]))表彰$/, '')
    // (荣获省人民政府颁发的…一等奖: who gave the award is no part of its name.)
    // (…its level stays: 省人民政府颁发的X一等奖 is 省X一等奖.)
    .replace(/^([\u4e00-\u9fa5、]{2,16}?)(?:颁发|授予|评选|认定|命名|表彰)的(?=[\u4e00-\u9fa5“]{4})/, (_, giver: string) => (/^(?:国务院|国家|中共中央|党中央|中央)/.test(giver) ? '国家' : /^(?:省|自治区)/.test(giver) ? '省' : /^(?:市|州)/.test(giver) ? '市' : ''))
    // 被列入《全国旅游重点县名单》: the list's name in book-title marks names the title.
    .replace(/^《([^《》]+)》$/, '$1')
    // 通过国家卫生县城技术评估并被命名为国家卫生县城: what the assessment ended in is the title.
    .replace(/^.*?并(?:被)?(?:命名|认定|评|确定|授予)为/, '')
    // 通过国家义务教育优质均衡发展县评估认定: an assessment that recognizes the title confers it.
    .replace(/(?<=[县市区镇村园地”"])(?:评估|验收|考核|审核)(?:认定|命名)$/, '')
    .replace(/(等)?(一系列|多项|多个|[\d一二三四五六七八九十]+[项个])?(荣誉称号|荣誉|称号|殊荣|行列|名单|名录|创建成果|的称号|牌子|授牌|桂冠|榜单|命名|认定|认证)$/, '')
    .replace(/(的)?(称号|荣誉|行列|名单|名录|目录)$/, '')
    // …、全国“两山”实践创新基地两块国字号招牌: a count of the titles won closes the list.
    .replace(/(?:等)?[\d一二三四五六七八九十两]+(?:块|项|个)(?:国字号|国家级|省级)?(?:金字)?(?:招牌|牌子|荣誉|称号|品牌)$/, '')
    // 摘得“中国天然氧吧”金字招牌: a title called a sign or a card is the title.
    .replace(/(?<=[\u4e00-\u9fa5”"])(?:国字号|国家级|省级)?(?:金字招牌|招牌|金名片)$/, '')
    // 入围…重点村公示名单: the list put up for comment names the title.
    .replace(/(?<=[\u4e00-\u9fa5”"])(?:拟认定|拟命名)?(?:公示|推荐)$/, '')
    // 入选全国农业产业强镇建设名单: the list of those to be built up names the title.
    .replace(/(?<=(?:强镇|强县|名镇|名村|示范区|示范县|示范镇|示范村|试点县|先行区|先行县|重点县|重点镇|企业|园区|产业园|示范园|公园|基地|小镇|集群|城市)[”"]?)(?:创建|共建|建设|培育)(?:对象)?$/, '')
    // 通过省级卫生县城复审: a title held and re-examined is the title.
    .replace(/(的)?(届期)?(复审|复检|复查|复核|复评|复验)(工作)?$/, '')
    .replace(/等$/, '')
    // 这是继…入选全国…先进县之后(获得的又一…): the title the time is counted from.
    // (继…获评“X”后: no title ends in 后.)
    .replace(/(?<=[\u4e00-\u9fa5”"])(?:之后|以来).*$|(?<=[\u4e00-\u9fa5”"]{3})后$/, '')
    .trim()
    .replace(/^“([^“”]+)”$/, '$1');
}

/** “2024年中国县域旅游百强县”榜单第38位: a place in a list quoted by name is the list's place (X百强县第38位). */
function placeInList(name: string): string {
  // (位居全国综合实力百强县市前列,2024年排名第27位: a standing among the first is no part of the list's name.)
  return name.replace(/(?<=[\u4e00-\u9fa5”"]{3})(?:前列|前茅)(?=第[\d一二三四五六七八九十百]+[位名]$|$)/, '').replace(/^“([^“”]+)”(?:榜单|排行榜|榜)?(?=第[\d一二三四五六七八九十百]+[位名]$)/, '$1').replace(/(?<=强[县市区]?|百强县市)(?:榜单|排行榜|排名|排行)(?=第[\d一二三四五六七八九十百]+[位名]$)/, '');
}

/** 示范联系点和试点县: a short last item borrows the stem of the item before it. */
/**
 * Titles listed in an object: 全国科普示范县和全国文明城市 are two, but 全国休闲农业与乡村旅游示范县
 * is one: a conjunction parts two titles only when what stands before it is a title itself.
 */
function splitTitles(object: string): string[] {
  const items = splitTopLevel(object);
  if (items.length < 2) return items;
  const a = items[items.length - 2]!;
  const b = items[items.length - 1]!;
  const joined = ['与', '和', '及', '以及'].map((c) => `${a}${c}${b}`).find((x) => object.includes(x));
  return joined && !vocabulary().headRe.test(stripQuotes(a)) ? [...items.slice(0, -2), joined] : items;
}

function completeConjoined(names: string[], written: string[] = names): string[] {
  const v = vocabulary();
  // 省级文明县城、卫生县城、园林县城: the level word of a title reaches the titles that follow it
  // without one, until a title names its own level (湖南省健康县市区).
  let level: string | undefined;
  return names.map((n, i) => {
    const prev = names[i - 1];
    const own = /^(省级|国家级|市级|自治区级|自治州级|全国|国家|全省|全市|全区|全州|自治区|中国)/.exec(stripQuotes(n))?.[1];
    // 全国工业百强县、广西高质量发展十强县: a province opening a title is its own level.
    if (own || LEVEL_WORD.test(n) || provinceOpening(stripQuotes(n)) > 0) level = own;
    // (“中国驰名商标”“中欧地理标志互认产品”: a title quoted whole is complete as quoted.)
    else if (prev && level && n.length >= 4 && !/^[“"]/.test(written[i]!.trim()) && v.headRe.test(stripQuotes(n))) return `${level}${stripQuotes(n)}`;
    if (!prev || n.length > 5 || LEVEL_WORD.test(n)) return n;
    const head = v.headRe.exec(stripQuotes(prev));
    if (!head) return n;
    const stem = stripQuotes(prev).slice(0, -head[1]!.length).replace(/(示范|先进|重点)$/, '');
    return stem.length >= 2 ? `${stem}${n}` : n;
  });
}

function honourLike(name: string, requireLevel: boolean, context = ''): boolean {
  const v = vocabulary();
  const bare = stripQuotes(name);
  if (bare.length < 3 || bare.length > 40 || NOT_NAME.test(bare)) return false;
  if (/[\d.]+\s*(亿|万)?元|%/.test(bare)) return false;
  // 全国千强镇第一名: a place in a ranking follows the title.
  // …重点镇(乡): a bracketed variant of the kind closes the title.
  const unranked = bare.replace(/第[\d一二三四五六七八九十]+[名位]$/, '').replace(/[(（][^)）]{1,4}[)）]$/, '');
  // 全省营商环境考核第一名: a place in a named assessment is a title, the assessment its head.
  const assessed = unranked !== bare && /(?:考核|考评|评价|评比|测评|评估)$/.test(unranked);
  const head = assessed ? ['', '第一名'] : v.headRe.exec(unranked);
  // 全县第3位: a place among units of a kind is no title (全省“十佳县(市)” keeps its bracket and is one).
  if (head && /第[\d一二三四五六七八九十]+[名位]$/.test(bare) && /^(县|市|区)$/.test(head[1]!)) return false;
  if (!head) return false;
  const needsLevel = requireLevel || v.levelRequiredHeads.includes(head[1]!);
  // An international body's award (斩获联合国教科文组织…奖) stands without a national level, after
  // a verb of conferral only (成为国际物流中心 is an aim, not a title).
  const international = !requireLevel && /联合国|世界|国际|亚太|全球/.test(bare);
  // (湖南民营企业100强: a province opening a title is its level.)
  return !needsLevel || international || LEVEL_WORD.test(bare) || provinceOpening(bare) > 0 || /十佳|百强|\d+强|先进|示范|优秀/.test(bare) || STANDARD_GRADE.test(bare) || /被[^,，]*?(省|市|国家|部|厅)/.test(context);
}

interface Recipient {
  name: string;
  isCounty: boolean;
  activity: string | null;
}

/** 园区, 开发区: the park the report named in full earlier (临武县高新技术产业开发区). */
function namedPark(doc: ReportDoc, before: number): string | null {
  const re = /([\u4e00-\u9fa5]{2,16}?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新技术开发区|工业园区|工业集中区|产业园区|高新区|经开区|开发区))/g;
  let found: string | null = null;
  // (2023年汝州市高新技术产业开发区工作总结: the year before the name is no part of it.)
  for (const m of doc.text.slice(0, before).matchAll(re)) {
    const name = m[1]!.replace(/^(?:[\u4e00-\u9fa5]*?(?:在|的|是|以|和|与|及|、))/, '').replace(/^年度?/, '');
    // 全省开发区综合考评: parks of a scope are a kind, not a park's name.
    if (!/^(?:全国|全省|全市|全州|全县|各|省级|国家级|市级|县级)/.test(name)) found = name;
  }
  return found;
}

/** Institutions named after their county (…第一中学, …人民医院, …公安局): the county's name is part of theirs. */
// (婺源县委宣传部: a department of the county's party committee is named by the county too.)
const INSTITUTION = /(?:中学|小学|学校|学院|幼儿园|医院|卫生院|保健院|局|大队|中队|支队|委员会|中心|法院|检察院|政府|馆|协会|学会|商会|联合会|部|办公室|所|站)$|^(?:委|人大|政协)/;

/** 县委, 县政府, 祁东县人民政府: the county's own leading bodies, by its kind or its name (not 市委 in a 县's report). */
function countyBody(name: string, county: CountyUnit): boolean {
  const by = [county.name, county.shortName, county.name.slice(-1)].find((p) => p && name.startsWith(p));
  return by !== undefined && /^(?:委|政府|人民政府)$/.test(name.slice(by.length));
}

/** 县团委, 县一中, 县税务局办税服务厅: bodies and their parts called by the county's kind. */
const OWN_BODY = /^.(?:[一二三四五六七八九十]中|团委|妇联|残联|科协|文联|侨联|总工会|工商联|税务|公安|供电|交警|消防|融媒体|人民|实验|职业|第[一二三四五六七八九十])/;

/**
 * 县第一人民医院, 县委组织部: an institution called by the county's kind alone is the county's own,
 * named in full; called by another kind (市人民医院 in a 县's report, 省…) it is the prefecture's or
 * the province's, none of the county's (null). 市场监管局 names no 市.
 */
function calledByKind(name: string, county: CountyUnit | null): string | null {
  const kind = /^([县市区旗省州])(?!场)/.exec(name)?.[1];
  if (!county || !kind || !(INSTITUTION.test(name) || name[1] === '委' || OWN_BODY.test(name))) return name;
  if (kind === county.name.slice(-1)) return name.length >= 3 ? `${county.name}${name.slice(1)}` : name;
  return /[市省州]/.test(kind) ? null : name;
}

/** 我县2个项目, 3家省级龙头企业, 我县3地: units counted, not named (两家子满族乡, 四家乡 are names). */
const COUNTED_UNITS = /^[\d一二三四五六七八九十两]+(?:个|家(?![乡镇村子屯])|所|名|地|处|项|批)(?:(?:国家级|省级|市级|县级|规上|规模以上|龙头|重点|示范|行政|特色|美丽|文明|优秀|先进)*(?:企业|公司|单位|学校|村|乡镇|镇|乡|社区|医院|景区|项目|园区|基地|合作社|家庭|人|集体|个人))?$/;

/** 其董事长王某: a pronoun or 该+unit, a post, then a name of two or three characters. */
const PERSON_BY_POST = /^(?:其|该(?:公司|企业|集团|村|社区|镇|乡|校|院))(?:党委|党支部|村党支部|党总支)?(?:董事长|总经理|书记|主任|负责人|创始人|厂长|经理|校长|院长|理事长)([\u4e00-\u9fa5]{2,3})$/;

/** 家居产业集群营收突破500亿元, 某某经开区实现产值…: a unit inside the county opening a clause with a figure of its own. */
const UNIT_WITH_FIGURE = /^(?:(?:19|20)\d{2}年(?:度)?[,，]?)?([\u4e00-\u9fa5]{2,20}?(?:产业集群|集群|产业园|工业园|园区|开发区|经开区|高新区|景区))(?:全年|今年|去年)?(?:营收|营业收入|主营业务收入|总产值|产值|规模|实现|完成|突破|达到)/;

function recipientsOf(subjectRaw: string, doc: ReportDoc, carried: Recipient[] | null, at = doc.text.length): Recipient[] {
  const v = vocabulary();
  const county = doc.county;
  const subject = subjectRaw.replace(LEADING_SUBJECT_NOISE, '').replace(TRAILING_SUBJECT_NOISE, '').replace(LEADING_SUBJECT_NOISE, '').trim();
  const countyRecipient = (activity: string | null = null): Recipient[] => (county ? [{ name: county.name, isCounty: true, activity }] : []);
  if (!subject) return carried ?? countyRecipient();
  // 其董事长王某, 该村党支部书记李某某: a person named after the post they hold there receives it by name.
  const person = PERSON_BY_POST.exec(subject);
  if (person) return [{ name: person[1]!, isCounty: false, activity: null }];
  // 该公司获评…: the company named last before.
  if (COMPANY_PRONOUN.test(subject) && subject.length <= 4) {
    const named = antecedent(doc.enterprises, at);
    return named ? [{ name: named, isCounty: false, activity: null }] : [];
  }
  const countyNames = county ? [county.name, county.shortName, ...county.aliases] : [];
  // 醴陵市综治工作: the county's own work earns the title for the county.
  const ownWork = countyNames.find((n) => subject.startsWith(n));
  const rest = ownWork ? subject.slice(ownWork.length) : subject;
  // 融水县 for 融水苗族自治县: the short name with the kind's last character is the county.
  if ((ownWork && !rest) || (county && subject === spokenName(county))) return countyRecipient();
  if (v.activitySubject.some((a) => rest.endsWith(a)) && !/(镇|乡|村|公司|集团|园区|开发区|局|中心|学校|医院)/.test(rest)) return countyRecipient(rest);
  // 县城获评…森林城市: the county seat's titles (卫生县城, 森林城市) are the county's.
  if (/^(?:县|市|区|旗)?(?:委|政府|人民政府)$|^(?:县城|城区|主城区)$/.test(rest) || (ownWork === county?.name && rest === '城')) return countyRecipient();
  if (/^(园区|开发区|高新区|经开区|工业园)$/.test(rest)) {
    const park = namedPark(doc, at);
    if (park) return [{ name: park, isCounty: false, activity: null }];
  }
  // 湖南金雕能源科技有限公司等4家企业 / 博兴、迈邦等企业
  // (A、B两家企业: a count may close the list in place of 等.)
  const listed = /^(.+?)等(?:[\d一二三四五六七八九十两]+(?:家|个|所|名)|一批|多家|部分)?(?:企业|单位|学校|村|镇|乡镇)?$/.exec(subject) ?? /^(.+?、.+?)[\d一二三四五六七八九十两]+(?:家|个|所|名)(?:企业|单位|学校|村|镇|乡镇)$/.exec(subject);
  // 宁国市港口镇 is the town 港口镇 of this county; a company keeps its registered name.
  // 宁国市港口镇 is the town 港口镇 of this county, 延庆区X栽培系统 its heritage; a company keeps its registered name.
  // A short name is often part of the unit's own name (北川羌城旅游区): only the full name is taken off.
  // 长兴县浙江某某股份有限公司: a company registered under a province's name does not carry the county's.
  const ownPart = (unit: string) => {
    const by = countyNames.find((n) => unit.startsWith(n));
    const after = by ? unit.slice(by.length) : unit;
    // (沁源县第一中学, 沁源县人民医院, 沁源县公安局交警大队: an institution is named by its county; 第一中学 alone names none.)
    // (赵州镇 in a report on 赵县: a one-character short name is only the first character of the unit's own.)
    // (阳新县高新区: a park named only by its kind keeps the county's name, which is all it has of its own.)
    if (/^(?:高新区|经开区|开发区|工业园区?|园区|产业园)$/.test(after)) return unit;
    // (鄂托克前旗羊肉: a word or two after the county's name is a product of the county, named by it;
    // a project keeps the county's name, as its own name does.)
    return by && (by.length >= 2 || by === county?.name) && after.length >= 2 && (/(?<!小)(镇|乡|街道|村|社区)$/.test(after) || (by === county?.name && after.length >= 4 && !INSTITUTION.test(after) && (!/(公司|集团|股份|企业|厂|合作社|项目|工程)$/.test(after) || provinceOpening(after) > 0))) ? after : unit;
  };
  // A、B进入全市…前30强: short names joined by 、 are several recipients, each read on its own
  // (沁源县第一中学、沁源县实验小学 alike).
  const parts = subject.split('、');
  const plain = !listed && parts.length > 1 && parts.every((n) => n.length >= 2 && (n.length <= 14 || (/(?:公司|集团)$/.test(n) && n.length <= 30))) ? parts.map(ownPart) : null;
  const names = listed ? splitTopLevel(listed[1]!) : plain ?? [ownPart(subject)];
  return names
    .map((n) => n.replace(/^(?:在|由|经(?![济开]))/, '').trim())
    // (县委、县政府被评为…: the county's committee and government, listed, are the county.)
    .map((n) => (county && names.length > 1 && countyBody(n, county) ? county.name : n))
    .map((n) => calledByKind(n, county))
    .filter((n): n is string => n !== null)
    // “X蜜桃”获评…: a quoted subject is a product or brand; the quotes are not its name.
    .map((n) => (/^“[^“”]+”$/.test(n) ? stripQuotes(n) : n))
    // 我县2个项目获评…, 我县3地入选…: units counted, not named, receive nothing a graph can hold.
    .filter((n) => n.length >= 2 && n.length <= 30 && /\p{Script=Han}/u.test(n) && !COUNTED_UNITS.test(n))
    // 苍南县获评… in a report on 泰顺县: another county's title is no fact of this one, nor one of a
    // unit inside it (苍南县某某景区), nor of a county named in a list beside this one (安仁县、攸县…).
    .filter((n) => doc.countyConfidence === 'given' || !namesOtherCounty(n, county))
    .map((n) => ({ name: n, isCounty: countyNames.includes(n), activity: null }))
    .map((r) => (r.isCounty && county ? { ...r, name: county.name } : r));
}

/** 全省先进 earned by 综治工作 is the title 全省综治工作先进. */
function withActivity(name: string, activity: string | null): string {
  if (!activity) return name;
  const m = /^(全国|全省|全市|省级|国家级|市级)(先进|先进单位|先进集体|优秀|示范|第一)(.*)$/.exec(name);
  return m ? `${m[1]}${activity}${m[2]}${m[3]}` : name;
}

function yearOf(text: string, doc: ReportDoc, sentence = ''): number | null {
  // The clause's own year, else the one its sentence opens with (2023年,全县成功创建…), else the year reviewed.
  const m = /(19[89]\d|20[0-4]\d)年/.exec(text) ?? /^(19[89]\d|20[0-4]\d)年(?!度?以来)/.exec(sentence);
  return m ? Number(m[1]) : doc.years.reviewYear;
}

interface Found {
  names: string[];
  recipients: Recipient[];
  /** Words around the trigger that tell the level (被省林业局评为, 市委、市政府授予). */
  context: string;
  level?: HonourLevel;
}

/**
 * Titles said without a trigger verb before them: incentives per work area (X、Y等工作获省政府
 * 真抓实干督查激励), a rise in a ranking named before (在…排名中,X由68位升至59位), a place in a
 * ranking announced in the clause before (…百强县榜单发布,X位列第65位), and a title a
 * body confers on a unit (市委、市政府授予我县“平安县”称号).
 */
function directTitles(c: Span, s: Span, doc: ReportDoc): Found | null {
  const incentive = c.text.includes('激励') ? INCENTIVE.exec(c.text.replace(LEADING_SUBJECT_NOISE, '')) : null;
  if (incentive) {
    const own = doc.county ? [doc.county.name, doc.county.shortName, ...doc.county.aliases] : [];
    const areas = incentive[1]!
      .split('、')
      .map((a) => a.trim())
      .map((a) => own.reduce((x, n) => (x.startsWith(n) ? x.slice(n.length) : x), a))
      .filter((a) => a.length >= 2 && a.length <= 16);
    // The incentive gives the level, whatever the area's words say.
    return { names: areas.map((area) => `${incentive[2]}(${area})`), recipients: recipientsOf('', doc, null), context: '', level: honourLevel(incentive[2]!) };
  }
  // 温泉小镇景区正式授牌国家4A级旅游景区: the plaque names the title, the unit before it holds it.
  const plaque = c.text.includes('授牌') ? PLAQUE.exec(c.text.replace(LEADING_SUBJECT_NOISE, '')) : null;
  if (plaque && honourLike(cleanName(plaque[2]!), false)) return { names: [cleanName(plaque[2]!)], recipients: recipientsOf(plaque[1]!, doc, null, c.start), context: '' };
  const onList = /榜上有名|名列其中|位列其中|入选其中|(?:入选|上榜|入围|在列)$/.test(c.text) ? ON_LIST.exec(c.text.replace(LEADING_SUBJECT_NOISE, '')) : null;
  const list = onList ? LIST_ANNOUNCED.exec(s.text.slice(0, c.start - s.start)) : null;
  // …会议要求各单位做好入选: a wish or a task, not units that entered.
  if (onList && list && !/要|将|争取|力争|推荐|申报|组织|做好|希望|鼓励|积极/.test(onList[1]!)) {
    // 3家企业 / 等单位 close the list; a village's or town's own 村, 镇 stays (浦市镇).
    const units = splitTopLevel(onList[1]!.replace(/(?:[\d一二三四五六七八九十]+(?:家|个|所|名)(?:企业|单位|村|镇|学校)?|企业|单位)$/, ''));
    const recipients = units.flatMap((u) => recipientsOf(u, doc, null, c.start));
    return { names: [cleanName(list[2]!)], recipients, context: list[1]! };
  }
  const rise = c.text.includes('位') ? RISE.exec(c.text) : null;
  const named = rise ? RANKING_NAMED.exec(s.text.slice(0, c.start - s.start)) ?? RANKING_NAMED.exec(c.text.slice(0, rise.index)) : null;
  if (rise && named) {
    const name = `${named[1]!.replace(/^(?:\d{4}年度?)/, '')}第${rise[2]}位`;
    return { names: [name], recipients: recipientsOf(c.text.slice(0, rise.index).replace(RANKING_NAMED, ''), doc, null, c.start), context: '' };
  }
  // A part of the year before the place (第一季度位列第3名) is when, not who.
  const own = c.start > s.start && c.text.includes('第') ? c.text.replace(LEADING_SUBJECT_NOISE, '').replace(/^(?:第?[一二三四1-4]季度|前三季度|[上下]半年|全年|1[-—至]\d{1,2}月)+/, '') : null;
  // 在全省营商环境评价中,我市位列第8名: the report's own unit, named by 我市 (taken off above) or not at all.
  const placed = own === null ? null : PLACED.exec(own) ?? OWN_PLACE.exec(own);
  // (…百强榜发布。A、B位列前三,X位列第四: the sentence before may announce it.)
  // (Only the words just before are read: a sentence may hold thousands of places.)
  const announced = placed ? RANKING_ANNOUNCED.exec(s.text.slice(Math.max(0, c.start - s.start - 120), c.start - s.start)) ?? RANKING_ANNOUNCED.exec(sentenceBefore(doc, s)?.text.slice(-120).replace(/[。!！]$/, '').replace(ENTERED_CLAUSE, '') ?? '') : null;
  if (placed && announced) {
    const ranking = (announced[1] ?? announced[2]!).replace(/^(?:近日|日前)/, '');
    return { names: [`${ranking}第${placed[2]}位`], recipients: recipientsOf(placed[1]!, doc, null, c.start), context: ranking };
  }
  const assessed = placed ? ASSESSED_BEFORE.exec(s.text.slice(0, c.start - s.start)) : null;
  if (placed && assessed) {
    return { names: [`${assessed[1]}第${placed[2]}${placed[3] || '名'}`], recipients: recipientsOf(placed[1]!, doc, null, c.start), context: assessed[1]! };
  }
  // 澧县在全国县域经济百强榜中位列第78位: the unit, then the assessment, in one clause.
  // (我县在…中位列第3名: the unit may be the report's own, taken off with the noise.)
  const within = c.text.includes('第') ? PLACED_WITHIN.exec(c.text.replace(LEADING_SUBJECT_NOISE, '')) : null;
  if (within) {
    return { names: [`${within[2]}第${within[3]}${within[4] ?? ''}`], recipients: recipientsOf(within[1]!, doc, null, c.start), context: within[2]! };
  }
  const conferred = c.text.includes('授予') ? CONFERRED.exec(c.text.replace(LEADING_SUBJECT_NOISE, '')) : null;
  if (conferred && honourLike(cleanName(conferred[3]!), false)) {
    const self = /^(?:我|本|该|全)[县市区旗]$/.test(conferred[2]!);
    return { names: [cleanName(conferred[3]!)], recipients: self ? recipientsOf('', doc, null) : recipientsOf(conferred[2]!, doc, null, c.start), context: conferred[1]! };
  }
  return null;
}

/**
 * Honours: titles, designations and rankings conferred on the county or on a unit
 * inside it (获评, 荣获, 入选, 被评为, 成功创建, 跻身 …), with level, recipient and year.
 */
export function extractHonours(doc: ReportDoc): Honour[] {
  const v = vocabulary();
  const out: Honour[] = [];
  const enterprises = new Set(doc.enterprises.map((e) => e.name));
  const strong = new Set(v.strongTriggers);
  const rank = new Set(v.rankTriggers);

  /** The verb of the last list of titles or of standings, which a continuation borrows. */
  let lastList: { trigger: string; recipients: Recipient[] } | null = null;
  let lastRank: { trigger: string; recipients: Recipient[]; sentence: number } | null = null;

  for (const [si, s] of doc.sentences.entries()) {
    let carried: Recipient[] | null = null;
    if (lastRank && lastRank.sentence < si - 1) lastRank = null;
    lastList = null;
    // The honours the clause before added (for a place given in the next clause).
    let previous: Honour[] = [];
    let planned = false;
    for (const clause of clausesOutsideQuotes(s)) {
      let c = clause;
      if (PLAN_OPENING.test(c.text)) planned = true;
      // After a semicolon a new statement begins: the unit of the one before does not carry over.
      if (/[;；]/.test(doc.text[c.start - 1] ?? '')) carried = null;
      // (通报表扬 alone praises; 通报表扬为X names the designation it gives.)
      if (v.notHonoursRe.test(c.text.includes('通报表扬为') ? c.text.replaceAll('通报表扬为', '表扬为') : c.text)) continue;
      // 再度入选全国综合实力百强县市,位列第71位: the place belongs to the list entered just before.
      const place = previous.length ? PLACE_ONLY.exec(c.text.replace(LEADING_SUBJECT_NOISE, '')) : null;
      if (place) {
        for (const h of previous) h.name = `${h.name}第${place[1]}位`;
        previous = [];
        continue;
      }
      const before = out.length;
      const direct = directTitles(c, s, doc);
      const found: Found[] = direct ? [direct] : [];
      // X经开区在…考评中位列第9名,获评…: the unit ranked is the subject of the clause after it too.
      if (direct?.recipients.length) carried = direct.recipients;
      if (!direct) {
        v.triggerRe.lastIndex = 0;
        let m = v.triggerRe.exec(c.text);
        // 在…排名中挺进: a ranking named as a noun is not the verb.
        // (成为中国…, 入选中华… are verbs all the same.)
        while (m && c.text.startsWith('中', m.index + m[1]!.length) && !/^中(?:国|华|央|欧|部|西部)/.test(c.text.slice(m.index + m[1]!.length))) m = v.triggerRe.exec(c.text);
        if (!m) {
          // …荣誉,以及“X省双拥模范县”…: a list of titles goes on after 以及 under the same verb.
          const more = /^(?:以及|及|还有|另有)(.+)$/.exec(c.text);
          const standing = c.text.includes('第') ? STANDING.exec(c.text) : null;
          const borrowed = more && lastList ? { text: `${lastList.trigger}${more[1]}`, from: lastList } : standing && lastRank ? { text: `${lastRank.trigger}${standing[0]}`, from: lastRank } : null;
          if (borrowed) {
            c = { ...c, text: borrowed.text };
            carried = borrowed.from.recipients;
            v.triggerRe.lastIndex = 0;
            m = v.triggerRe.exec(c.text);
          }
        }
        if (m) {
          const trigger = m[1]!;
          let subjectRaw = c.text.slice(0, m.index);
          const object = c.text.slice(m.index + trigger.length);
          if (ASPIRATION.test(subjectRaw.replace(LEADING_SUBJECT_NOISE, ''))) continue;
          // 是唯一入围…的县域开发区: a description of the subject (the only one to…), not a title it holds by that name.
          if (/是?(?:全国|全省|全市|全县)?(?:唯一|首个|首家|第一个)$/.test(subjectRaw) && /的/.test(object)) continue;
          // 成为全县首家主板上市企业, 成为全省首个实现…的县: a first reached is no title conferred,
          // unless what it is the first of is a designation or a grade (全省首个…试点县, 全县首个4A景区).
          if (trigger === '成为' && FIRST_OF.test(object.trim()) && !DESIGNATION.test(object)) continue;
          // 巩固 keeps a title only when the title is named as such (巩固“国家卫生县城”).
          if (trigger === '巩固' && !object.trim().startsWith('“')) continue;
          // 成功争取到…项目/资金: funding won, not a title.
          if (/争取/.test(trigger) && /(?:项目|资金|政策|试点)$/.test(cleanName(object))) continue;
          // 在全省县域经济无量纲化排名中挺进全省前十: the ranking is named before the verb.
          // X县连续三年在全省…考核中获得优秀等次: the unit named before 在 is the recipient.
          // 在2023年度全国综合实力百强县市中位列第47位: a list of the best is named the same way.
          const ranking = /^(.*?)在(.+?(?:排名|排行|评价|考核|考评|测评|评比|评选|评估|监测|榜单|百强县市|百强县|百强区|百强|强县|强市|大赛|比赛|竞赛))中$/.exec(subjectRaw.trim());
          if (ranking) subjectRaw = ranking[1]!;
          // The assessment's name, without the part of the year it covered, wherever it stands
          // (在全省2023年度县域经济工作考核中: 全省 scopes it, 2023年度 only dates it).
          const assessment = ranking ? ranking[2]!.replace(ASSESSMENT_TIME, '') : null;
          // …营业收入达到900亿元,连续多年位居中国企业500强: words of time alone leave the clause before's subject.
          // (全县获评…: the county said by a word of its own is no clause without a subject.)
          const subjectless = !subjectRaw.replace(LEADING_SUBJECT_NOISE, '').trim() && !ranking && !/(?:全|我|该|本)[县市区旗]/.test(subjectRaw);
          if (planned && subjectless) continue;
          // (家居产业集群营收突破500亿元,入选…: a unit whose figure opens the clause before is the subject this one leaves out.)
          const unitBefore: RegExpExecArray | null = subjectless && !carried ? UNIT_WITH_FIGURE.exec(s.text.slice(0, c.start - s.start).split(/[,，;；]/).filter((x) => x.trim()).pop() ?? '') : null;
          const recipients: Recipient[] = unitBefore ? recipientsOf(unitBefore[1]!, doc, null, c.start) : recipientsOf(subjectRaw, doc, /^(并|还|同时|也|又|且)/.test(c.text) || subjectless ? carried : null, c.start);
          // 申报安晋华康中药材、荀康酿酒等5家省市龙头企业: recipients listed before 等N家.
          const listed = /^(.+?)等[\d一二三四五六七八九十]+(?:家|个|所|名|项)(.+)$/.exec(object);
          // 位列第5名 counts like 第5位 only in an assessment, named before the verb or in the title (…综合考评第一名).
          const placeRe = assessment || /(?:考核|考评|评价|评比|测评|排名)第[\d一二三四五六七八九十]+名/.test(object) ? /第[\d一二三四五六七八九十]+[位名]|^第[\d一二三四五六七八九十]+$|百强|[\d一二三四五六七八九十]+强|前十|前[\d一二三四五六七八九十]+名?/ : /第[\d一二三四五六七八九十]+位|百强|[\d一二三四五六七八九十]+强|前十|前[\d一二三四五六七八九十]+名?/;
          const rankItems = splitTopLevel(object).filter((x) => placeRe.test(x));
          // 地区生产总值增长5%,居全省第3位: with no unit before it, a place after a figure is the
          // figure's, unless the standing is one of units (…,跻身全国百强县第38位).
          const figuresPlace = subjectless && !carried && FIGURE_END.test(s.text.slice(0, c.start - s.start)) && rankItems.every((x) => !/[县市区旗镇城]|企业/.test(x));
          if (rank.has(trigger) && !strong.has(trigger) && figuresPlace) continue;
          if (rank.has(trigger) && !strong.has(trigger) && rankItems.length) {
            // Rankings of the county: national or provincial standings only (全国第46位, 全国百强, 全省前十).
            // 跻身全国县域经济百强县行列: the ranks joined, not a title of their own.
            const items = splitTopLevel(object)
              .map((x) => x.trim().replace(/(?:之)?行列$/, ''))
              .filter((x) => placeRe.test(x) && !NOT_NAME.test(x));
            // An item is national when it says so or a 全国/全省 comes before it (found once, not per item).
            const scopeAt = object.search(/全国|全省/);
            let cursor = 0;
            const national = items.filter((x) => {
              const at = object.indexOf(x, cursor);
              if (at >= 0) cursor = at + x.length;
              // …or the assessment it was placed in is (在全省…考核中位列第5名).
              if (/全国|全省|百强|强县|强市/.test(x) || (scopeAt >= 0 && scopeAt < at) || /^(?:全国|全省|中国|国家级|国家|省级)/.test(assessment ?? '')) return true;
              // …or a province named in it (河北省县域营商环境考评第二名).
              const level = honourLevel(x, '', doc.county);
              return level === 'national' || level === 'provincial';
            });
            const activity = recipients[0]?.activity ?? null;
            const topic = assessment ?? activity;
            const names = national
              .map((x) => (topic ? `${topic}${topic.match(/^(全国|全省)/) ? x.replace(/^(全国|全省)/, '') : x}` : x))
              .filter((x) => x.length >= 4 && x.length <= 40);
            if (names.length && recipients.every((r) => r.isCounty)) {
              found.push({ names, recipients, context: subjectRaw });
              lastRank = { trigger, recipients, sentence: si };
            } else if (recipients.length && recipients.every((r) => !r.isCounty && !/[\d项个]/.test(r.name) && !STATISTIC.test(r.name))) {
              // A、B进入全市制造业亩均税收前30强: units inside the county ranked among their peers.
              // (江西民营企业100强: a province named in the ranking scopes it as 全省 does.)
              // (宁乡经开区在国家级经开区综合发展水平考核评价中位列第39位: a place in a national assessment, named with it.)
              const ranked = assessment && /^(?:全国|全省|中国|国家级|国家|省级)/.test(assessment) ? names : items.filter((x) => /全国|全省|全市|中国/.test(x) || provinceOpening(x) > 0).filter((x) => x.length >= 4 && x.length <= 40);
              if (ranked.length) found.push({ names: ranked, recipients, context: subjectRaw });
            }
          } else if (listed && honourLike(cleanName(listed[2]!), !strong.has(trigger), subjectRaw)) {
            const named = splitTopLevel(listed[1]!).map((n) => ({ name: n.trim(), isCounty: false, activity: null }));
            found.push({ names: [cleanName(listed[2]!)], recipients: named, context: subjectRaw });
          } else {
            const titles = splitTitles(object);
            const names = completeConjoined(titles.map(cleanName), titles)
              // A grade (优秀等次, 第一名) is a title only with the assessment it was given in,
              // named before the verb or earlier in the sentence; alone it names nothing.
              .flatMap((n) => {
                // (获评“优秀”等次: the grade quoted is the grade.)
                const grade = n.replace(/[“”"]/g, '');
                // (在全省…考核中获评先进县: a title that names only its kind is the assessment's.)
                if (!GRADE.test(grade)) return [assessment && KIND_ONLY_TITLE.test(grade) ? `${assessment}${grade}` : n];
                const given = assessment ?? [...s.text.slice(0, c.start - s.start).matchAll(ASSESSED_EARLIER)].pop()?.[1];
                return given ? [`${given}${grade}`] : [];
              })
              .map((n) => withActivity(n, recipients[0]?.activity ?? null))
              // 获…“最佳旅游乡村”称号: titles the text calls titles need no strong verb.
              // (获评“詹天佑奖”, 省级优质工程“钱江杯”: a title the text quotes after a strong verb is one by name, with no level word.)
              // (被授予“全国巾帼文明岗”: quoted with its level after a strong verb, a title needs no known head.)
              .filter((n) => honourLike(n, !strong.has(trigger) && !/(?:荣誉)?称号$/.test(object.trim()), subjectRaw) || (strong.has(trigger) && object.includes(`“${n}”`) && (vocabulary().headRe.test(n) || (LEVEL_WORD.test(n) && n.length >= 4 && n.length <= 30))));
            if (names.length) {
              found.push({ names, recipients, context: subjectRaw });
              lastList = { trigger, recipients };
            }
          }
          if (recipients.length) carried = recipients;
        } else {
          // 润邦茶业有限公司年产值突破6亿元,成为国家级龙头企业: the subject of one clause carries to the next.
          const opening = c.text.replace(LEADING_SUBJECT_NOISE, '');
          const lead = SUBJECT_HEAD.exec(opening);
          // 温氏食品集团股份有限公司营业收入…: the legal tail after 集团 belongs to the name.
          if (lead) lead[1] += LEGAL_TAIL.exec(opening.slice(lead[1]!.length))?.[0] ?? '';
          // “西峡香菇”品牌价值达到…,入选…: a quoted product opening a clause carries to the next too.
          // (A campaign in quotes, “三城同创”目标如期实现, is no product: the quote must be followed by its brand.)
          // (安吉白茶品牌价值达到…: unquoted, the county's name and a product's word before its brand.)
          const product = lead ? null : /^“([^“”]{2,12})”(?=品牌|商标|产品)/.exec(c.text.replace(LEADING_SUBJECT_NOISE, '')) ?? ownProduct(opening, doc);
          // (2023年,该集团实现营业收入128亿元,连续五年位居…: a company spoken of again carries too.)
          const pronoun = COMPANY_PRONOUN.exec(opening);
          // (…,同比增长15.6%,上缴税收3.2亿元,连续五年位居…: a clause that only goes on with the figures of
          // the subject before keeps it.)
          const goesOn = !lead && !product && !pronoun && carried !== null && (FIGURES_GO_ON.test(opening) || GOES_ON_ACTING.test(c.text));
          if (!goesOn) carried = lead && !CLAUSE_VERB.test(lead[1]!) ? recipientsOf(lead[1]!, doc, null, c.start) : product ? recipientsOf(product[0], doc, null, c.start) : pronoun ? recipientsOf(pronoun[0], doc, null, c.start) : null;
          const p = v.postfixHintRe.test(c.text) ? v.postfixRe.exec(c.text) : null;
          if (p) {
            const name = cleanName(p[1]!);
            if (honourLike(name, false) && !ASPIRATION.test(name)) found.push({ names: [name], recipients: recipientsOf('', doc, carried), context: '' });
          }
        }
      }
      // One year per clause, found once: a clause can list thousands of titles.
      const year = found.length ? yearOf(c.text, doc, s.text) : null;
      for (const f of found) {
        // A、B分别获评“X”和“Y”: the titles go to the units in order.
        const paired = f.names.length > 1 && f.names.length === f.recipients.length && /分别$/.test(f.context.trim());
        for (const [k, named] of f.names.entries()) {
          const name = placeInList(named);
          for (const r of paired ? [f.recipients[k]!] : f.recipients) {
            out.push({
              name,
              level: f.level ?? honourLevel(name, f.context, doc.county),
              recipient: r.name,
              recipientType: recipientType(r.name, r.isCounty, enterprises, name),
              year,
              evidence: evidence(s),
            });
          }
        }
      }
      previous = out.slice(before).filter((h) => /百强|[\d一二三四五六七八九十]+强(?:县|市|区|镇)?$|榜单?$/.test(h.name) && !/第[\d一二三四五六七八九十百]+[位名]$/.test(h.name));
    }
  }
  out.push(...tableHonours(doc, enterprises));
  out.push(...listedHonours(doc, enterprises));
  out.push(...titledPeople(doc));
  // 成功创建国家农产品质量安全县 in a headline, 公布第四批国家农产品质量安全县名单 in its story:
  // the batch it came in does not make it another title; nor does a level word the story leaves
  // out (获评全国县域商业“领跑县” / 公布县域商业“领跑县”名单,X榜上有名), the one with its level kept.
  // (国家卫生县城 and 省级卫生县城 stay two titles.)
  const exact = new Set<string>();
  const bare = new Map<string, { at: number; levelled: boolean }>();
  const unique: Honour[] = [];
  for (const h of out) {
    const name = stripQuotes(h.name).replace(BATCH, '');
    const key = `${name}|${h.recipient}`;
    if (exact.has(key)) continue;
    exact.add(key);
    const levelled = LEVEL_OPENING.test(name);
    const bareKey = `${name.replace(LEVEL_OPENING, '')}|${h.recipient}`;
    const other = bare.get(bareKey);
    if (other && other.levelled !== levelled) {
      if (levelled) {
        bare.set(bareKey, { at: other.at, levelled });
        unique[other.at] = h;
      }
      continue;
    }
    if (!other) bare.set(bareKey, { at: unique.length, levelled });
    unique.push(h);
  }
  return unique;
}

/** The level word a title opens with (全国…, 国家级…, 省级…), left out when a story names it again. */
const LEVEL_OPENING = /^(?:全国|国家级?|中国|省级|全省|市级|全市|自治区级?)/;

/** 2025年,X县获得的主要荣誉: / 获得以下荣誉: / 所获荣誉: a line that announces a list of titles, one per line. */
// (A headline may announce it with no colon: 2023年永顺县获得的主要荣誉, when numbered items follow.)
const LIST_HEAD = /^(.{0,30}?)(?:所获|获得|荣获|取得|收获|获)?(?:的)?(?:主要|以下|如下|重要|省级以上|市级以上|省部级以上|国家级|省部级|省级|市级|州级|县级)?(?:荣誉|称号|奖项|荣誉称号)(?:如下)?([:：]?)$/;
/** 永顺县人民医院:全国…典型案例: a list's item may name its holder before a colon. */
const ITEM_HOLDER = /^([\u4e00-\u9fa5（）()]{2,24}?)[:：](.{3,})$/;
/** 1. / (2) / ◆ / ● / - before an item of such a list. */
const ITEM_MARK = /^(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）]|[◆●■□▲★☆·•\-—]+)\s*/;

/**
 * Titles listed one per line under a line that announces them (2025年,X县获得的主要荣誉: /
 * 1.国家卫生县城 / 2.全国文明城市提名城市(中央文明委)): each is a title of the unit the announcing line
 * names (the county when it names none), a bracket after it the body that conferred it; the list ends
 * at the first line that is no title.
 */
/** 全国劳动模范张某某, 全国三八红旗手李某 (涌现出…等一批先进典型): a title given to a person, then the person. */
const TITLED_PERSON = /((?:全国|全省|省级|全市|市级|中国|[\u4e00-\u9fa5]{2,3}省)[\u4e00-\u9fa5]{0,8}?(?:劳动模范|三八红旗手|五一劳动奖章获得者|道德模范|好人|优秀共产党员|优秀党务工作者|先进个人|最美[\u4e00-\u9fa5]{1,4}))([\u4e00-\u9fa5]{1,2}某{1,2}|[\u4e00-\u9fa5]{2,3})(?=[、,，。;；和及等])/g;
const NOT_A_PERSON = /表彰|大会|称号|荣誉|评选|推荐|事迹|活动|代表|候选|人选|名单/;

/** People a sentence presents with the titles they hold (涌现出全国劳动模范张某某、全国三八红旗手李某某等一批先进典型). */
function titledPeople(doc: ReportDoc): Honour[] {
  const out: Honour[] = [];
  for (const s of doc.sentences) {
    if (!/涌现|先进典型|典型人物|先进人物|榜样/.test(s.text)) continue;
    for (const m of s.text.matchAll(TITLED_PERSON)) {
      if (NOT_A_PERSON.test(m[2]!)) continue;
      const name = m[1]!;
      out.push({ name, level: honourLevel(name, '', doc.county), recipient: m[2]!, recipientType: 'person', year: yearOf(s.text, doc), evidence: evidence(s) });
    }
  }
  return out;
}

function listedHonours(doc: ReportDoc, enterprises: Set<string>): Honour[] {
  const out: Honour[] = [];
  let list: { recipients: Recipient[]; year: number | null; end: number } | null = null;
  for (const s of doc.sentences) {
    const text = s.text.trim();
    const head = text.length <= 40 ? LIST_HEAD.exec(text) : null;
    if (head && (head[2] || ITEM_MARK.test(doc.text.slice(s.end, s.end + 40).replace(/^[\s。]+/, '')))) {
      // (2025年,X县获得…: the unit is named after the time.)
      list = { recipients: recipientsOf(head[1]!.split(/[,，]/).pop()!, doc, null), year: yearOf(head[1]!, doc), end: s.end };
      continue;
    }
    if (!list) continue;
    // An item is a line of its own, right after the announcement or the item before it.
    const own = /[。;；]/.test(text) || !/\n\s*$/.test(doc.text.slice(list.end, s.start)) ? null : text.replace(ITEM_MARK, '');
    // (5.芙蓉镇获评…: an item that says its own trigger is read as a sentence; the list goes on.)
    if (own !== null && vocabulary().strongRe.test(own)) {
      list.end = s.end;
      continue;
    }
    const holder = own === null ? null : ITEM_HOLDER.exec(own);
    const item = own === null ? null : /^(.+?)(?:[(（]([^()（）]{2,24})[)）])?$/.exec(holder ? holder[2]! : own);
    const name = item ? cleanName(item[1]!) : '';
    if (!item || !honourLike(name, false, item[2] ?? '')) {
      list = null;
      continue;
    }
    list.end = s.end;
    for (const r of holder ? recipientsOf(holder[1]!, doc, null) : list.recipients) {
      out.push({ name, level: honourLevel(name, item[2] ?? '', doc.county), recipient: r.name, recipientType: recipientType(r.name, r.isCounty, enterprises, name), year: list.year, evidence: evidence(s) });
    }
  }
  return out;
}

const LEVEL_CELL: [RegExp, HonourLevel][] = [[/国家|全国|国/, 'national'], [/省|自治区/, 'provincial'], [/市|州|地区/, 'municipal']];

/**
 * A table of honours (序号 | 荣誉名称 | 授予单位 | 获得单位): one title a row, its level from a level
 * column, the title or the body that conferred it, its holder from the row (the county where the
 * table names none, or names the county's government or one of its offices for a title of
 * counties: 全国县域商业“领跑县” won by 某县商务局 is the county's).
 */
function tableHonours(doc: ReportDoc, enterprises: Set<string>): Honour[] {
  const out: Honour[] = [];
  const kind = doc.county?.kind;
  const ofCounties = kind === undefined ? null : new RegExp(`(?:${kind}|县|县城|县市|县市区)[”"]?$`);
  for (const row of honourRows(doc)) {
    const name = cleanName(row.title.replace(/[(（](?:复核|复查|复审|复评|重新认定|续评|第[一二三四五六七八九十\d]+批)[)）]$/, ''));
    if (!honourLike(name, false, row.conferrer ?? '') && !(LEVEL_WORD.test(name) && name.length >= 4 && name.length <= 40)) continue;
    const rowLevel = row.level ? LEVEL_CELL.find(([re]) => re.test(row.level!))?.[1] : undefined;
    const level = rowLevel ?? honourLevel(name, row.conferrer ?? '', doc.county);
    const countyTitle = ofCounties?.test(name) ?? false;
    const recipients = recipientsOf(row.recipient ?? '', doc, null).map((r) =>
      !r.isCounty && countyTitle && doc.county && r.name.startsWith(doc.county.name) && INSTITUTION.test(r.name) ? { ...r, name: doc.county.name, isCounty: true } : r,
    );
    for (const r of recipients) {
      out.push({ name, level, recipient: r.name, recipientType: recipientType(r.name, r.isCounty, enterprises, name), year: row.year ?? yearOf(row.span.text, doc), evidence: evidence(row.span) });
    }
  }
  return out;
}
