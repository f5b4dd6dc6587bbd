#!/usr/bin/env node
// Runs before `npm start`, `npm test` and the other commands a user types first, so that a
// fresh clone needs nothing but Node and Java. It uses only Node's own modules: nothing is
// installed yet when it runs.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Why the packages must be installed, or undefined when node_modules matches the lock file. */
export function installReason(projectRoot) {
  const lock = mtime(join(projectRoot, 'package-lock.json'));
  // npm writes this file last, after every package of an install is in place.
  const installed = mtime(join(projectRoot, 'node_modules', '.package-lock.json'));
  if (installed === undefined) return 'node_modules is missing or incomplete';
  if (lock !== undefined && installed < lock) return 'node_modules is older than package-lock.json';
  return undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const reason = installReason(root);
  if (reason) {
    // stderr, so that `npm run --silent extract` still prints nothing but its JSON on stdout.
    process.stderr.write(`county-graph: ${reason}; installing packages with \`npm ci\` (once)…\n`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const run = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: ['ignore', process.stderr, 'inherit'] });
    if (run.status !== 0) {
      process.stderr.write(`county-graph: \`npm ci\` failed (exit ${run.status ?? run.signal}); run it yourself to see why, then try again.\n`);
      process.exit(run.status || 1);
    }
  }
}
