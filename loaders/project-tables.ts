import type { ReportDoc } from './doc.ts';
import type { Span } from './segment.ts';
import { tableRows } from './tables.ts';

/**
 * Projects a report lists as a table (序号 | 项目名称 | 建设内容 | 总投资(万元) | 建设性质 | 项目业主), as
 * tab-separated text or an HTML table becomes after normalization: rows of cells joined by " | ".
 * The header names the columns and the unit of the amounts; each row after it, up to the first
 * line that is no row, is one project.
 */
export interface ProjectRow {
  name: string;
  /** The total in yuan, by the unit the header (or a 单位: line above the table) gives. */
  totalYuan: number | null;
  /** 新建, 续建, 竣工, 前期 … */
  nature: string | null;
  /** A progress cell (已完成主体工程, 正在进行设备安装). */
  progress: string | null;
  /** Who builds or owns it (项目业主, 建设单位), which may be a company. */
  owner: string | null;
  /** The year's planned or spent amount in yuan (2025年计划投资, 年度计划投资, 年度完成投资). */
  annualYuan: number | null;
  span: Span;
  /** The row's place among the report's sentences. */
  sentence: number;
}

const NAME_COLUMN = /^(?:项目名称|项目|名称|工程名称|项目全称)$/;
// (投资额, 协议投资额, 签约金额: what a signing table calls a project's total.)
const TOTAL_COLUMN = /^(?:计划)?(?:总投资|投资总额|项目总投资|总投资额|投资额|投资金额|协议投资额?|合同投资额?|签约金额|签约额)(?:[(（]([万亿])元[)）])?$/;
const NATURE_COLUMN = /^(?:建设性质|项目性质|性质|项目类别|类别|项目类型)$/;
const PROGRESS_COLUMN = /^(?:建设进度|项目进度|进展情况|进度情况|形象进度|项目进展|目前进展|当前进度|建设进展)$/;
// (2025年计划投资, 年度投资计划, 年度完成投资: the year's money, not the total.)
// (计划投资 alone is a total planned: only a column named for the year is the year's.)
const ANNUAL_COLUMN = /^(?:\d{4}年度?|年度|本年度?|当年)(?:计划|完成)(?:完成)?投资(?:额)?(?:[(（]([万亿])元[)）])?$|^(?:\d{4}年)?年度投资(?:计划)?(?:[(（]([万亿])元[)）])?$/;
const OWNER_COLUMN = /^(?:项目业主|业主单位|业主|建设单位|实施单位|实施主体|项目单位|投资主体|投资方|承建单位)$/;
/** 合计, 小计, 一、工业项目(12个): rows that sum or group, not projects. */
const NOT_A_PROJECT = /^(?:合计|总计|小计|共计)|^[一二三四五六七八九十]+[、.．]|^[(（][一二三四五六七八九十]+[)）]/;

interface Columns {
  name: number;
  total: number;
  annual: number;
  annualScale: number | null;
  scale: number | null;
  nature: number;
  progress: number;
  owner: number;
}

function header(cells: string[], unitAbove: number | null): Columns | null {
  const bare = cells.map((c) => c.replace(/\s/g, ''));
  const find = (re: RegExp) => bare.findIndex((c) => re.test(c));
  const name = find(NAME_COLUMN);
  if (name < 0) return null;
  const total = find(TOTAL_COLUMN);
  const annual = bare.findIndex((c, i) => i !== total && ANNUAL_COLUMN.test(c));
  const cols = { name, total, annual, annualScale: null as number | null, scale: null as number | null, nature: find(NATURE_COLUMN), progress: find(PROGRESS_COLUMN), owner: find(OWNER_COLUMN) };
  // A column of names alone (of honours, of enterprises) is no table of projects: without a total,
  // a nature or a progress column, it must name projects and another column speak of building.
  const building = total >= 0 || cols.nature >= 0 || cols.progress >= 0 || (/项目|工程/.test(bare[name]!) && bare.some((c) => /投资|建设内容|建设规模/.test(c)));
  if (!building) return null;
  const unit = total >= 0 ? TOTAL_COLUMN.exec(bare[total]!)?.[1] : undefined;
  cols.scale = unit === '亿' ? 1e8 : unit === '万' ? 1e4 : unitAbove;
  const annualUnit = annual >= 0 ? ANNUAL_COLUMN.exec(bare[annual]!)?.slice(1).find(Boolean) : undefined;
  cols.annualScale = annualUnit === '亿' ? 1e8 : annualUnit === '万' ? 1e4 : cols.scale;
  return cols;
}

/** 单位:万元 on a line of its own above a table (or in its caption) gives the unit of its amounts. */
const UNIT_LINE = /单位[:：]\s*([万亿])元/;

/** The rows of every table of projects in the report, in order. */
export function projectRows(doc: ReportDoc): ProjectRow[] {
  const out: ProjectRow[] = [];
  let unitAbove: number | null = null;
  const rows = tableRows(doc, (cells) => header(cells, unitAbove), (s) => {
    const unit = UNIT_LINE.exec(s.text);
    if (unit) unitAbove = unit[1] === '亿' ? 1e8 : 1e4;
  });
  for (const { cells, cols, span, sentence } of rows) {
    const cell = (i: number) => (i >= 0 && cells[i] ? cells[i]! : null);
    const name = cell(cols.name);
    if (!name || name.length < 4 || NOT_A_PROJECT.test(name)) continue;
    const figure = (i: number) => (/^[\d,]+(?:\.\d+)?$/.test(cell(i) ?? '') ? Number(cell(i)!.replace(/,/g, '')) : null);
    const amount = figure(cols.total);
    const annual = figure(cols.annual);
    out.push({
      name,
      totalYuan: amount !== null && cols.scale !== null ? Math.round(amount * cols.scale) : null,
      annualYuan: annual !== null && cols.annualScale !== null ? Math.round(annual * cols.annualScale) : null,
      nature: cell(cols.nature),
      progress: cell(cols.progress),
      owner: cell(cols.owner),
      span,
      sentence,
    });
  }
  return out;
}
