import { createHash } from 'node:crypto';
import type { Evidence, ReportExtraction } from '../facts.ts';
import { enterpriseKey, honourKey, industryKey, placeKey, projectKey } from './keys.ts';

export interface WriteOptions {
  /** Where the report came from; a new version of the same path replaces the old one. */
  path: string;
  loadedAt: string;
  extractorVersion: string;
}

const ev = (e: Evidence) => ({ text: e.text, start: e.start, end: e.end });

function observationId(county: string, metric: string, period: string | null, kind: string, reportId: string, label: string): string {
  // "other" metrics are told apart by their label.
  return createHash('sha1').update([county, metric, period ?? '', kind, reportId, metric === 'other' ? label : ''].join('|')).digest('hex').slice(0, 20);
}

function yearOf(period: string | null): number | null {
  const m = period === null ? null : /^(\d{4})/.exec(period);
  return m ? Number(m[1]) : null;
}

/**
 * One row per key: the first statement wins and later ones fill its gaps. Evidence is
 * created (not merged) per row, so a key written twice would be evidenced twice.
 */
function uniqueBy<T extends Record<string, unknown>>(rows: T[], key: (row: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    const first = byKey.get(k);
    if (!first) byKey.set(k, { ...row });
    else for (const [f, v] of Object.entries(row)) if (first[f] == null && v != null) (first as Record<string, unknown>)[f] = v;
  }
  return [...byKey.values()];
}

/**
 * Orders reports from oldest to newest, so that where reports disagree (a project's
 * investment or status) the newest one is shown, whatever order they were loaded in: the
 * publication date, else the year after the year it reviews, then the id.
 */
export function reportRank(x: ReportExtraction): string {
  const date = x.report.publishedAt ?? (x.report.reviewYear != null ? `${x.report.reviewYear + 1}-01-01` : '0000-00-00');
  return `${date}|${x.report.id}`;
}

/** The parameters of the Cypher statements that write one report (pure: no database). */
export function reportParams(x: ReportExtraction, o: WriteOptions) {
  const countyCode = x.county?.code ?? null;
  const reportId = x.report.id;
  const industryName = new Map(x.industries.map((i) => [industryKey(i.name), i.name]));
  const industryRef = (name: string | null) => (name ? { industryKey: industryKey(name), industry: industryName.get(industryKey(name)) ?? name } : { industryKey: null, industry: null });

  const seenObs = new Set<string>();
  const observations = countyCode
    ? x.indicators
        .map((i) => ({
          id: observationId(countyCode, i.metric, i.period, i.kind, reportId, i.label),
          metric: i.metric,
          label: i.label,
          period: i.period,
          year: yearOf(i.period),
          kind: i.kind,
          value: i.value,
          unit: i.unit,
          growthPct: i.growthPct,
          evidence: ev(i.evidence),
        }))
        .filter((r) => !seenObs.has(r.id) && seenObs.add(r.id))
    : [];

  const recipientKey = (type: string, name: string) => {
    if (type === 'county') return countyCode ?? placeKey(null, name);
    if (type === 'enterprise') return enterpriseKey(name);
    if (type === 'project') return projectKey(countyCode, name);
    return placeKey(countyCode, name);
  };

  // Every name the report uses for an industry, enterprise or project, wherever it appears.
  const named = (pairs: [key: string, name: string][]) => uniqueBy(pairs.map(([key, name]) => ({ key, name })), (r) => `${r.key}|${r.name}`);
  const recipients = (type: string) => x.honours.filter((h) => h.recipientType === type).map((h): [string, string] => [recipientKey(type, h.recipient), h.recipient]);

  return {
    reportId,
    countyCode,
    rank: reportRank(x),
    text: x.text ?? null,
    names: {
      industries: named([
        ...x.industries.map((i): [string, string] => [industryKey(i.name), i.name]),
        ...[...x.enterprises, ...x.projects].flatMap((f): [string, string][] => (f.industry ? [[industryKey(f.industry), industryRef(f.industry).industry!]] : [])),
      ]),
      enterprises: named([
        ...[...x.enterprises.map((e) => e.name), ...x.projects.flatMap((p) => p.enterprises)].map((name): [string, string] => [enterpriseKey(name), name]),
        ...recipients('enterprise'),
      ]),
      projects: named([...x.projects.map((p): [string, string] => [projectKey(countyCode, p.name), p.name]), ...recipients('project')]),
    },
    report: {
      id: reportId,
      file: x.report.file,
      path: o.path,
      title: x.report.title,
      publisher: x.report.publisher,
      publishedAt: x.report.publishedAt,
      script: x.report.script,
      chars: x.report.chars,
      encoding: x.report.encoding ?? null,
      format: x.report.format ?? null,
      reviewYear: x.report.reviewYear ?? null,
      url: x.report.url ?? null,
      countyConfidence: x.county?.confidence ?? null,
      loadedAt: o.loadedAt,
      extractorVersion: o.extractorVersion,
      warnings: x.warnings,
    },
    county: x.county
      ? {
          code: x.county.code,
          name: x.county.name,
          shortName: x.county.shortName ?? null,
          kind: x.county.kind ?? null,
          prefecture: x.county.prefecture,
          prefectureCode: x.county.prefectureCode ?? null,
          province: x.county.province,
          provinceCode: x.county.provinceCode ?? x.county.code.slice(0, 2),
        }
      : null,
    observations,
    industries: uniqueBy(x.industries.map((i) => ({ key: industryKey(i.name), name: i.name, role: i.role, evidence: ev(i.evidence) })), (r) => r.key),
    enterprises: uniqueBy(x.enterprises.map((e) => ({ key: enterpriseKey(e.name), name: e.name, ...industryRef(e.industry), evidence: ev(e.evidence) })), (r) => r.key),
    projects: uniqueBy(x.projects.map((p) => ({
      id: projectKey(countyCode, p.name),
      name: p.name,
      investmentYuan: p.investmentYuan,
      annualInvestmentYuan: p.annualInvestmentYuan ?? null,
      status: p.status,
      capacity: p.capacity,
      year: p.year,
      ...industryRef(p.industry),
      enterprises: p.enterprises.map((name) => ({ key: enterpriseKey(name), name })),
      evidence: ev(p.evidence),
    })), (r) => r.id),
    honours: uniqueBy(x.honours.map((h) => ({
      key: honourKey(h.name),
      name: h.name,
      level: h.level,
      year: h.year,
      recipient: h.recipient,
      recipientType: h.recipientType,
      recipientKey: recipientKey(h.recipientType, h.recipient),
      evidence: ev(h.evidence),
    })), (r) => `${r.key}|${r.recipientKey}`),
  };
}

export type ReportParams = ReturnType<typeof reportParams>;
