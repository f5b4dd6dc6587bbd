export { extractBytes, extractText, extractorVersionFor, reportId, EXTRACTOR_VERSION, STAGES } from './pipeline.ts';
export { readReportFile, decode } from './read.ts';
export { expandPaths, expandPathsWithSkipped } from './files.ts';
export { resolveCounty } from './resolve-county.ts';
export { loadGazetteer } from './gazetteer.ts';
export { findManifests, hintsFor, readManifest, readSidecar, validateHints } from './report-hints.ts';

import type { ReportExtraction, ReportHints } from '../src/facts.ts';
import { extractText } from './pipeline.ts';
import { readReportFile, readReportFileSync } from './read.ts';

/** Reads one report file (any supported encoding, text or HTML) and extracts its facts. */
export async function extractFile(file: string, hints: ReportHints = {}): Promise<ReportExtraction> {
  return withReadWarnings(await readReportFile(file), file, hints);
}

/** The same, blocking (an extraction worker's way: see `readReportFileSync`). */
export function extractFileSync(file: string, hints: ReportHints = {}): ReportExtraction {
  return withReadWarnings(readReportFileSync(file), file, hints);
}

function withReadWarnings(decoded: { text: string; encoding: string; warnings: string[] }, file: string, hints: ReportHints): ReportExtraction {
  const result = extractText(decoded.text, file, { encoding: decoded.encoding, hints });
  result.warnings.unshift(...decoded.warnings);
  return result;
}
