import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { CountyGraphError } from '../src/errors.ts';
import { extractFile, extractText } from './index.ts';
import { createExtractPool } from './extract-pool.ts';

const DIR = join(import.meta.dirname, '..', 'data', 'reports');
const files = readdirSync(DIR).sort().map((f) => join(DIR, f));
const samples = files.map((f) => readFileSync(f, 'utf8')).join('\n');

describe('extraction in worker threads', () => {
  const pool = createExtractPool({ threads: 2, budgetMs: 1500 });
  afterAll(() => pool.close());

  it('gives exactly what extraction on this thread gives, file by file, in the order asked', async () => {
    const here = await Promise.all(files.map((f) => extractFile(f)));
    const there = await Promise.all(files.map((f) => pool.extractFile(f)));
    expect(there.map((x) => x.report.file)).toEqual(files);
    expect(there).toEqual(here);
  });

  it('stops a file that runs over its budget, names it, and goes on with the next', async () => {
    const long = samples.repeat(Math.ceil(6_000_000 / samples.length));
    const [slow, next] = await Promise.allSettled([pool.extractText(long, 'huge.txt'), pool.extractText('临武县2023年地区生产总值增长5%。', 'small.txt')]);
    expect(slow.status).toBe('rejected');
    const e = (slow as PromiseRejectedResult).reason as CountyGraphError;
    expect(e.code).toBe('E_EXTRACT_TIMEOUT');
    expect(e.message).toMatch(/^huge\.txt: extraction took longer than 1\.5 s/);
    expect(next.status).toBe('fulfilled');
    // A fresh worker replaces the stopped one.
    const after = await pool.extractText('临武县2023年地区生产总值增长5%。', 'after.txt');
    expect(after.county?.name).toBe('临武县');
    expect(pool.stats().timedOut).toBe(1);
  }, 60_000);

  it('sends a file queued behind a stopped one to a fresh worker instead of failing it', async () => {
    const single = createExtractPool({ threads: 1, budgetMs: 1500 });
    try {
      const long = samples.repeat(Math.ceil(6_000_000 / samples.length));
      const [slow, behind] = await Promise.allSettled([single.extractText(long, 'huge.txt'), single.extractText('临武县2023年地区生产总值增长5%。', 'behind.txt')]);
      expect(slow.status).toBe('rejected');
      expect(((slow as PromiseRejectedResult).reason as CountyGraphError).code).toBe('E_EXTRACT_TIMEOUT');
      expect(behind.status).toBe('fulfilled');
      expect((behind as PromiseFulfilledResult<Awaited<ReturnType<typeof extractText>>>).value.report.file).toBe('behind.txt');
      expect(single.stats()).toMatchObject({ done: 1, timedOut: 1 });
    } finally {
      await single.close();
    }
  }, 60_000);

  it('passes a file\'s own error back with its code and name', async () => {
    await expect(pool.extractText('   ', 'blank.txt')).rejects.toMatchObject({ code: 'E_INPUT', message: expect.stringMatching(/^blank\.txt: /) });
  });

  it('leaves the calling thread free while it works', async () => {
    const text = samples.repeat(Math.ceil(1_500_000 / samples.length));
    const t = performance.now();
    extractText(text, 'here.txt');
    const onThisThread = performance.now() - t;
    const wide = createExtractPool({ threads: 1, budgetMs: 60_000 });
    try {
      await wide.extractText('临武县', 'warm.txt');
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      await wide.extractText(text, 'there.txt');
      delay.disable();
      // On this thread the loop would have been blocked for the whole extraction.
      expect(delay.max / 1e6).toBeLessThan(onThisThread / 4);
    } finally {
      await wide.close();
    }
  }, 60_000);
});
