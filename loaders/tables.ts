import type { ReportDoc } from './doc.ts';
import type { Span } from './segment.ts';

/** A row of a table under the header that named its columns. */
export interface TableRow<C> {
  cells: string[];
  cols: C;
  span: Span;
  /** The row's place among the report's sentences. */
  sentence: number;
}

/**
 * The rows of every table of one kind in a report: tab-separated text and HTML tables become
 * lines of cells joined by " | " in normalization. `header` names the columns of a header of that
 * kind; a table runs from its header to the first line that is no row, or to a header of another
 * kind (序号 | 荣誉名称 | … after a table of projects). `between` sees each line that is no row (a
 * caption such as 单位:万元).
 */
export function tableRows<C>(doc: ReportDoc, header: (cells: string[]) => C | null, between?: (s: Span) => void): TableRow<C>[] {
  const out: TableRow<C>[] = [];
  let cols: C | null = null;
  for (const [sentence, s] of doc.sentences.entries()) {
    if (!s.text.includes(' | ')) {
      cols = null;
      between?.(s);
      continue;
    }
    const cells = s.text.split('|').map((c) => c.trim());
    const named = header(cells);
    if (named || cells.some((c) => /^序号$|名称$/.test(c.replace(/\s/g, '')))) {
      cols = named;
      continue;
    }
    if (cols) out.push({ cells, cols, span: s, sentence });
  }
  return out;
}
