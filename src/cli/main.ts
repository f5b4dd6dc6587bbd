import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig, type Config } from '../config.ts';
import { CountyGraphError } from '../errors.ts';
import type { ReportHints } from '../facts.ts';
import { serveApi } from '../api/server.ts';
import { isPortFree } from '../neo4j/ports.ts';
import { obtainNeo4j, runningLocalPid } from '../neo4j/index.ts';
import { onShutdown, runMain } from './run-main.ts';
import { openServices, withServices } from './services.ts';

/** --county, --published-at and --manifest, shared by extract and load. */
function withHintOptions(command: Command): Command {
  return command
    .option('--county <code|name>', 'the county-level unit every report is about (six-digit code, full name, or a short name only one unit has)')
    .option('--published-at <date>', 'the publication date of every report (YYYY-MM-DD)')
    // One file per --manifest (repeatable): a list would swallow the report paths after it.
    .option('--manifest <file>', 'a manifest of file, county, publishedAt, url, title, publisher (CSV or JSONL; repeatable); a folder\'s own manifest.csv / manifest.jsonl is read anyway', (value: string, all: string[] = []) => [...all, value]);
}

interface HintOptions {
  county?: string;
  publishedAt?: string;
  manifest?: string[];
}

async function givenHints(o: HintOptions): Promise<ReportHints> {
  const { validateHints } = await import('../../loaders/index.ts');
  return validateHints({ county: o.county, publishedAt: o.publishedAt }, 'command line');
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return n;
}

/** The extraction threads and time budget `load` takes from the configuration (0 threads: its own default). */
function extractionOptions(config: Config): { threads?: number; budgetMs: number } {
  return { threads: config.extraction.threads || undefined, budgetMs: config.extraction.budgetMs };
}

/** From this many files, `extract` works in a pool of worker threads. */
const POOL_FROM = 8;

const program = new Command('county-graph')
  .description('Chinese county reports into a Neo4j knowledge graph, served through GraphQL.')
  .showHelpAfterError();

