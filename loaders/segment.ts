/** A span of the normalized text with its offsets. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * Sentences: split after 。！？ (and ASCII !?) and at line breaks, trimmed, with offsets
 * into the text. A line without end punctuation (a heading, a list item) is a sentence.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  // A yearbook's run-in heading (【重点项目】 全年实施…。) is a sentence of its own: it names the
  // entry, it is no subject of the first sentence. (【亮点1】 政治建设得到新加强, with no
  // clause after it, is one heading line.)
  const re = /(?<=^|\n)[ \t]*【[^【】\n]{1,12}】(?=[^\n]*?[,，;；。])|[^。！？!?\n]+[。！？!?]*[”’"」』)]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    out.push({ text: body, start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

/** The evidence object of a fact read from a span. */
export function evidence(span: Span): { text: string; start: number; end: number } {
  return { text: span.text, start: span.start, end: span.end };
}

// A table by character code: a sentence is scanned character by character for every
// extractor's first question, and a table read costs less than a set of strings.
const CLAUSE_END = 1;
const QUOTE_OPEN = 2;
const QUOTE_CLOSE = 3;
const CHAR_KIND = new Uint8Array(0x10000);
for (const c of ',，;；。!！?？:：') CHAR_KIND[c.charCodeAt(0)] = CLAUSE_END;
for (const c of '“《「') CHAR_KIND[c.charCodeAt(0)] = QUOTE_OPEN;
for (const c of '”》」') CHAR_KIND[c.charCodeAt(0)] = QUOTE_CLOSE;
const clauseCache = new WeakMap<Span, Span[]>();

/** 六、 (三) 2. : the number of an item in a numbered list, which names nothing. */
export const ITEM_NUMBER = /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d))/;

/**
 * Clauses of a sentence, split at commas, semicolons and colons outside quotes, the
 * number of a list's item left out.
 * Every extractor asks for them, so they are computed once per sentence.
 */
export function clausesOutsideQuotes(s: Span): Span[] {
  const cached = clauseCache.get(s);
  if (cached) return cached;
  const out: Span[] = [];
  let depth = 0;
  let start = 0;
  const t = s.text;
  for (let i = 0; i <= t.length; i++) {
    const kind = i === t.length ? CLAUSE_END : CHAR_KIND[t.charCodeAt(i)];
    if (kind === QUOTE_OPEN) depth++;
    else if (kind === QUOTE_CLOSE && depth > 0) depth--;
    if (i === t.length || (depth === 0 && kind === CLAUSE_END)) {
      // (六、杨梅产业…: an item's number is no part of its first clause.)
      const numbered = start === 0 ? ITEM_NUMBER.exec(t) : null;
      if (numbered && numbered[0].length < i) start = numbered[0].length;
      const raw = t.slice(start, i);
      const body = raw.trim();
      if (body) {
        const lead = raw.length - raw.trimStart().length;
        out.push({ text: body, start: s.start + start + lead, end: s.start + start + lead + body.length });
      }
      start = i + 1;
    }
  }
  clauseCache.set(s, out);
  return out;
}
