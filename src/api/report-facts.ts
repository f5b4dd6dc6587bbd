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
 * Where the fact's own words stand: the longest of its names found inside its sentence,
 * at or after `from` when the sentence names it more than once (two statements of one
 * indicator in one sentence are two places). Names are stored as the report wrote them,
 * so they are usually there; a name completed by extraction (a ranking with the place it
 * gives, 排名前十) is found by its longest beginning of four characters or more; failing
 * that, the sentence itself is the span.
 */
export function wordsSpan(text: string | null, fact: string, node: Row, start: number, end: number, from = start): { start: number; end: number } {
  if (!text) return { start, end };
  const names = namesOf(fact, node);
  const find = (word: string) => {
    const later = text.indexOf(word, from);
    if (later >= 0 && later + word.length <= end) return later;
    const first = text.indexOf(word, start);
    return first >= 0 && first + word.length <= end ? first : -1;
  };
  for (const name of names) {
    const at = find(name);
    if (at >= 0) return { start: at, end: at + name.length };
  }
  for (const name of names) {
    for (let n = name.length - 1; n >= 4; n--) {
      const at = find(name.slice(0, n));
      if (at >= 0) return { start: at, end: at + n };
    }
  }
  return { start, end };
}

/** The facts of a report as the API shows them (ReportFact), from api/report-facts rows. */
export function reportFacts(row: Row): Row[] {
  const text = (row.text as string | null) ?? null;
  const report = row.report as Row;
  const out: Row[] = [];
  // Where the next search for a name in a sentence begins: after its last place there.
  const next = new Map<string, number>();
  for (const f of (row.facts as Row[]) ?? []) {
    const type = FACT_TYPES[f.fact as string];
    if (!type) continue;
    const node = f.node as Row;
    const start = Number(f.start);
    const end = Number(f.end);
    const key = `${start}|${f.fact}|${node.label ?? node.name}`;
    const span = wordsSpan(text, f.fact as string, node, start, end, next.get(key) ?? start);
    if (span.end < end || span.start > start) next.set(key, span.end);
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
              recipient: { name: f.recipient, type: (f.recipientType as string | null) ?? 'county', countyCode: report.countyCode ?? null },
            }
          : null,
    });
  }
  return out.sort((a, b) => (a.start as number) - (b.start as number) || (a.end as number) - (b.end as number));
}
