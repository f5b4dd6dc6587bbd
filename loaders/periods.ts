import { META_LINE } from './metadata.ts';
/** The years a report is written about: the one it reviews and the one it plans for. */
export interface ReportYears {
  reviewYear: number | null;
  planYear: number | null;
}

// A year stands before 年, punctuation, or a word that is no unit (2022赛迪百强县); 2000亩 is a count.
const YEAR = /(?<![\d.])(19[89]\d|20[0-4]\d)(?=年|,|，|\s|$|[\u4e00-\u9fa5](?<![万亿元人个户亩吨家项米台辆次名所条只头份多余千百斤件套座间栋位分倍]))/g;
/**
 * Words that name the year under review outright (一、2022年工作回顾, 刚刚过去的2022年,
 * a review heading 过去一年… followed by 2019年,是…的一年): they beat a headline's year.
 */
const REVIEW_CUES = [
  // (一、2025年经济工作取得的成绩: a speech that sums a year up reviews it.)
  /(19[89]\d|20[0-4]\d)年(?:工作|政府工作)?(?:回顾|总结)|(19[89]\d|20[0-4]\d)年(?:全县|全市|全区|全旗)?(?:经济|经济社会发展|各项)?工作取得的(?:主要)?成(?:绩|效|就)/,
  /(?:回顾|刚刚过去的|过去的|已经过去的)(19[89]\d|20[0-4]\d)年/,
  /(?:过去一年|过去的一年|一年来|工作回顾)[^\n]{0,40}\n\s*(19[89]\d|20[0-4]\d)年[,，]?是/,
];
/** The first year of each five-year plan (十四五: 2021–2025). */
const FIVE_YEAR_PLANS: Record<string, number> = { 十一: 2006, 十二: 2011, 十三: 2016, 十四: 2021, 十五: 2026, 十六: 2031 };
/** Phrases that put a year in the future tense: a plan, a deployment, targets. */
const PLAN_CUES = [/(步入|迈入|迈进|展望|部署|描绘|谋划)\s*Y/, /Y年?(?:是|工作(?:目标|任务|安排|思路)|主要预期目标|预期目标|目标任务|,[^。]{0,12}将)/, /Y年?[^。]{0,6}(?:预期目标|奋斗目标)/];
/** 三、2024年工作安排, 2024年经济社会发展的主要预期目标: a heading of the plan, which plans no other year. */
/** 工作回顾, 完成情况, 计划执行情况: a heading of what was done, whatever year it names. */
const REVIEW_WORDS = '回顾|完成情况|成效|进展|总结|成绩|执行情况';
export const REVIEW_HEADING = new RegExp(REVIEW_WORDS);
export const THIS_YEAR_HEADING = new RegExp(`^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])?\\s*(?:今年|明年|新的一年)(?!.*(?:${REVIEW_WORDS}))`);
const PART_OF_YEAR_TITLE = /上半年|前三季度|[一二三]季度|1[-—至]\d{1,2}月/;
const PLAN_HEADING = /Y年?(?:工作安排|(?:经济社会发展的?)?主要预期目标|工作目标和任务)/;

/**
 * Review year: from the publication date (reports published January–March look back
 * on the previous year), else from the years the text names, where the latest one
 * counts as a plan year when the text plans for it.
 */
