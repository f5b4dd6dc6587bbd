import { describe, expect, it } from 'vitest';
import { Trie } from './trie.ts';

describe('Trie.scan', () => {
  const trie = new Trie<string>();
  for (const w of ['路', '公路', '高速公路', '大道', '项目', '厂', '污水处理厂']) trie.add(w, w);

  it('finds leftmost-longest, non-overlapping words with their offsets', () => {
    expect(trie.scan('新建高速公路和城南污水处理厂项目').map((m) => [m.word, m.start, m.end])).toEqual([
      ['高速公路', 2, 6],
      ['污水处理厂', 9, 14],
      ['项目', 14, 16],
    ]);
  });

  it('falls back to a shorter word when a longer one breaks off', () => {
    expect(trie.scan('高速公交和公路').map((m) => m.word)).toEqual(['公路']);
    expect(trie.scan('污水处理站旁的厂').map((m) => m.word)).toEqual(['厂']);
  });

  it('keeps every payload of a word added twice and reads a character beyond the BMP as its two code units', () => {
    const t = new Trie<number>();
    t.add('大道', 1);
    t.add('大道', 2);
    t.add('𠀀路', 3);
    expect(t.scan('梧川大道').map((m) => m.values)).toEqual([[1, 2]]);
    expect(t.scan('x𠀀路').map((m) => [m.word, m.start])).toEqual([['𠀀路', 1]]);
    expect(t.scan('')).toEqual([]);
  });
});
