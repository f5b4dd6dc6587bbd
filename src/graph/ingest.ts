import { loadConfig } from '../config.ts';
import type { ReportExtraction } from '../facts.ts';
import { extractorVersionFor, validateHints } from '../../loaders/index.ts';
import { createExtractPool, type ExtractPool } from '../../loaders/extract-pool.ts';
import type { Executor } from './executor.ts';
import { writeReport, type WriteOutcome } from './write-report.ts';

let shared: ExtractPool | undefined;

/**
 * The API process's extraction thread: extraction is synchronous work, and on the event
 * loop one large report would hold every other request up for as long as it takes.
 * Started on the first ingest; idle, it keeps nothing alive.
 */
export function ingestPool(): ExtractPool {
  shared ??= createExtractPool({ threads: 1, budgetMs: loadConfig().extraction.budgetMs });
  return shared;
}

/** Extracts a report given as text and writes it, as `load` does for a file; what the caller knows (hints) wins over the text. */
export async function ingestText(executor: Executor, text: string, fileName: string, given: Record<string, unknown> = {}, pool: ExtractPool = ingestPool()): Promise<{ extraction: ReportExtraction; outcome: WriteOutcome }> {
  // Checked once: empty fields dropped, so the stored version's tag does not depend on how a caller left a field out.
  const hints = validateHints(given, fileName);
  const extraction = await pool.extractText(text, fileName, hints);
  const outcome = await writeReport(executor, extraction, { path: `api:${fileName}`, loadedAt: new Date().toISOString(), extractorVersion: extractorVersionFor(hints) });
  return { extraction, outcome };
}
