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
/** `jobs[0]` is the file the worker is on; the one after it waits in the worker's own queue. */
type Slot = { worker: Worker; ready: boolean; jobs: Pending[]; timer?: NodeJS.Timeout };

const WORKER_URL = new URL('./extract-worker.mjs', import.meta.url);

/**
 * Files sent to a worker before it has finished the one it is on: the next one is there
 * when it finishes, instead of a round trip through this thread (which on two cores also
 * waits for this thread's turn). Two keep a worker busy; more would only hold files back
 * from a worker that frees up sooner.
 */
const IN_FLIGHT = 2;

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

  // The budget runs for the file a worker is on: from when it was sent to an idle worker,
  // or from when the worker answered the file before it.
  const startBudget = (index: number, slot: Slot) => {
    clearTimeout(slot.timer);
    const job = slot.jobs[0];
    if (!job) return;
    slot.timer = setTimeout(() => {
      if (slot.jobs[0] !== job || slots[index] !== slot) return;
      timedOut++;
      slots[index] = null;
      void slot.worker.terminate();
      // Files queued behind the stopped one go back to the front of the queue, in order.
      queue.unshift(...slot.jobs.slice(1));
      slot.jobs = [];
      job.reject(
        new CountyGraphError('E_EXTRACT_TIMEOUT', `${job.task.file}: extraction took longer than ${budgetMs / 1000} s and was stopped; the file is not loaded.`, {
          hints: ['raise COUNTY_GRAPH_EXTRACT_BUDGET (seconds) if the file is a real report; otherwise check what the file holds.'],
        }),
      );
      pump();
    }, budgetMs);
  };

  const spawn = (index: number): Slot => {
    const worker = new Worker(WORKER_URL);
    // An idle worker must not keep a finished command alive.
    worker.unref();
    const slot: Slot = { worker, ready: false, jobs: [] };
    worker.on('message', (msg: { ready?: true; id?: number; ok?: boolean; result?: ReportExtraction; error?: { code: ErrorCode; message: string; hints: string[] } }) => {
      if (msg.ready) {
        slot.ready = true;
        return startBudget(index, slot);
      }
      const job = slot.jobs[0];
      if (!job || job.task.id !== msg.id) return;
      slot.jobs.shift();
      startBudget(index, slot);
      if (!slot.jobs.length) worker.unref();
      done++;
      if (msg.ok) job.resolve(msg.result!);
      else job.reject(new CountyGraphError(msg.error!.code, msg.error!.message, { hints: msg.error!.hints }));
      pump();
    });
    const lost = (why: string) => {
      if (slots[index] !== slot) return;
      slots[index] = null;
      clearTimeout(slot.timer);
      const [job, ...behind] = slot.jobs;
      slot.jobs = [];
      queue.unshift(...behind);
      if (job) job.reject(new CountyGraphError('E_INPUT', `${job.task.file}: extraction stopped (${why}).`));
      pump();
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`worker exited with code ${code}`));
    slots[index] = slot;
    return slot;
  };

  const send = (index: number, job: Pending) => {
    const slot = slots[index] ?? spawn(index);
    slot.jobs.push(job);
    slot.worker.ref();
    // Messages wait in the worker's port until it is ready and reads them in order.
    slot.worker.postMessage(job.task);
    if (slot.ready && slot.jobs.length === 1) startBudget(index, slot);
  };

  function pump(): void {
    if (closed) return;
    // Idle workers first, then a second file to each busy one.
    for (let depth = 0; depth < IN_FLIGHT && queue.length; depth++) {
      for (let i = 0; i < slots.length && queue.length; i++) {
        if ((slots[i]?.jobs.length ?? 0) === depth) send(i, queue.shift()!);
      }
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
            for (const job of slot.jobs.splice(0)) job.reject(new Error('the extraction pool is closed'));
            await slot.worker.terminate();
          }
        }),
      );
    },
  };
}
