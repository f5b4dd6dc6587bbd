import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMER_DEFAULT, generatePassword, localPassword, passwordFile } from '../../src/neo4j/password.ts';

const quiet = () => {};

describe('the local Neo4j password', () => {
  it('is generated without a leading dash, which neo4j-admin would read as an option', () => {
    // One password in 64 started with '-' before; 5000 draws would all but surely meet one.
    for (let i = 0; i < 5000; i++) {
      const p = generatePassword();
      expect(p).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{23}$/);
    }
  });

  it('is generated on the first start, kept readable by its owner only, printed once, and read back later', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-'));
    const lines: string[] = [];
    const first = await localPassword(dir, join(dir, 'instance'), '', (l) => lines.push(l));
    expect(first.password).toMatch(/^[\w-]{24}$/);
    expect(first.replaceFormer).toBe(false);
    expect(lines.join('\n')).toContain(first.password);
    expect(readFileSync(passwordFile(dir), 'utf8').trim()).toBe(first.password);
    expect(statSync(passwordFile(dir)).mode & 0o077).toBe(0);
    const again: string[] = [];
    expect(await localPassword(dir, join(dir, 'instance'), '', (l) => again.push(l))).toEqual(first);
    expect(again).toEqual([]);
    // Another folder, another password.
    expect((await localPassword(mkdtempSync(join(tmpdir(), 'pw-')), 'x', '', quiet)).password).not.toBe(first.password);
  });

  it('is the one the user chose when NEO4J_PASSWORD is set, and writes no file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-'));
    expect(await localPassword(dir, join(dir, 'instance'), 'a-long-chosen-one', quiet)).toEqual({ password: 'a-long-chosen-one', replaceFormer: false });
    expect(() => readFileSync(passwordFile(dir))).toThrow();
  });

  it('replaces the former default of an instance created before passwords were generated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-'));
    const home = join(dir, 'instance');
    mkdirSync(join(home, 'data', 'dbms'), { recursive: true });
    writeFileSync(join(home, 'data', 'dbms', 'auth.ini'), '');
    const p = await localPassword(dir, home, '', quiet);
    expect(p).toEqual({ password: FORMER_DEFAULT, replaceFormer: true });
    expect(readFileSync(passwordFile(dir), 'utf8').trim()).not.toBe(FORMER_DEFAULT);
    // A fresh instance (its data deleted first) starts with the generated one.
    const fresh = mkdtempSync(join(tmpdir(), 'pw-'));
    mkdirSync(join(fresh, 'instance', 'data', 'dbms'), { recursive: true });
    writeFileSync(join(fresh, 'instance', 'data', 'dbms', 'auth.ini'), '');
    expect((await localPassword(fresh, join(fresh, 'instance'), '', quiet, true)).replaceFormer).toBe(false);
  });
});
