import type { ReportExtraction } from '../facts.ts';
import { EXTRACTOR_VERSION, extractText } from '../../loaders/index.ts';
import type { Executor } from './executor.ts';
import { writeReport, type WriteOutcome } from './write-report.ts';

/** Extracts a report given as text and writes it, as `load` does for a file. */
export async function ingestText(executor: Executor, text: string, fileName: string, publishedAt?: string | null): Promise<{ extraction: ReportExtraction; outcome: WriteOutcome }> {
  const extraction = extractText(text, fileName, { publishedAt: publishedAt ?? undefined });
  const outcome = await writeReport(executor, extraction, { path: `api:${fileName}`, loadedAt: new Date().toISOString(), extractorVersion: EXTRACTOR_VERSION });
  return { extraction, outcome };
}
