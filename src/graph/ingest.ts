import type { ReportExtraction } from '../facts.ts';
import { extractText, extractorVersionFor, validateHints } from '../../loaders/index.ts';
import type { Executor } from './executor.ts';
import { writeReport, type WriteOutcome } from './write-report.ts';

/** Extracts a report given as text and writes it, as `load` does for a file; what the caller knows (hints) wins over the text. */
export async function ingestText(executor: Executor, text: string, fileName: string, given: Record<string, unknown> = {}): Promise<{ extraction: ReportExtraction; outcome: WriteOutcome }> {
  // Checked once: empty fields dropped, so the stored version's tag does not depend on how a caller left a field out.
  const hints = validateHints(given, fileName);
  const extraction = extractText(text, fileName, { hints });
  const outcome = await writeReport(executor, extraction, { path: `api:${fileName}`, loadedAt: new Date().toISOString(), extractorVersion: extractorVersionFor(hints) });
  return { extraction, outcome };
}
