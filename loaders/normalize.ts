import { Converter } from 'opencc-js/t2cn';
import type { Script } from '../src/facts.ts';
import { parseChineseNumber } from './numbers.ts';

export interface Normalized {
  text: string;
  script: Script;
  /** What was changed, for the report's warnings and for tests. */
  changes: { pinyinRemoved: number; converted: boolean; foldedFullWidth: number };
}

// Traditional (Taiwan/Hong Kong/mainland variants) → simplified, phrase-aware.
const toSimplified = Converter({ from: 't', to: 'cn' });

const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const TONE_BASE: Record<string, string> = {};
for (const [i, c] of [...TONE_MARKS].entries()) TONE_BASE[c] = 'aeiouü'[Math.floor(i / 4)]!;

/** A toneless syllable that Hanyu Pinyin allows (initial + final). */
const PINYIN = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo|ui|üe|ue|er|a|o|e|i|u|ü)$/;

/**
 * "發(fā)展", "縣(xiàn)", "綠(lǜ)": a Han character followed by one parenthesised pinyin
 * syllable with a tone mark. (GDP), (一期), (2023), (km) and (café) do not qualify.
 */
const PINYIN_OPENING = new RegExp(`[(（][a-zü${TONE_MARKS}]`);
const PINYIN_ANNOTATION = new RegExp(`(?<=\\p{Script=Han})[(（]([a-zü${TONE_MARKS}]{1,7})[)）]`, 'gu');

function isToned(s: string): boolean {
  for (const c of s) if (c in TONE_BASE) return true;
  return false;
}

export function isPinyinSyllable(s: string): boolean {
  if (!isToned(s)) return false;
  const base = [...s].map((c) => TONE_BASE[c] ?? c).join('');
  return PINYIN.test(base);
}

export function stripPinyinAnnotations(text: string): { text: string; removed: number } {
  // (Most texts have no bracketed Latin at all: a plain search says so before the look-behind runs at every position.)
  if (!PINYIN_OPENING.test(text)) return { text, removed: 0 };
  let removed = 0;
  const out = text.replace(PINYIN_ANNOTATION, (whole, syllable: string) => {
    if (!isPinyinSyllable(syllable)) return whole;
    removed++;
    return '';
  });
  return { text: out, removed };
}

/** Very common characters that exist only in traditional script (們, 國, 發, 經 …). */
const TRADITIONAL_ONLY = new Uint8Array(0x10000);
for (const c of '們國發經對會這個來時為說過後還點產業開關區縣與實現進將於計務設員機動質應標資農區鄉鎮區書長報導當從輕貴門問間項專視點現貨錢鐵銀陽陰東車馬鳥龍魚') TRADITIONAL_ONLY[c.charCodeAt(0)] = 1;

/** Share of Han characters a traditional→simplified conversion changes above which a text is traditional. */
const TRADITIONAL_SHARE = 0.04;

/** Whether a text is written in traditional script, judged from its first 4,000 characters. */
export function isTraditional(text: string): boolean {
  // Most reports are simplified: a scan for traditional-only characters settles it without
  // converting; and where those characters alone pass the share, converting can only add to them.
  let hits = 0;
  let han = 0;
  const end = Math.min(text.length, 4000);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    hits += TRADITIONAL_ONLY[code]!;
    if (code >= 0x3400 && code <= 0x9fff) han++;
  }
  if (hits === 0) return false;
  if (hits > TRADITIONAL_SHARE * han) return true;
  const sample = text.slice(0, end);
  const converted = toSimplified(sample);
  const a = [...sample];
  const b = [...converted];
  if (a.length !== b.length) return true; // phrase conversion changed lengths: certainly traditional
  const HAN = /\p{Script=Han}/u;
  let changed = 0;
  han = 0;
  for (let i = 0; i < a.length; i++) {
    if (HAN.test(a[i]!)) {
      han++;
      if (a[i] !== b[i]) changed++;
    }
  }
  return han > 0 && changed / han > TRADITIONAL_SHARE;
}

