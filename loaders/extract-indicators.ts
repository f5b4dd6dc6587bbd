import type { ReportDoc } from './doc.ts';

export function extractIndicators(doc: ReportDoc) {
  void doc;
  return [];
}
