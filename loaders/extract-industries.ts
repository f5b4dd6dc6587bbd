import type { ReportDoc } from './doc.ts';

export function extractIndustries(doc: ReportDoc) {
  void doc;
  return [];
}
