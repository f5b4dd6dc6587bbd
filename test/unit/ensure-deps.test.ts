import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script (it runs before anything is installed), without typings
import { installReason } from '../../scripts/ensure-deps.mjs';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ensure-deps-'));
  writeFileSync(join(dir, 'package-lock.json'), '{}');
  return dir;
}

function installed(dir: string, secondsAfterLock: number): void {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  const hidden = join(dir, 'node_modules', '.package-lock.json');
  writeFileSync(hidden, '{}');
  const t = Date.now() / 1000;
  utimesSync(join(dir, 'package-lock.json'), t, t);
  utimesSync(hidden, t + secondsAfterLock, t + secondsAfterLock);
}

describe('packages installed before the first command', () => {
  it('installs when node_modules is missing', () => {
    expect(installReason(project())).toMatch(/missing/);
  });

  it('installs when node_modules is older than the lock file (the lock changed since)', () => {
    const dir = project();
    installed(dir, -60);
    expect(installReason(dir)).toMatch(/older than package-lock\.json/);
  });

  it('does nothing when node_modules is newer than the lock file', () => {
    const dir = project();
    installed(dir, 60);
    expect(installReason(dir)).toBeUndefined();
  });
});
