import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPathsWithSkipped } from './files.ts';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'files-'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'a', 'one.txt'), '临武县');
  mkdirSync(join(dir, 'elsewhere'));
  writeFileSync(join(dir, 'elsewhere', 'two.txt'), '嘉禾县');
  return dir;
}

describe('files from folders, globs and links', () => {
  it('follows links to files and to folders, and names a dangling link and a loop instead of stopping', async () => {
    const dir = tree();
    const root = join(dir, 'a');
    symlinkSync(join(dir, 'elsewhere', 'two.txt'), join(root, 'linked.txt'));
    symlinkSync(join(dir, 'elsewhere'), join(root, 'linked-folder'));
    symlinkSync(join(dir, 'nowhere.txt'), join(root, 'dangling.txt'));
    symlinkSync(root, join(root, 'loop'));
    const { files, skipped } = await expandPathsWithSkipped([root]);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(['linked-folder/two.txt', 'linked.txt', 'one.txt']);
    expect(skipped).toEqual([
      { path: join(root, 'dangling.txt'), reason: expect.stringMatching(/link to nothing/) },
      { path: join(root, 'loop'), reason: expect.stringMatching(/loop/) },
    ]);
  });

  it('names a malformed pattern as the user wrote it, without a stack trace', async () => {
    const dir = tree();
    await expect(expandPathsWithSkipped([join(dir, 'a', 'q[z-a]*.txt')])).rejects.toMatchObject({ code: 'E_INPUT', message: expect.stringMatching(/q\[z-a\]\*\.txt: not a valid file pattern/) });
  });
});
