import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import type { IndustryRole } from '../src/facts.ts';

export interface IndustryVocabulary {
  roles: Record<IndustryRole, string[]>;
  synonyms: Record<string, string[]>;
  aliases: Record<string, string>;
  notIndustries: string[];
  notTradeTitles: string[];
  notTradeAims: string[];
  developVerbs: string[];
  statisticalSectors: string[];
  classifiedTrades: Record<string, string>;
}

let cached: IndustryVocabulary | undefined;

export function industryVocabulary(): IndustryVocabulary {
  cached ??= JSON.parse(readFileSync(join(PROJECT_ROOT, 'loaders', 'vocab', 'industries.json'), 'utf8')) as IndustryVocabulary;
  return cached;
}

/** 锂电产业 → 锂电; 中药产业 → 中药材 (an alias's canonical name); keeps other names as written. */
export function canonicalIndustry(raw: string): string {
  // (食品加工业, 纺织服装业: 业 after a trade's own word closes it as 产业 does.)
  const name = raw.replace(/(产业链|产业集群|产业|行业)$/, '').replace(/(?<=[\u4e00-\u9fa5]{2}(?:加工|制造|服装|服饰|养殖|种植|物流))业$/, '').replace(/^[“"]|[”"]$/g, '').trim();
  return industryVocabulary().aliases[name] ?? name;
}

let aliasTargets: Set<string> | undefined;

/**
 * The one-character names of a trade the vocabulary knows (茶, 竹), as a pattern's
 * alternatives: 茶产业稳步发展 names a trade as 纺织服装产业稳步发展 does.
 */
export function oneCharacterTrades(): string {
  const v = industryVocabulary();
  return [...new Set([...Object.keys(v.aliases), ...Object.values(v.aliases)])].filter((n) => n.length === 1).join('|');
}

export function isIndustryName(name: string): boolean {
  const v = industryVocabulary();
  // One character names an industry only when the vocabulary says so (茶 → 茶叶; 竹, the name 竹子 is kept as).
  aliasTargets ??= new Set(Object.values(v.aliases));
  return name.length >= 1 && name.length <= 12 && (name.length >= 2 || name in v.aliases || aliasTargets.has(name)) && !v.notIndustries.includes(name) && /^[\u4e00-\u9fa5A-Za-z0-9]+$/.test(name.replace(/及|和|、/g, ''));
}

/**
 * The report industry a name points to: the industry's own name inside it, or a
 * synonym (碳酸锂 → 锂电). Longer matches win.
 */
/** Characters that make a common word with 业 (工业, 农业, 产业, 企业, 行业, 就业 …), no trade's own. */
const COMMON_YE = new Set([...'工农商企产物行就事作专林职创营毕实置基学']);

export function industryOfText(text: string, industries: string[]): string | null {
  const v = industryVocabulary();
  let best: { name: string; len: number } | null = null;
  for (const name of industries) {
    const words = [name, ...(v.synonyms[name] ?? [])];
    // An industry named after a product (临武鸭) also matches on its last character (鸭业).
    // (食品加工 gives 工业, a word of every report: only a trade's own product makes such a word.)
    if (name.length >= 3 && !COMMON_YE.has(name.slice(-1))) words.push(`${name.slice(-1)}业`);
    for (const w of words) {
      if (w.length >= 2 && text.includes(w) && (!best || w.length > best.len)) best = { name, len: w.length };
    }
  }
  return best?.name ?? null;
}