/** Full-width ASCII forms (０-９, Ａ-Ｚ, ，：；（）％ …) to ASCII; the ideographic space to a space. */
export function foldFullWidth(text: string): { text: string; folded: number } {
  let folded = 0;
  const out = text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => {
    folded++;
    return c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
  return { text: out, folded };
}

export function normalizeWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // A line of tab-separated cells (a table pasted as text) reads like an HTML table row; an
    // empty cell between two tabs keeps its column.
    .replace(/^[^\n\t]*(?:\t+[^\n\t]*){2,}$/gm, (line) => line.trim().split('\t').map((c) => c.trim()).join(' | '))
    // So does a line of cells set apart by runs of spaces (a table copied from a PDF): three cells
    // or more, none of them prose.
    .replace(/^[^\n]*\S {2,}\S[^\n]* {2,}\S[^\n]*$/gm, (line) => {
      const cells = line.trim().split(/ {2,}/);
      return cells.length >= 3 && !line.includes('|') && cells.every((c) => c.length <= 30) && !/[。,，;；:：]/.test(line) ? cells.join(' | ') : line;
    })
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\v\f]/g, ' ')
    .replace(/\*\*(.+?)\*\*/g, '$1') // Markdown emphasis that pasted pages carry
    // 同比增长6.1%.规模以上…: a Latin full stop after Chinese ends a sentence as 。 does (never one
    // between digits, after a Latin word or opening a numbered item).
    .replace(/(?<=[\u4e00-\u9fa5%)）”])\.(?=[\u4e00-\u9fa5“(（]|\s*$)/gm, '。')
    // 812. 35亿元, 增长6. 8%: a space a PDF left after a decimal point is no break in the number.
    .replace(/(?<=\d)\. +(?=\d+(?:\.\d+)?(?:[%亿万千元个人户吨亩家倍]|个百分点))/g, '.')
    .split('\n')
    // (1月8日 X项目开工: a chronicle's entry sets its date apart by a space, as a comma would.)
    .map((line) => closeSpacedLine(line.replace(/ {2,}/g, ' ').trim()).replace(CHRONICLE_DATE, '$1,'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * 全 县 实 现 地 区 生 产 总 值 218.6 亿 元: a line copied from a PDF with a space after every
 * character reads closed up. Only a line where most characters stand apart is one: words set
 * apart by spaces (指标 单位 1-9月) keep them.
 */
export function closeSpacedLine(line: string): string {
  // (Most lines hold no space between two characters: they are left before any counting.)
  if (!SPACED_PAIR.test(line)) return line;
  const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < 6) return line;
  const spaced = line.match(SPACED_HAN)?.length ?? 0;
  return spaced * 10 >= han * 6 ? line.replace(SPACE_BY_HAN, '') : line;
}

const SPACED_HAN = /\p{Script=Han} (?=\S)/gu;
const SPACED_PAIR = /[\u4e00-\u9fa5] [\u4e00-\u9fa5]/;
/** A space with a Han character or a figure's punctuation on either side. */
const SPACE_BY_HAN = /(?<=[\p{Script=Han}，。、；：！？,.;:%）)”]) (?=[\p{Script=Han}\d，。、；：！？,;:（(“])|(?<=[\p{Script=Han}\d%，,]) (?=[\p{Script=Han}，。,])/gu;

const CHRONICLE_DATE = /^(\d{1,2}月\d{1,2}日)\s+(?=[\u4e00-\u9fa5“])/;

/** 「」『』 (traditional pages) read as “” ‘’, the quotes the rules know. */
export function unifyQuotes(text: string): string {
  if (!/[「」『』]/.test(text)) return text;
  return text.replace(/[「『]/g, (c) => (c === '「' ? '“' : '‘')).replace(/[」』]/g, (c) => (c === '」' ? '”' : '’'));
}

/**
 * Pages whose quotes were lost to an encoding step show them as ;; (荣获;;国家卫生县城;;;;全国…):
 * no real text doubles a semicolon between words, so each ;; becomes an opening or closing quote.
 */
export function repairLostQuotes(text: string): string {
  if (!text.includes(';;') || (text.match(/[\p{Script=Han}\d];;|;;[\p{Script=Han}\d]/gu) ?? []).length < 2) return text;
  return text
    .split('\n')
    .map((line) => {
      let open = false;
      // ;;;; sits between two quoted names: a close and an open.
      return line.replace(/;;;;|;;/g, (q) => (q.length === 4 ? ((open = true), '”“') : (open = !open) ? '“' : '”'));
    })
    .join('\n');
}

/** Sentence-final marks and closers: a line that ends in one ends where the writer ended it. */
const LINE_END = /[。！？!?;；:：”」)）】\]|>]$/;

/**
 * Text wrapped at a fixed width (国家卫生⏎县城): most long lines share one length. Those
 * lines are joined to the next when they stop mid-sentence, so a break never cuts a name.
 */
