import { describe, expect, it } from 'vitest';
import { findJava, parseJavaMajor } from '../../src/neo4j/java.ts';

describe('Java detection', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['no version here', undefined],
  ])('reads the major version from %s', (line, major) => {
    expect(parseJavaMajor(line)).toBe(major);
  });

  it('fails with the three ways out when there is no Java', async () => {
    const error = await findJava({ JAVA_HOME: '/nonexistent/java' }).catch((e) => e);
    expect(error.code).toBe('E_JAVA_MISSING');
    expect(error.message).toMatch(/Java 17 or newer/);
    const hints = error.hints.join('\n');
    expect(hints).toMatch(/install Java 17/);
    expect(hints).toMatch(/NEO4J_URI/);
    expect(hints).toMatch(/docker compose up/);
  });

  it('finds the Java of this machine', async () => {
    const java = await findJava();
    expect(java.major).toBeGreaterThanOrEqual(17);
  });
});
