/**
 * A character trie for leftmost-longest dictionary matching over Chinese text (which
 * has no spaces to split on). Each entry carries a payload.
 */
export class Trie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: undefined };

  add(word: string, value: T): void {
    let node = this.root;
    // UTF-16 code units, as scan() reads them.
    for (let k = 0; k < word.length; k++) {
      const ch = word[k]!;
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), values: undefined };
        node.next.set(ch, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /** Leftmost-longest matches, non-overlapping, scanning left to right. */
  scan(text: string): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    let i = 0;
    while (i < text.length) {
      let node: TrieNode<T> | undefined = this.root;
      let best: { end: number; values: T[] } | undefined;
      for (let j = i; j < text.length; j++) {
        node = node.next.get(text[j]!);
        if (!node) break;
        if (node.values) best = { end: j + 1, values: node.values };
      }
      if (best) {
        out.push({ start: i, end: best.end, word: text.slice(i, best.end), values: best.values });
        i = best.end;
      } else {
        i++;
      }
    }
    return out;
  }
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | undefined;
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  word: string;
  values: T[];
}
