import type { ReportExtraction, ReportHints, Script } from '../src/facts.ts';
import type { CountyUnit } from './gazetteer.ts';
import type { ReportMetadata } from './metadata.ts';
import type { ReportYears } from './periods.ts';
import type { Span } from './segment.ts';

/** The one object every stage of the pipeline reads and writes. */
export interface ReportDoc extends Pick<ReportExtraction, 'indicators' | 'projects' | 'industries' | 'enterprises' | 'honours' | 'warnings'> {
  file: string;
  /** Decoded input before normalization. */
  raw: string;
  encoding: string;
  format: 'html' | 'text';
  html: { title: string | null; meta: Record<string, string> } | null;
  text: string;
  script: Script;
  meta: ReportMetadata;
  county: CountyUnit | null;
  countyConfidence: 'high' | 'low' | 'given';
  /** The report speaks as a town inside the county (全镇, 我镇): its figures are the town's. */
  townVoice: boolean;
  years: ReportYears;
  sentences: Span[];
  /** What the caller knows better than the text. */
  override: ReportHints;
}

export function emptyDoc(file: string, raw: string, encoding: string): ReportDoc {
  return {
    file,
    raw,
    encoding,
    format: 'text',
    html: null,
    text: '',
    script: 'simplified',
    meta: { title: null, publisher: null, publishedAt: null, warnings: [] },
    county: null,
    countyConfidence: 'high',
    townVoice: false,
    years: { reviewYear: null, planYear: null },
    sentences: [],
    indicators: [],
    projects: [],
    industries: [],
    enterprises: [],
    honours: [],
    warnings: [],
    override: {},
  };
}
