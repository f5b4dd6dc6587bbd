import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CountyGraphError } from '../errors.ts';

/** What local instances were created with before passwords were generated; it is replaced on their next start. */
export const FORMER_DEFAULT = 'county-graph-local';

/** Passwords anyone would try first: refused for the local Neo4j. */
const WEAK = new Set([FORMER_DEFAULT, 'neo4j', 'password', 'neo4jneo4j', '12345678', '123456789', 'changeme', 'admin123', 'password1']);

export function checkChosenPassword(password: string): void {
  if (password.length < 8) throw new CountyGraphError('E_CONFIG', 'NEO4J_PASSWORD must have at least 8 characters (Neo4j 5 refuses shorter ones).');
  if (WEAK.has(password.toLowerCase())) {
    throw new CountyGraphError('E_CONFIG', `NEO4J_PASSWORD=${password} is a password anyone would try first; the local Neo4j will not run with it.`, {
      hints: ['unset NEO4J_PASSWORD to let county-graph generate one (stored in the git-ignored local Neo4j folder), or choose a stronger one.'],
    });
  }
}

export const passwordFile = (dir: string) => join(dir, 'password');

export interface LocalPassword {
  password: string;
  /** The instance still has the former default; replace it once Neo4j is up. */
  replaceFormer: boolean;
}

/**
 * The local Neo4j's password: the one the user chose (NEO4J_PASSWORD), else the one
 * generated on the first start and kept in the local Neo4j folder (git-ignored, readable
 * only by its owner), which every command of the project reads.
 */
export async function localPassword(dir: string, home: string, chosen: string, log: (line: string) => void, fresh = false): Promise<LocalPassword> {
  if (chosen) {
    checkChosenPassword(chosen);
    return { password: chosen, replaceFormer: false };
  }
  const file = passwordFile(dir);
  if (existsSync(file)) return { password: readFileSync(file, 'utf8').trim(), replaceFormer: false };
  const generated = generatePassword();
  // An instance created before passwords were generated has the former default until its next start.
  const former = !fresh && existsSync(join(home, 'data', 'dbms', 'auth.ini'));
  await mkdir(dir, { recursive: true });
  try {
    // 'wx': when two commands start at once, the first one's password stays and both use it.
    await writeFile(file, `${generated}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return { password: readFileSync(file, 'utf8').trim(), replaceFormer: false };
  }
  log(`Generated a password for the local Neo4j (user neo4j): ${generated}`);
  log(`  kept in ${file}; the project's commands read it from there (set NEO4J_PASSWORD to choose your own).`);
  return { password: former ? FORMER_DEFAULT : generated, replaceFormer: former };
}

/**
 * 24 characters of base64url, never starting with '-': a leading dash reads as an option to
 * command lines that take the password (neo4j-admin's set-initial-password), and to people.
 */
export function generatePassword(): string {
  for (;;) {
    const p = randomBytes(18).toString('base64url');
    if (/^[A-Za-z0-9]/.test(p)) return p;
  }
}

/** Replaces the former default password of a running local instance with the generated one. */
export async function replaceFormerPassword(boltPort: number, generated: string): Promise<void> {
  // Loaded here: the configuration imports this module, and most commands never need the driver.
  const { default: neo4j } = await import('neo4j-driver');
  const driver = neo4j.driver(`bolt://127.0.0.1:${boltPort}`, neo4j.auth.basic('neo4j', FORMER_DEFAULT));
  try {
    const session = driver.session({ database: 'system' });
    try {
      await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: FORMER_DEFAULT, new: generated });
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}