export function reportYears(text: string, publishedAt: string | null, title: string | null = null): ReportYears {
  const counts = new Map<number, number>();
  // 力争到2025年…: a horizon looked to is no year the report is about (2019年到2023年 is a span,
  // and so is 由2016年的…增加到2021年的…).
  for (const m of text.matchAll(YEAR)) if (!/(?<![年加高长升大])到$/.test(text.slice(Math.max(0, m.index - 2), m.index))) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  // A headline year says it outright: 2023年统计公报 reviews 2023; 2024年政府工作报告 plans 2024.
  const head = text.slice(0, 4000);
  for (const cue of REVIEW_CUES) {
    const m = cue.exec(head);
    if (m) return { reviewYear: Number(m[1] ?? m[2]), planYear: Number(m[1] ?? m[2]) + 1 };
  }
  // 第十四个五年规划纲要, “十四五”规划: a five-year plan looks back on the last year of the one before.
  const fiveYear = title ? /第?(十[一二三四五六])(?:个)?五(?:年)?规划|[“"]?(十[一二三四五六])五[”"]?(?:时期|期间)?(?:[\u4e00-\u9fa5]{0,12})?规划/.exec(title) : null;
  if (fiveYear) {
    const n = FIVE_YEAR_PLANS[fiveYear[1] ?? fiveYear[2]!];
    // An account of the plan under way (“十四五”规划纲要实施中期评估报告, …规划实施情况的报告)
    // reviews the latest of the plan's own years it names, not the year before the plan.
    const accountOfPlan = n && /评估|实施情况|执行情况|进展情况|实施总结/.test(title!);
    const latestOwn = accountOfPlan ? Math.max(...[...counts.keys()].filter((y) => y >= n && y <= n + 4)) : -Infinity;
    if (latestOwn > 0) return { reviewYear: latestOwn, planYear: latestOwn + 1 };
    if (n) return { reviewYear: n - 1, planYear: n };
  }
  // 关于2023年度重大项目推进情况的通报, 关于2023年计划执行情况与2024年计划草案的报告: an
  // account of how a year went reviews that year, whatever year the document plans for next.
  const accounted = title ? /(19[89]\d|20[0-4]\d)年?度?[^\d]{0,24}?(?:执行|完成|推进|进展|落实|实施)情况/.exec(title) : null;
  if (accounted) return { reviewYear: Number(accounted[1]), planYear: Number(accounted[1]) + 1 };
  const titled = title ? /(19[89]\d|20[0-4]\d)年?(?:度)?/.exec(title) : null;
  if (titled) {
    const y = Number(titled[1]);
    // 新化年鉴(2025), 新化县概况(2025年卷): a yearbook's volume tells of the year before it.
    // (A page that files the report on a year under that year's name, 2023年政府工作报告 over
    // 2023年,全旗地区生产总值完成…, with nothing of the year before and no plan for its own year,
    // reviews the year it names.)
    const filedUnderReviewed = /政府工作报告/.test(title!) && !counts.has(y - 1) && new RegExp(`${y}年[,，]?(?:全县|全市|全区|全旗|我县|我市|我区|我旗)?[^。;；\\n]{0,16}?(?:完成|实现|达到)[^。;；\\n]{0,12}?\\d`).test(text) && !PLAN_CUES.some((cue) => new RegExp(cue.source.replace(/Y/g, String(y))).test(text)) && !/今年|新的一年/.test(text);
    if (/政府工作报告|计划草案|预算草案|年鉴|(?:19|20)\d{2}年?卷/.test(title!) && !filedUnderReviewed) return { reviewYear: y - 1, planYear: y };
    if (filedUnderReviewed) return { reviewYear: y, planYear: y + 1 };
    // (2024年上半年工作总结和下半年工作打算: the plans of an account of part of a year are for the rest of it.)
    if (PART_OF_YEAR_TITLE.test(title!) && /下半年|四季度|打算|安排|计划/.test(title!)) return { reviewYear: y, planYear: y };
    if (/统计公报|综述|总结|回顾|年报|成绩单|答卷|盘点/.test(title!)) return { reviewYear: y, planYear: y + 1 };
    // 浏阳市召开2024年烟花爆竹产业发展大会: a meeting on a year's work, held as it opens, plans that
    // year (今年要… is that year) and looks back on the one before.
    if (new RegExp(`${y}年(?!度)[^,，:：]{0,16}?(?:工作会议|工作会|发展大会|推进大会|推进会|部署会|动员大会)`).test(title!)) return { reviewYear: y - 1, planYear: y };
    // 新闻发布会:2023年瑞金市经济社会发展情况: a headline naming the year of an account tells of that
    // year, whatever later year its plans name.
    if (/(?:发展|运行|工作|建设)(?:情况|成效|成就|亮点)|经济运行|发展成就|(?:十|10)大新闻|大事记/.test(title!)) return { reviewYear: y, planYear: y + 1 };
  }
  if (publishedAt) {
    const [y, m] = publishedAt.split('-').map(Number) as [number, number];
    // Early in the year a report looks back on the last one, unless it is mostly about this one.
    const last = counts.get(y - 1) ?? 0;
    const current = counts.get(y) ?? 0;
    // 过去一年 in a spring piece with no year of its own looks back on the last one.
    const lookingBack = /过去一年|过去的一年|去年|上一年/.test(text) && current === 0;
    // 3月11日,…签订…: news that opens on a day of its own month tells of this year's events.
    const dateline = last === 0 && /(?:^|\n)\s*(?:\d{1,2}月\d{1,2}日|近日|日前)(?:上午|下午|晚)?[,，]/.test(text.slice(0, 800));
    // (今年以来,… opening the news speaks of the year it was published in, whatever it says of the last.)
    const sinceNewYear = /(?:^|\n)\s*(?:[^\n,，。]{0,12}[,，])?今年以来/.test(text.slice(0, 800));
    const review = dateline || sinceNewYear ? y : m <= 3 ? (current > last * 2 ? y : y - 1) : m <= 6 && (last > current || lookingBack) ? y - 1 : y;
    return { reviewYear: review, planYear: review + 1 };
  }
  const years = [...counts.keys()].filter((y) => y <= new Date().getUTCFullYear() + 1).sort((a, b) => b - a);
  const latest = years[0];
  if (latest === undefined) return { reviewYear: null, planYear: null };
  const planned = PLAN_CUES.some((cue) => new RegExp(cue.source.replace(/Y/g, String(latest))).test(text));
  if (planned && counts.has(latest - 1)) return { reviewYear: latest - 1, planYear: latest };
  if (planned && /今年|去年|上年|过去的一年|刚刚过去/.test(text)) return { reviewYear: latest - 1, planYear: latest };
  // (…增长8.1%。…三、2024年工作安排: an excerpt that plans the year it names, by a heading of the plan
  // or its targets, reviews the year before, though it names that year nowhere.)
  if (new RegExp(PLAN_HEADING.source.replace(/Y/g, String(latest))).test(text)) return { reviewYear: latest - 1, planYear: latest };
  return { reviewYear: latest, planYear: latest + 1 };
}