/** — 3 —, -3-, 第3页 共12页, 3/12: a page's number left in text copied from a PDF, between the lines it cut. */
/** The fewest lines between two heads of pages. */
const PAGE_LINES = 4;
const RUNNING_HEAD = /^[\p{Script=Han}“”《》()（）—\-·\s]{4,24}$/u;
const COMPATIBILITY_FORMS = /[\u2F00-\u2FD5\uFE50-\uFE6B]/g;
const HEADING_LINE = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[章节部分])/;
const PAGE_NUMBER = /^\s*(?:[—－\-–]{1,2}\s*\d{1,3}\s*[—－\-–]{1,2}|[·•]\s*\d{1,3}\s*[·•]|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;

export function unwrapHardBreaks(text: string): string {
  // (…,增⏎— 3 —⏎长4.2%: a page's number that cuts a sentence in two leaves the halves one line.)
  const lines: string[] = [];
  let cut = false;
  const all = text.split('\n');
  // (政府工作报告 atop every page of a PDF: a short line said three times or more is the page's running head.)
  // (A table's cells set one to a line repeat within a few lines: a page's head repeats a page apart.)
  const seen = new Map<string, number>();
  const lastAt = new Map<string, number>();
  all.forEach((l, i) => {
    const k = l.trim();
    if (!RUNNING_HEAD.test(k)) return;
    const before = lastAt.get(k);
    if (before === undefined || i - before >= PAGE_LINES) seen.set(k, (seen.get(k) ?? 0) + 1);
    lastAt.set(k, i);
  });
  // (Its first time stays: it may head the page as the site's or the office's name.)
  const kept = new Set<string>();
  for (const l of all) {
    const head = (seen.get(l.trim()) ?? 0) >= 3 && kept.has(l.trim());
    if ((seen.get(l.trim()) ?? 0) >= 3) kept.add(l.trim());
    if (PAGE_NUMBER.test(l) || head) {
      // (A heading before the number, 二、工作安排, stands on its own line: only prose runs on.)
      const prev = lines[lines.length - 1];
      cut = prev !== undefined && !LINE_END.test(prev) && (/[,，、;；]/.test(prev) || prev.length >= 24) && !HEADING_LINE.test(prev);
      continue;
    }
    if (cut && /^[\p{Script=Han}\d“、,，;；%]/u.test(l)) lines[lines.length - 1] += l;
    else lines.push(l);
    cut = false;
  }
  // A table's rows (cells joined by " | ") are lines by their nature, however alike their lengths.
  const row = (l: string) => l.includes(' | ');
  // (A narrow page of a large type wraps at 20-odd characters.)
  const long = lines.filter((l) => !row(l)).map((l) => l.length).filter((n) => n >= 20).sort((a, b) => a - b);
  if (long.length < 4) return lines.join('\n');
  const median = long[Math.floor(long.length / 2)]!;
  const near = long.filter((n) => n >= median * 0.85 && n <= median * 1.15).length;
  if (near < long.length * 0.6) return lines.join('\n');
  let out = lines[0]!;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const wrapped = prev.length >= median * 0.85 && !row(prev) && !row(lines[i]!) && !LINE_END.test(prev) && /^[\p{Script=Han}\d“、,，;]/u.test(lines[i]!);
    out += (wrapped ? '' : '\n') + lines[i];
  }
  return out;
}

/** A line that is only a figure: 386.2亿元, 增长5.8%, 同比下降1.2个百分点. */
const FIGURE_LINE = /^(?:(?:同比|比上年|较上年)?(?:增长|下降|增加|减少)\s*)?[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|个百分点|[亿万千]?(?:元|美元|吨|亩|人次|人|户|个|家|公里|千瓦|千瓦时|平方米))$/;
/** A line that could only be a figure's name: a few Han characters, no digit, no mark. */
const NAME_LINE = /^[\u4e00-\u9fa5“”]{2,16}$/;

/**
 * 地区生产总值⏎386.2亿元⏎增长5.8%: a chart of figures (一图读懂…) copied as text sets a name
 * and its figures on lines of their own; they are one statement.
 */
export function joinFigureLines(text: string): string {
  if (!/\n[-+]?\d[\d,.]*\s*(?:%|[亿万千]?元)\n/.test(text) && !/\n(?:增长|下降)\s*\d/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let j = i + 1;
    // (Only a name opens the scan: a run of figures is walked once.)
    if (NAME_LINE.test(line.trim())) while (j < lines.length && FIGURE_LINE.test(lines[j]!.trim())) j++;
    if (j > i + 1) {
      out.push(line.trim() + lines.slice(i + 1, j).map((l) => l.trim()).join('，') + '。');
      i = j - 1;
    } else out.push(line);
  }
  return out.join('\n');
}

/** (连云港日报记者 王文 通讯员 李某)…, 本报讯(记者 王文)…: a news item's byline opening its first paragraph. */
const BYLINE_OPENING = /^((?:【[^】\n]{1,12}】|[\u4e00-\u9fa5]{0,8}讯)?\s*[(（][^()（）\n]{0,40}(?:记者|通讯员|编辑|撰稿|摄影?)[^()（）\n]{0,40}[)）])[ \t]*(?=\S)/gm;

