export interface ReportMetadata {
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  warnings: string[];
}

const HEADER_LINES = 12;

/** Lines that carry page metadata rather than a headline. */
// A byline that ends with the date (岚县统计局 2024年11月18日) is metadata too, no heading.
// (凤冈县统计局 2024年4月: a signature dated by its month alone is no heading of that year either.)
export const META_LINE = /^[\u4e00-\u9fa5]{2,20}\s*\d{4}(?:年\d{1,2}月(?:\d{1,2}日)?|[-/.]\d{1,2}[-/.]\d{1,2})\s*$|(发布时间|发布日期|发表时间|来源|信息来源|作者|编辑|浏览|点击|日期|时间)[:：]|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^\d{4}年\d{1,2}月\d{1,2}日| \| |\.(jpg|jpeg|png|gif)$|^(分享|打印|关闭|首页|当前位置)/;
/** Organisations that publish reports: newspapers, sites, government offices, media centres. */
/** 天山网讯(记者 马某某), 本报讯: the dateline that opens a news item. */
const NEWS_DATELINE = /[网日电]讯|本报讯|记者|通讯员|[(（][^()（）]{0,16}[)）]$/;
const PUBLISHER_HEAD = /(日报|晚报|早报|都市报|报社|新闻网|新闻|网|电视台|广播电视台|融媒体中心|人民政府|人民政府办公室|办公室|统计局|政府|委员会|宣传部|报)$/;
/** A line that is an issuing office's name alone, its date after it or not (X县统计局 2024年4月). */
const SIGNING_OFFICE = /^((?:国家统计局)?[\u4e00-\u9fa5]{2,16}(?:统计局|调查队|人民政府办公室|人民政府|政府办公室|发展和改革局|发展改革局|发展和改革委员会|发改局|农业农村局|工业和信息化局|文化和旅游局|商务局))(?:\s*\d{4}年\d{1,2}月(?:\d{1,2}日)?)?\s*$/m;
// (A paper named in the story, 人民日报头版报道了…, published nothing: the name stands as a credit,
// before 讯, 记者 or the end of its words.)
// A headline opening with the paper's own report (湖北日报头版报道:…) credits it too.
const NEWSPAPER = /([\u4e00-\u9fa5]{2,8}?(?:日报|晚报|早报|都市报|新闻网|融媒体中心|广播电视台))(?=讯|记者|通讯员|客户端|电子版|全媒体|[\s|(（:：】\]·,，/]|$)|^([\u4e00-\u9fa5]{2,8}?(?:日报|晚报|早报|都市报|新闻网))(?=头版|整版|专版|报道|刊发)/m;
/** A site named as a masthead (山西经济网 | 站点收藏, 陆丰政协网: m.…) or a credit (新华网发). */
const SITE = /(?:^|[\s【(（。])([\u4e00-\u9fa5]{2,8}网)(?=\s*[|:：】)）]|发|\s|$)/m;
/** Page furniture: navigation, advertising, page numbers, greetings of a portal. */
const FURNITURE = /上一版|下一版|上一篇|下一篇|欢迎访问|^logo$|站点收藏|当前位置|^首页|新闻>|>|^第\d+版|字号[:：]|字号\s*[大中小]|^[【\[]?字号|关闭窗口|扫一扫|分享到|点击.{0,4}(?:蓝字|关注)|关注我们|长按.{0,6}(?:识别|二维码)|扫码关注|^▲/;
/** Buttons of a page (【打印】 放大 缩小): furniture in a short line or in brackets, words in a headline (放大优势, 导航产业园). */
const BUTTONS = /[【\[](?:打印|放大|缩小|导航|广告)[】\]]|^(?=.{0,16}$).*(?:打印|放大|缩小|导航|广告)/;
/** Fields of a government page's header table (标题 | … |, 发布机构 | … |). */
const TABLE_FIELDS = new Map<string, RegExp>();
function tableField(header: string, names: string): string | null {
  if (header.includes('|')) {
    let re = TABLE_FIELDS.get(names);
    if (!re) TABLE_FIELDS.set(names, (re = new RegExp(`(?:^|\\|)\\s*(?:${names})\\s*\\|\\s*([^|\\n]+?)\\s*(?:\\||$)`, 'm')));
    const m = re.exec(header);
    if (m) return m[1]!.trim() || null;
  }
  // 标    题:X / 发布机构:Y, lines of a public-information page's header (its labels spaced out to one width).
  const key = `line:${names}`;
  let line = TABLE_FIELDS.get(key);
  if (!line) TABLE_FIELDS.set(key, (line = new RegExp(`^\\s*(?:${names.split('|').map((n) => [...n].join('\\s*')).join('|')})\\s*[:：]\\s*(\\S[^\\n]*?)\\s*$`, 'm')));
  const m = line.exec(header);
  return m ? m[1]!.trim() || null : null;
}

function validDate(y: number, m: number, d: number, warnings: string[]): string | null {
  const now = new Date();
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  if (y < 1990 || y > now.getUTCFullYear() + 1) {
    warnings.push(`publication date ${y}-${m}-${d} is implausible; ignored.`);
    return null;
  }
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function findPublishedAt(header: string, warnings: string[]): string | null {
  // ——2018年2月5日在澄城县第十八届人民代表大会…上: the day a report was delivered beats a repost's date.
  const delivered = /(\d{4})年(\d{1,2})月(\d{1,2})日在[^\n]{2,40}?(?:会议|大会)上/.exec(header);
  if (delivered) return validDate(Number(delivered[1]), Number(delivered[2]), Number(delivered[3]), warnings);
  const field = tableField(header, '发布日期|成文日期|发文日期|生成日期');
  const tabled = field ? /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(field) : null;
  if (tabled) return validDate(Number(tabled[1]), Number(tabled[2]), Number(tabled[3]), warnings);
  const labelled = /(?:发布时间|发布日期|发表时间|发稿时间|日期|时间)[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(header);
  // (2025/12/18 10:00:00 and 2025.12.18 as a line's own date: one separator, twice.)
  const dashed = /(?:^|\s)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/m.exec(header);
  const m = labelled ?? (dashed ? [dashed[0], dashed[1]!, dashed[3]!, dashed[4]!] : null) ?? /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(header);
  if (!m) return null;
  return validDate(Number(m[1]), Number(m[2]), Number(m[3]), warnings);
}

export function findPublisher(header: string): string | null {
  const office = tableField(header, '发布机构|发文机关|发布单位');
  if (office) return office;
  const source = /(?:信息来源|稿件来源|来源)[:：]\s*([^\s:：|]{2,30})/.exec(header);
  if (source) return source[1]!;
  // 编辑 is usually a person; it counts only when it names an organisation.
  const editor = /(?<!责任)编辑[:：]\s*([^\s:：|]{2,30})/.exec(header);
  if (editor && PUBLISHER_HEAD.test(editor[1]!)) return editor[1]!;
  // 湄潭县统计局 / 2025年4月: an office signing on a line of its own (with its date or none) issues the report.
  const signed = SIGNING_OFFICE.exec(header);
  if (signed) return signed[1]!;
  const paper = NEWSPAPER.exec(header.replace(/[■●◆]/g, ' '));
  if (paper) return (paper[1] ?? paper[2]!).replace(/^(文|图|策划|记者|通讯员)/, '');
  const site = SITE.exec(header);
  return site && !/^(?:欢迎|访问|登录|返回)/.test(site[1]!) ? site[1]! : null;
}

/**
 * The headline: the first line that reads like one. Not page furniture, not a "——" subtitle
 * (the date and meeting a report was delivered at), not a sentence of the body (现在,我代表…
 * opens a speech; a line that ends in 。 or runs long with commas is prose), not a photo caption.
 * A spaced headline (政 府 工 作 报 告) is closed up; a tag before it (• 【忠县招商】) is dropped;
 * its "——" subtitle stays out of it.
 */
/** 宜章概况, 县情简介: a county's overview page is headed by a short title of its own. */
const OVERVIEW_HEAD = /(?:概况|简介|概览|县情|市情|区情|旗情)$/;

export function findTitle(lines: string[], htmlTitle: string | null): string | null {
  const tabled = tableField(lines.slice(0, HEADER_LINES).join('\n'), '标题|题名');
  if (tabled) return tabled;
  // 总投资186亿元！X县举行…签约活动, 喜报！…: a short headline may exclaim; a sentence ends in 。.
  // (A line closed by a semicolon is an item of the body's list, no headline.)
  const prose = (l: string) => /。|[;；]$/.test(l) || (/[!！?？]/.test(l) && (l.length > 40 || (/[,，]/.test(l) && (l.length > 30 || /^(?:同志们|各位|让我们|我们)/.test(l))))) || (l.length > 40 && (l.match(/[,，]/g) ?? []).length >= 2) || /^现在[,，]?我代表|^各位代表|摄[)）]/.test(l);
  // 和县人民政府县长 戴瑞: a byline names the speaker, not the report.
  const byline = (l: string) => /(?:县长|市长|区长|旗长|主席|书记|主任|局长|记者|通讯员)\s*[\u4e00-\u9fa5]{2,4}$/.test(l);
  // 盘点2023 | 某县这一年收获的荣誉: a column's name, a bar, the headline (a table row has more cells, or figures).
  const columned = (l: string) => /^[^|]{2,14} \| (?=(?:[^|]*\p{Script=Han}){6})[^|\d]*[^|]{0,60}$/u.test(l) && !/\d+(?:\.\d+)?\s*(?:%|亿|万|元)/.test(l);
  const plausible = (l: string) => (l.length >= 6 || (l.length >= 4 && OVERVIEW_HEAD.test(l))) && l.length <= 80 && !/^[一二三四五六七八九十]+[、.]|^[(（][一二三四五六七八九十]+[)）]/.test(l) && (!META_LINE.test(l) || (columned(l) && !META_LINE.test(l.replace(' | ', ' ')))) && !FURNITURE.test(l) && !BUTTONS.test(l) && /\p{Script=Han}/u.test(l) && !/^(——|--|—)/.test(l) && !prose(l) && !byline(l);
  const clean = (l: string) =>
    l
      // (🎉喜报!…, …👇: pictographs a post decorates its headline with are no part of it.)
      .replace(/[\p{Extended_Pictographic}\uFE0F\u200D]+/gu, '')
      .replace(/^[•·*\-]\s*/, '')
      .replace(/^【[^】]{1,12}】\s*/, '')
      // …简介(带您走进县城看发展) 2023-09-12 10:21:35 #头条创作挑战赛#: the post's time and tags after the headline.
      .replace(/(?<=\S)\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d{1,4})?(?:\s*#[^#]{1,20}#)*\s*$/, '')
      .replace(/(?<=[\u4e00-\u9fa5]) (?=[\u4e00-\u9fa5](?: |$))/g, '')
      .trim();
  // ——2016年12月27日在…会议上: when and where a report was delivered is not part of its title.
  const delivery = (sub: string) => /\d{4}年\d{1,2}月|会议上$|^[——-]*\s*在/.test(sub);
  const withSubtitle = (line: string, next: string | undefined) => {
    const own = /^(.*?)((?:——|--).*)$/.exec(line);
    if (own) return delivery(own[2]!) ? own[1]!.trim() : line;
    return next && /^(——|--|—)/.test(next) && next.length <= 80 && !delivery(next) ? `${line}${next.replace(/^(--|—(?!—))/, '——')}` : line;
  };
  for (let i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
    const line = clean(lines[i]!);
    // The body has begun (各位代表:, a paragraph of prose): a headline would have come before it.
    if (/^各位代表|^现在[,，]?我代表/.test(line) || (prose(line) && line.length > 60)) break;
    // (走进舒城——县情简介: a short head is a headline with the subtitle that completes it.)
    const head = line.replace(/(?:——|--).*$/, '');
    if (!plausible(head) && !(head.length >= 2 && head !== line && plausible(line) && !delivery(line))) continue;
    // 左权:以产业振兴开创 / 全方位推动高质量发展新局面: a "place: slogan" headline set on two lines.
    // (天山网讯(记者 马某某) under it is the news item's dateline, no part of it.)
    const next = lines[i + 1] ? clean(lines[i + 1]!) : '';
    if (/^[\u4e00-\u9fa5]{2,8}[:：]/.test(line) && line.length <= 20 && /\p{Script=Han}$/u.test(line) && next.length <= 24 && plausible(next) && !/[:：\d]/.test(next) && !NEWS_DATELINE.test(next)) return `${line}${next}`;
    return withSubtitle(line, lines[i + 1]);
  }
  if (htmlTitle) return htmlTitle.split(/\s*[_|]\s*|\s+-\s+/)[0]!.trim() || null;
  return null;
}

export function extractMetadata(text: string, htmlTitle: string | null = null, htmlMeta: Record<string, string> = {}): ReportMetadata {
  const warnings: string[] = [];
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const header = lines.slice(0, HEADER_LINES).join('\n');
  const metaDate = htmlMeta.publishdate ?? htmlMeta.pubdate ?? htmlMeta['article:published_time'];
  const metaSource = htmlMeta.contentsource ?? htmlMeta.source ?? htmlMeta.sitename;
  return {
    title: findTitle(lines, htmlTitle),
    publisher: findPublisher(header) ?? metaSource ?? null,
    publishedAt: findPublishedAt(header, warnings) ?? (metaDate ? findPublishedAt(`日期:${metaDate}`, warnings) : null),
    warnings,
  };
}

/**
 * 县统计局 on a county's page is that county's office, named in full (沅陵县统计局); an office
 * called by another kind (市统计局 in a county's report) is left as written.
 */
export function ownOffice(publisher: string | null, county: { name: string } | null): string | null {
  if (!publisher || !county) return publisher;
  const kind = /^([县市区旗])(?=[\u4e00-\u9fa5]{2})/.exec(publisher)?.[1];
  return kind && county.name.endsWith(kind) && !publisher.startsWith(county.name) ? `${county.name}${publisher.slice(1)}` : publisher;
}
