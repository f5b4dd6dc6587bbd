import { createHash } from 'node:crypto';
import { CountyGraphError } from '../src/errors.ts';
import type { ReportExtraction, ReportHints } from '../src/facts.ts';
import { givenCounty, hintsTag, validateHints } from './report-hints.ts';
import { emptyDoc, type ReportDoc } from './doc.ts';
import { countyRef } from './gazetteer.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { extractMetadata, ownOffice } from './metadata.ts';
import { normalize } from './normalize.ts';
import { reportYears } from './periods.ts';
import { decode } from './read.ts';
import { resolveCounty } from './resolve-county.ts';
import { sentences } from './segment.ts';
import { extractIndicators } from './extract-indicators.ts';
import { extractEnterprises } from './extract-enterprises.ts';
import { extractProjects } from './extract-projects.ts';
import { extractIndustries } from './extract-industries.ts';
import { extractHonours } from './extract-honours.ts';

/** Bumped whenever extraction changes what it finds; stored on every Report node. */
export const EXTRACTOR_VERSION = '30';

/** The version a report is stored with: the extractor's, tagged with the metadata the user gave. */
export function extractorVersionFor(hints: ReportHints): string {
  return `${EXTRACTOR_VERSION}${hintsTag(hints)}`;
}

export interface Stage {
  name: string;
  /** Document fields this stage reads, which earlier stages must assign. */
  requires: (keyof ReportDoc)[];
  assigns: (keyof ReportDoc)[];
  run(doc: ReportDoc): void;
}

export const defineStage = (stage: Stage): Stage => stage;

export const STAGES: Stage[] = [
  defineStage({
    name: 'html',
    requires: ['raw'],
    assigns: ['html', 'format'],
    run(doc) {
      if (!looksLikeHtml(doc.raw)) return;
      const page = htmlToText(doc.raw);
      doc.format = 'html';
      doc.html = { title: page.title, meta: page.meta };
      doc.raw = page.text;
    },
  }),
  defineStage({
    name: 'normalize',
    requires: ['raw'],
    assigns: ['text', 'script'],
    run(doc) {
      const n = normalize(doc.raw);
      doc.text = n.text;
      doc.script = n.script;
      if (n.changes.pinyinRemoved) doc.warnings.push(`removed ${n.changes.pinyinRemoved} pinyin annotations such as 发(fā).`);
    },
  }),
  defineStage({
    name: 'metadata',
    requires: ['text', 'html'],
    assigns: ['meta'],
    run(doc) {
      doc.meta = extractMetadata(doc.text, doc.html?.title ?? null, doc.html?.meta ?? {});
      doc.warnings.push(...doc.meta.warnings);
      // What the user gives wins; a text that says otherwise is worth a warning.
      for (const key of ['publishedAt', 'title', 'publisher'] as const) {
        const given = doc.override[key];
        if (given === undefined) continue;
        const found = doc.meta[key];
        if (found && found !== given && !(key === 'title' && (found.includes(given) || given.includes(found)))) doc.warnings.push(`${key} given as ${given}; the text says ${found}.`);
        doc.meta[key] = given;
      }
    },
  }),
  defineStage({
    name: 'county',
    requires: ['text', 'meta'],
    assigns: ['county'],
    run(doc) {
      // A page's <title> often ends with the site that publishes it (…_泸溪县人民政府): it names the county too.
      const site = doc.html?.title && doc.meta.title && doc.html.title.includes(doc.meta.title) ? doc.html.title.replace(doc.meta.title, ' ').trim() : '';
      const r = resolveCounty(doc.text, site ? `${doc.meta.title} ${site}` : doc.meta.title);
      doc.townVoice = r.townVoice;
      if (doc.override.county !== undefined) {
        const given = givenCounty(doc.override.county, doc.file);
        if (r.unit && r.unit.code !== given.code && r.confidence === 'high') doc.warnings.push(`county given as ${given.name} (${given.code}); the text names ${r.unit.name} (${r.unit.code}).`);
        doc.county = given;
        doc.countyConfidence = 'given';
        return;
      }
      doc.county = r.unit;
      doc.countyConfidence = r.confidence;
      doc.warnings.push(...r.warnings);
    },
  }),
  defineStage({
    name: 'years',
    requires: ['text', 'meta'],
    assigns: ['years'],
    run(doc) {
      doc.years = reportYears(doc.text, doc.meta.publishedAt, doc.meta.title);
      if (doc.years.reviewYear === null) doc.warnings.push('no year found in the report; facts carry no period.');
    },
  }),
  defineStage({ name: 'segment', requires: ['text'], assigns: ['sentences'], run: (doc) => void (doc.sentences = sentences(doc.text)) }),
  defineStage({ name: 'enterprises', requires: ['sentences', 'county'], assigns: ['enterprises'], run: (doc) => void (doc.enterprises = extractEnterprises(doc)) }),
  defineStage({ name: 'indicators', requires: ['sentences', 'years', 'county', 'enterprises'], assigns: ['indicators'], run: (doc) => void (doc.indicators = extractIndicators(doc)) }),
  defineStage({ name: 'industries', requires: ['sentences', 'enterprises'], assigns: ['industries'], run: (doc) => void (doc.industries = extractIndustries(doc)) }),
  defineStage({ name: 'projects', requires: ['sentences', 'years', 'enterprises', 'industries'], assigns: ['projects'], run: (doc) => void (doc.projects = extractProjects(doc)) }),
  defineStage({ name: 'honours', requires: ['sentences', 'years', 'county', 'enterprises'], assigns: ['honours'], run: (doc) => void (doc.honours = extractHonours(doc)) }),
];

