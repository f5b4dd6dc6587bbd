import type { ReportDoc } from './doc.ts';

export function extractHonours(doc: ReportDoc) {
  void doc;
  return [];
}
