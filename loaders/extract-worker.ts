import { parentPort } from 'node:worker_threads';
import type { ReportHints } from '../src/facts.ts';
import { CountyGraphError } from '../src/errors.ts';
import { extractFileSync } from './index.ts';
import { extractText } from './pipeline.ts';

export type TaskInput = { file: string; hints: ReportHints } & ({ kind: 'file' } | { kind: 'text'; text: string });
export type Task = TaskInput & { id: number };

if (!parentPort) throw new Error('extract-worker runs as a worker thread');
const port = parentPort;

// The pool may send a file before the one in hand is done: it waits in the port, and since
// a file is read and extracted without yielding, answers go back in the order sent.
port.on('message', run);

function run(task: Task): void {
  try {
    const result = task.kind === 'file' ? extractFileSync(task.file, task.hints) : extractText(task.text, task.file, { hints: task.hints });
    port.postMessage({ id: task.id, ok: true, result });
  } catch (e) {
    const error = e instanceof CountyGraphError ? { code: e.code, message: e.message, hints: [...e.hints] } : { code: 'E_INPUT', message: `${task.file}: ${(e as Error)?.message ?? String(e)}`, hints: [] };
    port.postMessage({ id: task.id, ok: false, error });
  }
}
// Vocabularies and the gazetteer load on first use: loaded now, before the worker says it is
// ready, so that a file's time budget counts the file's own work only.
extractText('临武县2023年地区生产总值增长5%。', 'warm-up.txt');
port.postMessage({ ready: true });
