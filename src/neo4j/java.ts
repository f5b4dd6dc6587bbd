import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { CountyGraphError, NEO4J_WAYS_OUT } from '../errors.ts';

const run = promisify(execFile);

export interface JavaRuntime {
  /** Path of the java executable. */
  path: string;
  major: number;
  versionLine: string;
}

/** Neo4j 5.26 runs on Java 17 and 21. */
export const MIN_JAVA = 17;

export function parseJavaMajor(versionOutput: string): number | undefined {
  // `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` or `java version "1.8.0_392"`.
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

export async function findJava(env: NodeJS.ProcessEnv = process.env): Promise<JavaRuntime> {
  const candidate = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
  let output: string;
  try {
    const { stdout, stderr } = await run(candidate, ['-version'], { timeout: 30_000 });
    output = `${stderr}${stdout}`;
  } catch (cause) {
    throw new CountyGraphError('E_JAVA_MISSING', `No Java runtime found (${candidate}); the local Neo4j needs Java ${MIN_JAVA} or newer.`, {
      hints: NEO4J_WAYS_OUT,
      cause,
    });
  }
  const major = parseJavaMajor(output);
  if (major === undefined || major < MIN_JAVA) {
    throw new CountyGraphError('E_JAVA_MISSING', `${candidate} is Java ${major ?? '(unknown version)'}; the local Neo4j needs Java ${MIN_JAVA} or newer.`, {
      hints: NEO4J_WAYS_OUT,
    });
  }
  return { path: candidate, major, versionLine: output.split('\n')[0]?.trim() ?? '' };
}
