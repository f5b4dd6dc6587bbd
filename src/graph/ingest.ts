import type { ReportExtraction, ReportHints } from '../facts.ts';
import { EXTRACTOR_VERSION, extractText, hintsTag } from '../../loaders/index.ts';
import type { Executor } from './executor.ts';
import { writeReport, type WriteOutcome } from './write-report.ts';

/** Extracts a report given as text and writes it, as `load` does for a file; what the caller knows (hints) wins over the text. */
export async function ingestText(executor: Executor, text: string, fileName: string, hints: ReportHints = {}): Promise<{ extraction: ReportExtraction; outcome: WriteOutcome }> {
  const extraction = extractText(text, fileName, { hints });
  const outcome = await writeReport(executor, extraction, { path: `api:${fileName}`, loadedAt: new Date().toISOString(), extractorVersion: `${EXTRACTOR_VERSION}${hintsTag(hints)}` });
  return { extraction, outcome };
}
