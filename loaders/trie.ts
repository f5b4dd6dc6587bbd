/**
 * A character trie for leftmost-longest dictionary matching over Chinese text (which
 * has no spaces to split on). Each entry carries a payload. Keys are UTF-16 code units,
 * read with charCodeAt so scanning allocates nothing until a word matches.
 */
export class Trie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: undefined };
  /**
   * The root's children by character code: every character of a text is looked up at
   * the root and almost none starts a word, so that look-up is an array read, not a hash.
   */
  private readonly first: (TrieNode<T> | undefined)[] = new Array(0x10000).fill(undefined);

  add(word: string, value: T): void {
    let node = this.root;
    for (let k = 0; k < word.length; k++) {
      const ch = word.charCodeAt(k);
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), values: undefined };
        node.next.set(ch, child);
        if (node === this.root) this.first[ch] = child;
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /** Leftmost-longest matches, non-overlapping, scanning left to right. */
  scan(text: string): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    const first = this.first;
    let i = 0;
    while (i < text.length) {
      let node = first[text.charCodeAt(i)];
      if (!node) {
        i++;
        continue;
      }
      let bestEnd = -1;
      let bestValues: T[] | undefined;
      if (node.values) {
        bestEnd = i + 1;
        bestValues = node.values;
      }
      for (let j = i + 1; j < text.length; j++) {
        node = node.next.get(text.charCodeAt(j));
        if (!node) break;
        if (node.values) {
          bestEnd = j + 1;
          bestValues = node.values;
        }
      }
      if (bestValues) {
        out.push({ start: i, end: bestEnd, word: text.slice(i, bestEnd), values: bestValues });
        i = bestEnd;
      } else {
        i++;
      }
    }
    return out;
  }
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[] | undefined;
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  word: string;
  values: T[];
}
