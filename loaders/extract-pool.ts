import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CountyGraphError, type ErrorCode } from '../src/errors.ts';
import type { ReportExtraction, ReportHints } from '../src/facts.ts';
import type { Task, TaskInput } from './extract-worker.ts';

/** Seconds one file may take to extract (linear time makes this a ceiling for pathological files, not a limit on real ones). */
export const DEFAULT_BUDGET_S = 60;

export interface ExtractPoolOptions {
  /** Worker threads (default: one per core). */
  threads?: number;
  /** Milliseconds one file may take before its worker is stopped and the file fails. */
  budgetMs?: number;
}

export interface ExtractPool {
  /** Reads and extracts one file in a worker; rejects with the file's name on failure or timeout. */
  extractFile(file: string, hints?: ReportHints): Promise<ReportExtraction>;
  /** Extracts text already in memory (the API's ingestReport) in a worker. */
  extractText(text: string, fileName: string, hints?: ReportHints): Promise<ReportExtraction>;
  /** Tasks finished, and workers stopped for running over the budget. */
  stats(): { done: number; timedOut: number; threads: number };
  close(): Promise<void>;
}

type Pending = { task: Task; resolve(x: ReportExtraction): void; reject(e: Error): void };
type Slot = { worker: Worker; ready: Promise<void>; busy: Pending | null; timer?: NodeJS.Timeout };

const WORKER_URL = new URL('./extract-worker.mjs', import.meta.url);

export function defaultThreads(kind: 'extract' | 'load'): number {
  const cores = availableParallelism();
  // load leaves a core to the writes and to Neo4j when it runs on the same machine.
  return kind === 'load' ? Math.max(1, cores - 1) : cores;
}

/**
 * Extraction off the calling thread, on as many worker threads as asked. Each file runs
 * under a time budget: past it, its worker is terminated (the only way to stop synchronous
 * work), the file fails by name, and a fresh worker takes the next file. Workers start
 * when first needed and each keeps its vocabularies loaded between files.
 */
export function createExtractPool(options: ExtractPoolOptions = {}): ExtractPool {
  const threads = Math.max(1, options.threads ?? defaultThreads('extract'));
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_S * 1000;
  const slots: (Slot | null)[] = Array.from({ length: threads }, () => null);
  const queue: Pending[] = [];
  let nextId = 1;
  let done = 0;
  let timedOut = 0;
  let closed = false;

  const spawn = (index: number): Slot => {
    const worker = new Worker(WORKER_URL);
    // An idle worker must not keep a finished command alive.
    worker.unref();
    let readyResolve!: () => void;
    const slot: Slot = { worker, ready: new Promise<void>((r) => (readyResolve = r)), busy: null };
    worker.on('message', (msg: { ready?: true; id?: number; ok?: boolean; result?: ReportExtraction; error?: { code: ErrorCode; message: string; hints: string[] } }) => {
      if (msg.ready) return readyResolve();
      const job = slot.busy;
      if (!job || job.task.id !== msg.id) return;
      clearTimeout(slot.timer);
      slot.busy = null;
      worker.unref();
      done++;
      if (msg.ok) job.resolve(msg.result!);
      else job.reject(new CountyGraphError(msg.error!.code, msg.error!.message, { hints: msg.error!.hints }));
      pump();
    });
    const lost = (why: string) => {
      if (slots[index] !== slot) return;
      slots[index] = null;
      clearTimeout(slot.timer);
      const job = slot.busy;
      slot.busy = null;
      readyResolve();
      if (job) job.reject(new CountyGraphError('E_INPUT', `${job.task.file}: extraction stopped (${why}).`));
      pump();
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`worker exited with code ${code}`));
    slots[index] = slot;
    return slot;
  };

  const run = (index: number, job: Pending) => {
    const slot = slots[index] ?? spawn(index);
    slot.busy = job;
    slot.worker.ref();
    void slot.ready.then(() => {
      if (slot.busy !== job || slots[index] !== slot) return;
      slot.timer = setTimeout(() => {
        if (slot.busy !== job) return;
        timedOut++;
        slot.busy = null;
        slots[index] = null;
        void slot.worker.terminate();
        job.reject(
          new CountyGraphError('E_EXTRACT_TIMEOUT', `${job.task.file}: extraction took longer than ${budgetMs / 1000} s and was stopped; the file is not loaded.`, {
            hints: ['raise COUNTY_GRAPH_EXTRACT_BUDGET (seconds) if the file is a real report; otherwise check what the file holds.'],
          }),
        );
        pump();
      }, budgetMs);
      slot.worker.postMessage(job.task);
    });
  };

  function pump(): void {
    if (closed) return;
    for (let i = 0; i < slots.length && queue.length; i++) {
      if (slots[i]?.busy) continue;
      run(i, queue.shift()!);
    }
  }

  const submit = (task: TaskInput): Promise<ReportExtraction> => {
    if (closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise((resolve, reject) => {
      queue.push({ task: { ...task, id: nextId++ } as Task, resolve, reject });
      pump();
    });
  };

  return {
    extractFile: (file, hints = {}) => submit({ kind: 'file', file, hints }),
    extractText: (text, fileName, hints = {}) => submit({ kind: 'text', file: fileName, hints, text }),
    stats: () => ({ done, timedOut, threads }),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the extraction pool is closed'));
      await Promise.all(
        slots.map(async (slot, i) => {
          slots[i] = null;
          if (slot) {
            clearTimeout(slot.timer);
            await slot.worker.terminate();
          }
        }),
      );
    },
  };
}