/** What a sentence's facts are dated by: its own year, the heading above it, or the report's. */
export interface SentenceDating {
  year: number | null;
  /** The sentence plans (将, 力争, 今年…): facts in it belong to the plan year. */
  planned: boolean;
}

const RELATIVE_OPENING = /^(?:[\u4e00-\u9fa5]{0,4}?[,，])?(?:(今年|去年)(?:以来|上半年|前三季度|年初以来|1[-—至]\d{1,2}月|[,，])|\d{1,2}月\d{1,2}日(?:上午|下午|晚)?[,，]|(?:近日|日前)[,，])/;
const PLAN_SENTENCE = /力争|(?<!即)将(?:加快|推进|实施|启动|建设|开工|打造)|明年|新的一年|今年(?:将|要)/;
/** Whether a sentence plans: 明年 only after a clause of what was done (…完成投资45亿元,预计明年…) leaves it the year's. */
function planSentence(sentence: string): boolean {
  const plan = PLAN_SENTENCE.exec(sentence);
  if (!plan) return false;
  if (plan[0] !== '明年') return true;
  // The first clause, found by its end (no pattern that backtracks over a long sentence).
  const end = sentence.search(/[,，;；。]/);
  const first = end < 0 ? '' : sentence.slice(0, end);
  return end < 0 || end > plan.index || !DONE_WORD.test(first) || /推动|推进|确保|争取|加快/.test(first);
}
const DONE_WORD = /完成|建成|实现|达到|已|开工|投产|签约/;
/** ——2025年1月8日在…会议上: the line telling when and where a report was delivered. */
export const DELIVERY_LINE = /^[—-]|\d{4}年\d{1,2}月\d{1,2}日|会议上$/;
export const SENTENCE_YEAR = /(?<![\d.比较与同至到由从])(19[89]\d|20[0-4]\d)年(?!度?以来)/;

