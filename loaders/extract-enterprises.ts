import type { ReportDoc } from './doc.ts';

export function extractEnterprises(doc: ReportDoc) {
  void doc;
  return [];
}
