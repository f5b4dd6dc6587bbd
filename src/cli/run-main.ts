import { CountyGraphError } from '../errors.ts';

/**
 * The only place that prints errors and decides exit codes: a known error gets its
 * message and hints, an unknown one its stack.
 */
export async function runMain(main: () => Promise<number | void>): Promise<void> {
  try {
    const code = await main();
    if (typeof code === 'number') process.exitCode = code;
  } catch (e) {
    process.exitCode = 1;
    if (e instanceof CountyGraphError) {
      process.stderr.write(`county-graph: ${e.message}\n`);
      for (const hint of e.hints) process.stderr.write(`  - ${hint}\n`);
    } else {
      process.stderr.write(`county-graph: unexpected error\n${(e as Error).stack ?? String(e)}\n`);
    }
  }
}

/** Runs `cleanup` once on Ctrl-C / SIGTERM, then exits. */
export function onShutdown(cleanup: () => Promise<void>): void {
  let done = false;
  const handler = (signal: NodeJS.Signals) => {
    if (done) return;
    done = true;
    process.stderr.write(`\n${signal}: shutting down…\n`);
    cleanup()
      .catch((e) => process.stderr.write(`county-graph: error while shutting down: ${(e as Error).message}\n`))
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  process.once('SIGHUP', handler);
}