/**
 * The headline's own line: the title, its start, or the title after a page's decoration
 * (• 【忠县招商】2021年忠县政府工作报告). It is dated by reportYears, it heads no section.
 */
export function isHeadline(s: { text: string; start: number }, title: string | null): boolean {
  return Boolean(title) && s.start < 200 && (s.text === title || title!.startsWith(s.text) || (title!.length >= 6 && s.text.endsWith(title!) && s.text.length <= title!.length + 12));
}

/** Dates every sentence: headings with a year (2020 奋勇前行) carry to the sentences under them. */
export function dateSentences(sentences: { text: string; start: number; end: number }[], text: string, years: ReportYears, title: string | null = null, publishedYear: number | null = null): SentenceDating[] {
  let sectionYear: number | null = null;
  // 2025年,我们将…。重点抓好…: a paragraph that opens with the year planned for speaks of it to its end.
  let paragraph: { start: number; year: number; plan: boolean } | null = null;
  return sentences.map((s) => {
    const headline = isHeadline(s, title);
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    const lineEnd = text.indexOf('\n', s.end);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
    // (——2025年1月8日在…会议上: when and where a report was delivered heads no section of its year.)
    const heading = !headline && line === s.text && line.length <= 40 && !/[。;；!?！？,，]/.test(line) && !META_LINE.test(line) && !DELIVERY_LINE.test(line);
    if (heading) {
      const y = /(19[89]\d|20[0-4]\d)(?:年|,|，|\s|$)/.exec(line);
      // (二、今年工作安排: in a report that plans a year, 今年 heading a section is that year.)
      const thisYear = years.planYear !== null && years.planYear !== years.reviewYear && THIS_YEAR_HEADING.test(line) ? years.planYear : null;
      sectionYear = y ? Number(y[1]) : thisYear ?? (/^【|^[一二三四五六七八九十]+[、.]/.test(line) ? sectionYear : null);
    }
    // Under a heading of the year planned (2024年重点工作, 二、2024年工作安排) the report plans.
    const sectionPlan = sectionYear !== null && sectionYear === years.planYear && years.planYear !== years.reviewYear;
    // The sentence's own year opens it (2023年,…); a year further in dates something else (有望在2024年试产).
    const own = SENTENCE_YEAR.exec(s.text.slice(0, 12));
    // 今年以来,…签约项目12个。其中,… / 5月15日,记者走进…: news dated by its publication speaks of
    // that year (去年: the one before) to the paragraph's end.
    const relative = own || publishedYear === null ? null : RELATIVE_OPENING.exec(s.text.slice(0, 16));
    // A full date (2021年2月4日在…会议上) dates a meeting or an event, it opens no paragraph of the plan.
    if (own) paragraph = Number(own[1]) === years.planYear && years.planYear !== years.reviewYear && !/^[^,，]{0,4}?\d{4}年\d{1,2}月\d{1,2}日/.test(s.text) ? { start: lineStart, year: years.planYear, plan: true } : null;
    else if (relative) paragraph = { start: lineStart, year: relative[1] === '去年' ? publishedYear! - 1 : publishedYear!, plan: false };
    // (今年,浏阳市计划实施重大项目230个…。其中,新开工项目86个,包括A、B等: with no date, a paragraph
    // opening on 今年 in a report that plans a year speaks of that year's plans.)
    else if (publishedYear === null && years.planYear !== null && years.planYear !== years.reviewYear && /^今年(?![以来])/.test(s.text)) paragraph = { start: lineStart, year: years.planYear, plan: true };
    else if (paragraph && paragraph.start !== lineStart) paragraph = null;
    const carried = !own && paragraph !== null;
    // (X项目完成投资45亿元,预计明年建成投产: a plan told after what was done leaves the sentence the year's.)
    const planned = (carried && paragraph!.plan) || planSentence(s.text) || (!own && !carried && sectionPlan);
    const year = own ? Number(own[1]) : carried ? paragraph!.year : sectionYear ?? (planned ? years.planYear : years.reviewYear);
    return { year, planned };
  });
}
