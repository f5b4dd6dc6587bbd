import type { ReportDoc } from './doc.ts';
import type { Span } from './segment.ts';
import { tableRows } from './tables.ts';

/**
 * Honours a report lists as a table (序号 | 荣誉名称 | 授予单位 | 获得单位), as tab-separated text or an
 * HTML table becomes after normalization: rows of cells joined by " | ". The header names the
 * columns; each row after it, up to the first line that is no row, is one title.
 */
export interface HonourRow {
  title: string;
  /** The unit the row names as the title's holder; null when the table has no such column. */
  recipient: string | null;
  /** Who conferred it (教育部, 浙江省农业农村厅), which tells the level when the title does not. */
  conferrer: string | null;
  /** A level column's cell (国家级, 省级 …). */
  level: string | null;
  year: number | null;
  span: Span;
}

const TITLE_COLUMN = /^(?:荣誉|奖项|获奖|表彰|称号|荣誉称号|荣誉名称|奖项名称|获奖名称|表彰名称|表彰项目|荣誉项目|获奖项目|获奖情况|荣誉内容)$/;
const RECIPIENT_COLUMN = /^(?:获得|获奖|获评|受表彰|获表彰|获得荣誉)?(?:单位|对象|集体|者|个人|主体)(?:名称)?$/;
const CONFERRER_COLUMN = /^(?:授予|颁发|颁奖|命名|认定|发文|评选|表彰|批准|公布)(?:单位|部门|机关|机构)$/;
const LEVEL_COLUMN = /^(?:级别|层级|荣誉级别|奖项级别|等级)$/;
const YEAR_COLUMN = /^(?:年份|年度|时间|获得时间|获奖时间|授予时间|表彰时间|命名时间|批准时间)$/;

interface Columns {
  title: number;
  recipient: number;
  conferrer: number;
  level: number;
  year: number;
}

function header(cells: string[]): Columns | null {
  const find = (re: RegExp) => cells.findIndex((c) => re.test(c.replace(/\s/g, '')));
  const title = find(TITLE_COLUMN);
  if (title < 0) return null;
  const cols = { title, recipient: find(RECIPIENT_COLUMN), conferrer: find(CONFERRER_COLUMN), level: find(LEVEL_COLUMN), year: find(YEAR_COLUMN) };
  // A lone 荣誉 over a column is no table of honours unless another column says who or by whom.
  return cols.recipient >= 0 || cols.conferrer >= 0 || cols.level >= 0 || /名称|称号/.test(cells[title]!) ? cols : null;
}

/** The rows of every table of honours in the report, in order. */
export function honourRows(doc: ReportDoc): HonourRow[] {
  const out: HonourRow[] = [];
  for (const { cells, cols, span } of tableRows(doc, header)) {
    const cell = (i: number) => (i >= 0 && cells[i] ? cells[i] : null);
    const title = cell(cols.title);
    if (!title) continue;
    const year = /((?:19|20)\d{2})/.exec(cell(cols.year) ?? '');
    out.push({ title, recipient: cell(cols.recipient), conferrer: cell(cols.conferrer), level: cell(cols.level), year: year ? Number(year[1]) : null, span });
  }
  return out;
}
