import type { Row } from '../graph/executor.ts';

/** The GraphQL fact type of each kind of evidence the graph stores. */
const FACT_TYPES: Record<string, string> = {
  Observation: 'INDICATOR',
  Project: 'PROJECT',
  HAS_INDUSTRY: 'INDUSTRY',
  Enterprise: 'ENTERPRISE',
  RECEIVED: 'HONOUR',
};

/** The names a fact may stand under in its sentence, longest first. */
function namesOf(fact: string, node: Row): string[] {
  const names = fact === 'Observation' ? [node.label] : [node.name, ...((node.aliases as unknown[]) ?? [])];
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && n.length > 0))].sort((a, b) => b.length - a.length);
}

/**
 * Where the fact's own words stand: the longest of its names found inside its sentence.
 * Names are stored as the report wrote them, so they are usually there; a name rebuilt by
 * extraction (a title without its quotes, an industry without 产业) may not be, and then
 * the sentence itself is the span.
 */
export function wordsSpan(text: string | null, fact: string, node: Row, start: number, end: number): { start: number; end: number } {
  if (text) {
    for (const name of namesOf(fact, node)) {
      const at = text.indexOf(name, start);
      if (at >= 0 && at + name.length <= end) return { start: at, end: at + name.length };
    }
  }
  return { start, end };
}

/** The facts of a report as the API shows them (ReportFact), from api/report-facts rows. */
export function reportFacts(row: Row): Row[] {
  const text = (row.text as string | null) ?? null;
  const report = row.report as Row;
  const out: Row[] = [];
  for (const f of (row.facts as Row[]) ?? []) {
    const type = FACT_TYPES[f.fact as string];
    if (!type) continue;
    const node = f.node as Row;
    const start = Number(f.start);
    const end = Number(f.end);
    const span = wordsSpan(text, f.fact as string, node, start, end);
    const evidence = { text: f.sentence, start, end, report };
    out.push({
      type,
      words: text ? text.slice(span.start, span.end) : (f.sentence as string),
      start: span.start,
      end: span.end,
      evidence,
      observation: type === 'INDICATOR' ? { ...node, evidence } : null,
      project: type === 'PROJECT' ? node : null,
      industry: type === 'INDUSTRY' ? node : null,
      role: type === 'INDUSTRY' ? (f.role ?? null) : null,
      enterprise: type === 'ENTERPRISE' ? node : null,
      award:
        type === 'HONOUR'
          ? {
              honour: node,
              year: f.year ?? null,
              recipientKey: f.recipientKey,
              recipient: { name: f.recipient, type: ((f.recipientType as string[]) ?? [])[0] ?? 'county', countyCode: report.countyCode ?? null },
            }
          : null,
    });
  }
  return out.sort((a, b) => (a.start as number) - (b.start as number) || (a.end as number) - (b.end as number));
}