/** The byline stands apart from the news it opens, so that no name runs back into it. */
export function splitBylines(text: string): string {
  return text.includes('记者') || text.includes('通讯员') ? text.replace(BYLINE_OPENING, '$1\n') : text;
}

/**
 * 增长百分之五点八: a speech's percentage in words reads as the figure 5.8%. Only 百分之 followed by
 * a numeral with a digit counts (百分之百, a manner of speaking, stays words).
 */
export function percentInWords(text: string): string {
  if (!text.includes('百分之')) return text;
  return text.replace(/百分之([零〇一二两三四五六七八九十百点]+)/g, (whole, words: string) => {
    const n = parseChineseNumber(words);
    return n === undefined ? whole : `${n}%`;
  });
}

/**
 * 二〇二三年十二月五日: a date in words (formal documents and their signatures write them so) reads
 * as 2023年12月5日, so that every rule of years dates by it. Only a year of four digits in words
 * (19xx or 20xx) counts; its month and day follow it when in words too.
 */
export function datesInWords(text: string): string {
  if (!/[一二][〇○零一二三四五六七八九]{3}年/.test(text)) return text;
  return text.replace(DATE_IN_WORDS, (whole, year: string, month?: string, day?: string) => {
    const y = [...year].map((c) => YEAR_DIGIT[c]).join('');
    if (!/^(?:19|20)\d{2}$/.test(y)) return whole;
    const m = month ? parseChineseNumber(month) : undefined;
    const d = day ? parseChineseNumber(day) : undefined;
    const monthPart = month && m !== undefined && m >= 1 && m <= 12 ? `${m}月` : month ? `${month}月` : '';
    const dayPart = day && d !== undefined && d >= 1 && d <= 31 ? `${d}日` : day ? `${day}日` : '';
    return `${y}年${monthPart}${dayPart}`;
  });
}

const YEAR_DIGIT: Record<string, string> = { 〇: '0', '○': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const DATE_IN_WORDS = /([一二][〇○零一二三四五六七八九]{3})年(?:([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?)?/g;

/**
 * ①, ⑴, ❶: numbers in circles or brackets of one character number the items of a list as (1)
 * does; read so, the rules of lists know them.
 */
export function circledNumbers(text: string): string {
  return CIRCLED.test(text) ? text.replace(CIRCLED_ALL, (c) => `(${circledValue(c.codePointAt(0)!)})`) : text;
}

const CIRCLED = /[\u2460-\u2473\u2474-\u2487\u2776-\u277F\u2780-\u2789\u278A-\u2793]/;
const CIRCLED_ALL = new RegExp(CIRCLED.source, 'g');
function circledValue(code: number): number {
  if (code <= 0x2473) return code - 0x2460 + 1;
  if (code <= 0x2487) return code - 0x2474 + 1;
  if (code <= 0x277f) return code - 0x2776 + 1;
  if (code <= 0x2789) return code - 0x2780 + 1;
  return code - 0x278a + 1;
}

/** 相关阅读, 推荐阅读…: a page's links to other stories, which name other counties' facts. */
const RELATED_LINKS = /\n[【\[]?(?:相关阅读|相关新闻|相关链接|相关文章|相关报道|推荐阅读|延伸阅读|热点推荐|热门推荐|猜你喜欢|更多新闻|更多阅读|往期回顾|往期推荐)[】\]]?[:：]?[ \t]*(?=\n|$)/;

/** The article ends where the page's links to other stories begin (past its opening). */
export function withoutRelatedLinks(text: string): string {
  const m = RELATED_LINKS.exec(text);
  return m && m.index >= 60 ? text.slice(0, m.index).trimEnd() : text;
}

/**
 * The normalized text every offset points into: NFC, pinyin annotations removed,
 * traditional converted to simplified, full-width forms folded, whitespace tidied.
 */
export function normalize(raw: string): Normalized {
  // (⼯业, ⼀般: text taken from a PDF may carry Kangxi radicals for the characters they look like,
  // and the small forms of punctuation (﹐, ﹑, ﹔) for the marks.)
  let text = raw.normalize('NFC').replace(COMPATIBILITY_FORMS, (c) => c.normalize('NFKC'));
  const pinyin = stripPinyinAnnotations(text);
  text = pinyin.text;
  const traditional = isTraditional(text);
  if (traditional) text = toSimplified(text);
  const folded = foldFullWidth(text);
  text = circledNumbers(datesInWords(percentInWords(withoutRelatedLinks(repairLostQuotes(splitBylines(joinFigureLines(unwrapHardBreaks(normalizeWhitespace(unifyQuotes(folded.text))))))))));
  return {
    text,
    script: traditional ? 'traditional' : 'simplified',
    changes: { pinyinRemoved: pinyin.removed, converted: traditional, foldedFullWidth: folded.folded },
  };
}
