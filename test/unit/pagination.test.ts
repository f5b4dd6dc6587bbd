import { describe, expect, it } from 'vitest';
import { cursorOf, MAX_OFFSET, pageArgs } from '../../src/api/pagination.ts';

const cursor = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return [(e as { extensions?: { code?: string } }).extensions?.code, (e as Error).message];
  }
  return undefined;
};

describe('page arguments', () => {
  it('continues after the cursor it gave out', () => {
    expect(pageArgs(10, cursorOf(41))).toEqual({ skip: 42, limit: 10 });
    expect(pageArgs(1000, undefined)).toEqual({ skip: 0, limit: 100 });
  });

  it.each([
    ['an offset past any list', cursor('o:2147483647')],
    ['four hundred nines', cursor(`o:${'9'.repeat(400)}`)],
    ['a negative offset', cursor('o:-1')],
    ['a forged shape', cursor('offset=3')],
    ['not base64 at all', '*** ***'],
    ['a very long string', 'A'.repeat(100_000)],
  ])('refuses %s as BAD_USER_INPUT with a message, never an internal error', (_what, after) => {
    const [c, message] = code(() => pageArgs(10, after)) ?? [];
    expect(c).toBe('BAD_USER_INPUT');
    expect(message).toMatch(/`after`/);
  });

  it('accepts the furthest offset allowed', () => {
    expect(pageArgs(1, cursorOf(MAX_OFFSET - 1)).skip).toBe(MAX_OFFSET);
  });
});