async function serve(options: { load: boolean }): Promise<void> {
  const config = loadConfig();
  const t0 = Date.now();
  if (!(await isPortFree(config.api.port, config.api.host))) {
    throw new CountyGraphError('E_PORT_IN_USE', `Port ${config.api.port} for the GraphQL API is already in use.`, {
      hints: ['set COUNTY_GRAPH_API_PORT to a free port, or stop what uses it.'],
    });
  }
  const services = await openServices(config);
  if (options.load) {
    const { runLoad, printSummary } = await import('./load-command.ts');
    const summary = await runLoad(services.executor, [config.reportsDir], { quiet: true, ...extractionOptions(config) });
    printSummary(summary, false);
  }
  const { server, url } = await serveApi(services.executor, config.api);
  onShutdown(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    server.closeAllConnections();
    await services.close();
  });
  const lines = [
    '',
    `county-graph is ready (${((Date.now() - t0) / 1000).toFixed(1)} s).`,
    `  Explorer            ${url}/`,
    `  GraphQL + GraphiQL  ${url}/graphql`,
    `  Health              ${url}/health`,
    `  Neo4j Bolt          ${services.neo4j.uri}  (user ${services.neo4j.user})`,
    `  Neo4j Browser       ${services.neo4j.browserUrl ?? '(not known for this Neo4j)'}`,
    services.neo4j.origin === 'env' ? '  Neo4j from NEO4J_URI.' : services.neo4j.origin === 'local-found' ? '  Neo4j was already running; it keeps running after Ctrl-C.' : '  Ctrl-C stops the API and the local Neo4j.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

program
  .command('start')
  .description('start or find Neo4j, apply the schema, load the sample reports and serve GraphQL')
  .action(() => runMain(() => serve({ load: true })));

program
  .command('serve')
  .description('serve GraphQL over the graph as it is (starts or finds Neo4j)')
  .action(() => runMain(() => serve({ load: false })));

program
  .command('neo4j')
  .description('start the local Neo4j (or find it running) and keep it running until Ctrl-C')
  .action(() =>
    runMain(async () => {
      const neo4j = await obtainNeo4j(loadConfig(), (l) => process.stderr.write(`${l}\n`));
      process.stdout.write(`Neo4j Bolt     ${neo4j.uri}\nNeo4j Browser  ${neo4j.browserUrl ?? '-'}\n`);
      if (neo4j.origin !== 'local-started') return;
      onShutdown(() => neo4j.stop());
      // Nothing else keeps the process alive (the Java child is unreferenced): wait for Ctrl-C.
      setInterval(() => {}, 1 << 30);
      process.stdout.write('Ctrl-C stops it.\n');
    }),
  );

program
  .command('migrate')
  .description('apply the schema (constraints and indexes); running it twice changes nothing')
  .action(() =>
    runMain(async () => {
      await withServices(loadConfig(), async () => {});
      process.stdout.write('Schema is up to date.\n');
    }),
  );

program
  .command('reset')
  .description('delete the local Neo4j data folder (not used with NEO4J_URI)')
  .action(() =>
    runMain(async () => {
      const config = loadConfig();
      if (config.external) throw new CountyGraphError('E_CONFIG', 'reset only deletes the local Neo4j; NEO4J_URI is set.');
      const pid = await runningLocalPid(config.local.dir, 'instance');
      if (pid !== undefined) {
        throw new CountyGraphError('E_CONFIG', `The local Neo4j is running (pid ${pid}); stop \`npm start\` (Ctrl-C) first.`);
      }
      const home = join(config.local.dir, 'instance');
      await rm(home, { recursive: true, force: true });
      process.stdout.write(`Deleted ${home}.\n`);
    }),
  );

withHintOptions(
  program
    .command('extract')
    .description('print the facts of each report as the contract\'s JSON array (files, folders or globs)')
    .argument('<paths...>', 'report files, folders or globs')
    .option('--pretty', 'indent the JSON for people'),
).action((paths: string[], options: { pretty?: boolean } & HintOptions) =>
    runMain(async () => {
      const { expandPathsWithSkipped, extractFile, findManifests, hintsFor } = await import('../../loaders/index.ts');
      const { createExtractPool, defaultThreads } = await import('../../loaders/extract-pool.ts');
      const config = loadConfig();
      const given = await givenHints(options);
      const { files, skipped } = await expandPathsWithSkipped(paths);
      for (const x of skipped) process.stderr.write(`county-graph: ${x.path}: ${x.reason}\n`);
      const manifests = await findManifests(paths, options.manifest, files);
      // A few files are extracted here (starting workers would cost more than they save);
      // more go to worker threads, one per core, each file under the time budget.
      const pool = files.length >= POOL_FROM ? createExtractPool({ threads: Math.min(files.length, config.extraction.threads || defaultThreads('extract')), budgetMs: config.extraction.budgetMs }) : null;
      const settled = await Promise.allSettled(files.map(async (file) => {
        const hints = await hintsFor(file, manifests, given);
        return pool ? pool.extractFile(file, hints) : extractFile(file, hints);
      }));
      await pool?.close();
      const results = [];
      let failed = skipped.length;
      for (const [i, s] of settled.entries()) {
        const file = files[i]!;
        if (s.status === 'fulfilled') {
          for (const w of s.value.warnings) process.stderr.write(`${file}: warning: ${w}\n`);
          // The contract's shape: the normalized text stays with the graph.
          const { text: _text, ...printed } = s.value;
          results.push(printed);
        } else {
          failed++;
          const e = s.reason as Error;
          process.stderr.write(`county-graph: ${e instanceof CountyGraphError ? e.message : `${file}: ${e.stack}`}\n`);
        }
      }
      process.stdout.write(`${JSON.stringify(results, null, options.pretty ? 2 : undefined)}\n`);
      if (failed) process.stderr.write(`county-graph: ${failed} of ${files.length + skipped.length} files failed.\n`);
      return failed ? 1 : 0;
    }),
  );

withHintOptions(
  program
    .command('load')
    .description('extract reports and write them into the graph (files, folders or globs)')
    .argument('<paths...>', 'report files, folders or globs')
    .option('--dry-run', 'extract and validate only; write nothing')
    .option('--force', 'write again reports that are unchanged')
    .option('--concurrency <n>', 'write transactions in flight at once (default 1)', positiveInteger)
    .option('--per-transaction <n>', 'reports written per transaction; a failed group is retried report by report (default 64)', positiveInteger),
).action((paths: string[], options: { dryRun?: boolean; force?: boolean; concurrency?: number; perTransaction?: number } & HintOptions) =>
    runMain(async () => {
      const { runLoad, printSummary } = await import('./load-command.ts');
      const hints = await givenHints(options);
      if (options.dryRun) {
        const summary = await runLoad(null, paths, { dryRun: true, hints, manifests: options.manifest, ...extractionOptions(loadConfig()) });
        printSummary(summary, true);
        return summary.failed.length ? 1 : 0;
      }
      const config = loadConfig();
      return withServices(config, async ({ executor }) => {
        const summary = await runLoad(executor, paths, { force: options.force, concurrency: options.concurrency, perTransaction: options.perTransaction, hints, manifests: options.manifest, ...extractionOptions(config) });
        printSummary(summary, false);
        return summary.failed.length ? 1 : 0;
      });
    }),
  );

program
  .command('delete-report')
  .description('delete one report and whatever only it supported')
  .argument('<id>', 'the report id (see `county-graph reports`)')
  .action((id: string) =>
    runMain(async () => {
      const { deleteReport } = await import('../graph/write-report.ts');
      await withServices(loadConfig(), async ({ executor }) => {
        const r = await deleteReport(executor, id);
        if (!r.deleted) throw new CountyGraphError('E_INPUT', `No report with id ${id} in the graph.`, { hints: ['list the reports with `county-graph reports`.'] });
        process.stdout.write(`Deleted report ${id}: ${r.counters.nodesDeleted} nodes and ${r.counters.relationshipsDeleted} relationships removed.\n`);
      });
    }),
  );

program
  .command('reports')
  .description('list the reports in the graph')
  .action(() =>
    runMain(async () => {
      await withServices(loadConfig(), async ({ executor }) => {
        const rows = await executor.read('report/list');
        for (const r of rows) process.stdout.write(`${r.id}  ${String(r.county ?? '-').padEnd(8)}  ${r.loadedAt}  ${r.file}  ${r.title ?? ''}\n`);
        if (!rows.length) process.stdout.write('No reports loaded.\n');
      });
    }),
  );

await program.parseAsync(process.argv);
