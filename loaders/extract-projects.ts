import type { ReportDoc } from './doc.ts';

export function extractProjects(doc: ReportDoc) {
  void doc;
  return [];
}