const INITIAL: (keyof ReportDoc)[] = ['file', 'raw', 'encoding', 'warnings'];

/** Fails fast when a stage reads what no earlier stage assigns. */
export function checkPipeline(stages: Stage[] = STAGES): void {
  const assigned = new Set<keyof ReportDoc>(INITIAL);
  for (const stage of stages) {
    for (const r of stage.requires) {
      if (!assigned.has(r)) throw new Error(`pipeline stage "${stage.name}" requires "${String(r)}", which no earlier stage assigns`);
    }
    for (const a of stage.assigns) assigned.add(a);
  }
}
checkPipeline();

export function reportId(normalizedText: string): string {
  return createHash('sha256').update(normalizedText).digest('hex').slice(0, 16);
}

export interface ExtractOptions {
  /** Stage names to skip (e.g. all fact stages for a metadata-only run). */
  skip?: string[];
  /** The publication date when the caller knows it better than the text (YYYY-MM-DD). */
  publishedAt?: string;
  /** What the user knows better than the text: county, date, url, title, publisher. */
  hints?: ReportHints;
}

/** Runs the pipeline over decoded text. A failing fact stage becomes a warning, not a crash. */
export function extractText(raw: string, file: string, options: ExtractOptions & { encoding?: string } = {}): ReportExtraction {
  const doc = emptyDoc(file, raw, options.encoding ?? 'utf-8');
  doc.override = validateHints({ ...options.hints, ...(options.publishedAt !== undefined ? { publishedAt: options.publishedAt } : {}) }, file);
  for (const stage of STAGES) {
    if (options.skip?.includes(stage.name)) continue;
    try {
      stage.run(doc);
    } catch (e) {
      if (['html', 'normalize', 'segment'].includes(stage.name)) throw new CountyGraphError('E_INPUT', `${file}: ${stage.name} failed: ${(e as Error).message}`, { cause: e });
      doc.warnings.push(`${stage.name}: ${(e as Error).message}`);
    }
  }
  if (!doc.text.trim()) throw new CountyGraphError('E_INPUT', `${file}: the report holds no text (empty, whitespace or markup only).`);
  return toExtraction(doc);
}

/** Decodes bytes (UTF-8, GBK …) and extracts. */
export function extractBytes(bytes: Uint8Array, file: string, options: ExtractOptions = {}): ReportExtraction {
  const decoded = decode(bytes, file);
  const result = extractText(decoded.text, file, { ...options, encoding: decoded.encoding });
  result.warnings.unshift(...decoded.warnings);
  return result;
}

export function toExtraction(doc: ReportDoc): ReportExtraction {
  return {
    report: {
      id: reportId(doc.text),
      file: doc.file,
      title: doc.meta.title,
      publisher: doc.override.publisher !== undefined ? doc.meta.publisher : ownOffice(doc.meta.publisher, doc.county),
      publishedAt: doc.meta.publishedAt,
      script: doc.script,
      chars: doc.text.length,
      encoding: doc.encoding,
      format: doc.format,
      reviewYear: doc.years.reviewYear,
      planYear: doc.years.planYear,
      url: doc.override.url ?? null,
    },
    county: doc.county ? { ...countyRef(doc.county), confidence: doc.countyConfidence } : null,
    indicators: doc.indicators,
    projects: doc.projects,
    industries: doc.industries,
    enterprises: doc.enterprises,
    honours: doc.honours,
    warnings: doc.warnings,
    text: doc.text,
  };
}
