/**
 * The facts extracted from one report: the shape of `npm run extract`'s JSON (see
 * the extraction contract), shared by the loaders, the graph layer and the API.
 */

/** Where a fact was read: the sentence and its offsets in the normalized text (UTF-16 code units). */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export type Script = 'simplified' | 'traditional';

export interface ReportMeta {
  /** Stable: SHA-256 of the normalized text (first 16 hex digits). */
  id: string;
  /** The path as given. */
  file: string;
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  /** What the original used. */
  script: Script;
  /** Length of the normalized text. */
  chars: number;
  /** The encoding the bytes were read as (utf-8, gb18030 …). */
  encoding?: string;
  /** html or text. */
  format?: 'html' | 'text';
  /** The year the report reviews, and the year it plans for. */
  reviewYear?: number | null;
  planYear?: number | null;
  /** Where the report was found, when the user said so (sidecar, manifest, ingestReport). */
  url?: string | null;
}

/** What the user knows of a report better than its text (a crawler's metadata); it wins over the text. */
export interface ReportHints {
  /** A six-digit code, a full name, or a short name only one unit has. */
  county?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  url?: string;
  title?: string;
  publisher?: string;
}

export interface CountyRef {
  /** GB/T 2260 six-digit code. */
  code: string;
  /** Full official name, e.g. 临武县. */
  name: string;
  prefecture: string | null;
  province: string;
  /** Prefecture and province codes, for the graph. */
  prefectureCode?: string | null;
  provinceCode?: string;
  /** The name without its type suffix, e.g. 临武. */
  shortName?: string;
  /** 县, 县级市, 区, 旗, 自治县, 自治旗, 特区, 林区. */
  kind?: string;
  /**
   * high: named clearly (a full name, or several mentions); low: the one unit the report's
   * few clues fit (a short name once, 我县 otherwise), kept with a warning; given: the user said so.
   */
  confidence?: 'high' | 'low' | 'given';
}

export type Metric =
  | 'gdp'
  | 'gdp_primary'
  | 'gdp_secondary'
  | 'gdp_tertiary'
  | 'per_capita_gdp'
  | 'industrial_value_added'
  | 'fixed_asset_investment'
  | 'retail_sales'
  | 'general_budget_revenue'
  | 'fiscal_revenue'
  | 'tax_revenue'
  | 'disposable_income'
  | 'disposable_income_urban'
  | 'disposable_income_rural'
  | 'foreign_trade'
  | 'foreign_investment'
  | 'domestic_investment'
  | 'high_tech_output'
  | 'agricultural_output'
  | 'grain_area'
  | 'grain_output'
  | 'tourist_visits'
  | 'tourism_revenue'
  | 'new_urban_jobs'
  | 'urban_unemployment_rate'
  | 'key_project_investment'
  | 'investment_attracted'
  | 'other';

export type IndicatorKind = 'actual' | 'estimate' | 'target';

export type Unit = 'yuan' | 'usd' | 'percent' | 'person' | 'person-time' | 'mu' | 'tonne' | 'household' | 'count';

export interface Indicator {
  metric: Metric;
  /** The words used in the text. */
  label: string;
  /** "2023", "2023H1", "2023Q1-3", "2023Q2", "2023M1-6", "2016-2020"; null when the report names no year (20XX). */
  period: string | null;
  kind: IndicatorKind;
  /** In the base unit (yuan, persons, mu, tonnes …). */
  value: number | null;
  unit: Unit | null;
  /** Year-on-year growth in percent; negative for a fall. */
  growthPct: number | null;
  evidence: Evidence;
}

export type ProjectStatus = 'planned' | 'signed' | 'started' | 'under_construction' | 'completed' | 'in_production';

export interface Project {
  name: string;
  /** The amount stated for this project (总投资/投资), in yuan. */
  investmentYuan: number | null;
  /** Spending in the report's year on a project under way (完成年度投资), in yuan. */
  annualInvestmentYuan?: number | null;
  status: ProjectStatus | null;
  capacity: string | null;
  industry: string | null;
  enterprises: string[];
  year: number | null;
  evidence: Evidence;
}

export type IndustryRole = 'leading' | 'characteristic' | 'emerging';

export interface Industry {
  /** Short canonical name without 产业/行业. */
  name: string;
  role: IndustryRole | null;
  enterprises: string[];
  evidence: Evidence;
}

export interface Enterprise {
  name: string;
  industry: string | null;
  evidence: Evidence;
}

export type HonourLevel = 'national' | 'provincial' | 'municipal' | 'other';

export type RecipientType = 'county' | 'town' | 'village' | 'enterprise' | 'organisation' | 'project' | 'person';

export interface Honour {
  name: string;
  level: HonourLevel;
  recipient: string;
  recipientType: RecipientType;
  year: number | null;
  evidence: Evidence;
}

export interface ReportExtraction {
  report: ReportMeta;
  county: CountyRef | null;
  indicators: Indicator[];
  projects: Project[];
  industries: Industry[];
  enterprises: Enterprise[];
  honours: Honour[];
  warnings: string[];
  /**
   * The normalized text every evidence offset points into, stored with the report so a
   * reader can see each fact in place. Not part of the printed extraction.
   */
  text?: string;
}
