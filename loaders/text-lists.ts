const OPEN = '“《「『(（';
const CLOSE = '”》」』)）';

/** Removes Chinese quotes and book-title marks (the words inside stay). */
export function stripQuotes(s: string): string {
  return s.replace(/[“”"《》「」『』]/g, '');
}

/**
 * Splits an enumeration at 、 (and at 和/及/与 between the last two items), never
 * inside quotes or brackets, and stops at 等 (which closes a list). Adjacent quoted
 * items (“国家卫生县城”“省级文明城市”) are separate items.
 */
export function splitTopLevel(text: string, conjunctions: string[] = ['和', '及', '以及', '与']): string[] {
  const items: string[] = [];
  let depth = 0;
  let cur = '';
  // The last character added, kept aside: asking a long string built by += for its end
  // flattens it every time, which made a long run of quoted names quadratic.
  let last = '';
  const push = () => {
    if (cur.trim()) items.push(cur.trim());
    cur = '';
    last = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) {
      // A new quote right after a closed one starts a new item.
      if (depth === 0 && c === '“' && last === '”') push();
      depth++;
      cur += c;
      last = c;
    } else if (CLOSE.includes(c) && depth > 0) {
      depth--;
      cur += c;
      last = c;
    } else if (depth === 0 && c === '、') {
      push();
    } else if (depth === 0 && last === '”' && text[i + 1] === '“' && conjunctions.includes(c)) {
      // “国家农产品质量安全县”和“国家级…示范区”: a conjunction between two quoted names parts them.
      push();
    } else if (depth === 0 && c === '等' && !/^等(级|次|奖)/.test(text.slice(i, i + 2)) && !/[甲乙丙一二三特优同平]$/.test(cur)) {
      // (二级甲等医院, 一等功, 特等奖: a grade's 等 is part of the name.)
      // What follows 等 (等5家企业, 等项目) describes the list; keep it out of the items.
      push();
      return splitLastConjunction(items, conjunctions);
    } else {
      cur += c;
      last = c;
    }
  }
  push();
  return splitLastConjunction(items, conjunctions);
}

const CONJUNCTION_RES = new Map<string, RegExp>();

/** 甲、乙和丙: the last item may hide two behind 和/及/与. */
function splitLastConjunction(items: string[], conjunctions: string[]): string[] {
  if (!items.length || !conjunctions.length) return items;
  const last = items[items.length - 1]!;
  const key = conjunctions.join('|');
  let re = CONJUNCTION_RES.get(key);
  if (!re) CONJUNCTION_RES.set(key, (re = new RegExp(`^([^“”《》()（）]{2,}?)(?:${key})([^“”《》()（）]{2,})$`)));
  const m = re.exec(last);
  if (m && items.length >= 1 && !/^(和|及)/.test(last)) {
    return [...items.slice(0, -1), m[1]!, m[2]!];
  }
  return items;
}
