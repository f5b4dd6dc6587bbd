export interface ReportMetadata {
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  warnings: string[];
}

const HEADER_LINES = 12;

/** Lines that carry page metadata rather than a headline. */
export const META_LINE = /(发布时间|发布日期|发表时间|来源|信息来源|作者|编辑|浏览|点击|日期|时间)[:：]|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^\d{4}年\d{1,2}月\d{1,2}日| \| |\.(jpg|jpeg|png|gif)$|^(分享|打印|关闭|首页|当前位置)/;
/** Organisations that publish reports: newspapers, sites, government offices, media centres. */
const PUBLISHER_HEAD = /(日报|晚报|早报|都市报|报社|新闻网|新闻|网|电视台|广播电视台|融媒体中心|人民政府|人民政府办公室|办公室|统计局|政府|委员会|宣传部|报)$/;
const NEWSPAPER = /([\u4e00-\u9fa5]{2,8}?(?:日报|晚报|早报|都市报|新闻网|融媒体中心|广播电视台))/;

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
  const labelled = /(?:发布时间|发布日期|发表时间|发稿时间|日期|时间)[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(header);
  const m = labelled ?? /(?:^|\s)(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/m.exec(header) ?? /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(header);
  if (!m) return null;
  return validDate(Number(m[1]), Number(m[2]), Number(m[3]), warnings);
}

export function findPublisher(header: string): string | null {
  const source = /(?:信息来源|稿件来源|来源)[:：]\s*([^\s:：|]{2,30})/.exec(header);
  if (source) return source[1]!;
  // 编辑 is usually a person; it counts only when it names an organisation.
  const editor = /(?<!责任)编辑[:：]\s*([^\s:：|]{2,30})/.exec(header);
  if (editor && PUBLISHER_HEAD.test(editor[1]!)) return editor[1]!;
  const paper = NEWSPAPER.exec(header.replace(/[■●◆]/g, ' '));
  return paper ? paper[1]!.replace(/^(文|图|策划|记者|通讯员)/, '') : null;
}

/** The headline: the first line that reads like one, with a "——" subtitle line joined to it. */
export function findTitle(lines: string[], htmlTitle: string | null): string | null {
  const plausible = (l: string) => l.length >= 6 && l.length <= 120 && !META_LINE.test(l) && /\p{Script=Han}/u.test(l);
  for (let i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
    const line = lines[i]!;
    if (!plausible(line)) continue;
    const next = lines[i + 1];
    const subtitle = next && /^(——|--|—)/.test(next) && next.length <= 80 ? next : '';
    return `${line}${subtitle.replace(/^(--|—(?!—))/, '——')}`;
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
