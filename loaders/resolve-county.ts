import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import { loadGazetteer, type CountyUnit, type Gazetteer } from './gazetteer.ts';
import { Trie } from './trie.ts';

type Tag =
  | { type: 'county'; unit: CountyUnit; form: 'full' | 'short' | 'alias'; common?: boolean }
  | { type: 'prefecture'; code: string }
  | { type: 'province'; code: string }
  | { type: 'town'; codes: string[] };

export interface CountyResolution {
  unit: CountyUnit | null;
  /** high: named clearly; low: the only unit the report's few clues fit. */
  confidence: 'high' | 'low';
  /** Score per candidate, best first (for diagnostics and tests). */
  candidates: { code: string; name: string; score: number }[];
  warnings: string[];
  /** The report speaks as a town (全镇, 我镇): its figures are the town's. */
  townVoice: boolean;
}

/** Weights: a full official name says more than a short name; the headline says most. */
const WEIGHT = { full: 3, alias: 3, short: 1 } as const;
const TITLE_FACTOR = 3;
/** The least evidence that names a county: one full name, or three short mentions. */
const MIN_SCORE = 3;
const SCAN_CHARS = 12000;
/**
 * Words that only follow a unit's own name: its government, congress, leaders and papers
 * (和县人民政府, 在和县第十七届人民代表大会, 陆丰新闻网). A weak or one-character name
 * followed by one of them is the unit, not part of another word.
 */
const INSTITUTION_AFTER = /^(?:人民政府|人民代表大会|第[一二三四五六七八九十]+届|政府|县委|市委|区委|旗委|县长|市长|区长|旗长|融媒|新闻|政协|人大|统计局|发展和改革局|委员会|日报|电视台|发布)/;

function wordList(file: string): Set<string> {
  const text = readFileSync(join(PROJECT_ROOT, 'loaders', 'vocab', file), 'utf8');
  return new Set(text.split('\n').filter((l) => !l.startsWith('#')).flatMap((l) => l.split(/\s+/)).filter(Boolean));
}

let weakFullNames: Set<string> | undefined;

let trie: Trie<Tag> | undefined;
let townTrie: Trie<Tag> | undefined;

function buildTrie(g: Gazetteer): Trie<Tag> {
  const t = new Trie<Tag>();
  const stop = wordList('county-shortname-stopwords.txt');
  // A short name that is also a prefecture's or province's short name (长沙县/长沙市) denotes the larger unit.
  const regionShort = new Set([...g.prefectures.map((p) => p.short), ...g.provinces.map((p) => p.short)]);
  for (const [name, entries] of g.names) {
    for (const e of entries) {
      if (e.form === 'short' && (name.length < 2 || regionShort.has(name))) continue;
      // A short name that is also a common word (宁安, 开化) counts only beside its institutions.
      t.add(name, { type: 'county', unit: e.unit, form: e.form, common: e.form === 'short' && stop.has(name) });
    }
  }
  for (const p of g.prefectures) {
    t.add(p.name, { type: 'prefecture', code: p.code });
    if (p.short.length >= 2) t.add(p.short, { type: 'prefecture', code: p.code });
  }
  for (const p of g.provinces) {
    t.add(p.name, { type: 'province', code: p.code });
    t.add(p.short, { type: 'province', code: p.code });
  }
  return t;
}

/** A report speaking as a town (全镇, 我乡, 本街道) or as a county-level unit (全县, 我市). */
const TOWN_SELF = /(?:全|我|本|该)(?:镇|乡(?!村)|街道)/g;
const COUNTY_SELF = /(?:全|我|本|该)(?:县|旗|市|区)/g;

function countOf(text: string, re: RegExp): number {
  let n = 0;
  for (re.lastIndex = 0; re.exec(text); ) n++;
  return n;
}

/** A town's own report (全镇…, 我镇…, more often than 全县), judged from the text's opening. */
function speaksAsTown(head: string): boolean {
  const town = countOf(head, TOWN_SELF);
  return town >= 2 && town > countOf(head, COUNTY_SELF);
}

/** Town names (乡镇/街道) of three counties at most, for telling apart units that share a name. */
function buildTownTrie(g: Gazetteer): Trie<Tag> {
  const t = new Trie<Tag>();
  const townCounties = new Map<string, string[]>();
  for (const [code, names] of g.towns) for (const n of names) if (n.length >= 3) townCounties.set(n, [...(townCounties.get(n) ?? []), code]);
  for (const [name, codes] of townCounties) if (codes.length <= 3) t.add(name, { type: 'town', codes });
  return t;
}

/**
 * Finds the county-level unit a report is about: names in the headline and the text
 * (full, short, abbreviated, former), towns inside it, and the province and
 * prefecture named around them. No clear winner → null and a warning, never a guess.
 */
export function resolveCounty(text: string, title: string | null): CountyResolution {
  // The opening of a report settles its county; scanning a long tail adds cost, not evidence.
  const head = text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text;
  const g = loadGazetteer();
  trie ??= buildTrie(g);
  weakFullNames ??= wordList('county-fullname-weak.txt');
  const score = new Map<string, number>();
  const direct = new Map<string, number>();
  const prefectureMentions = new Map<string, number>();
  const provinceMentions = new Map<string, number>();
  const townVotes = new Map<string, number>();

  const visit = (segment: string, factor: number, dictionary: Trie<Tag> = trie!) => {
    for (const m of dictionary.scan(segment)) {
      const counties = m.values.filter((v): v is Extract<Tag, { type: 'county' }> => v.type === 'county');
      // 汝城:奋力…: a name that opens the headline before a colon is what the piece is about.
      // Asked only of a county's name: most matches are towns, prefectures and provinces.
      const institutional = counties.length > 0 && (INSTITUTION_AFTER.test(segment.slice(m.end, m.end + 10)) || (m.start === 0 && /^[:：]/.test(segment.slice(m.end))));
      // (沙市镇: a short name that runs on into 镇, 乡 or 街道 is a town's name, no county's.)
      const townName = /^(?:镇|乡|街道)/.test(segment.slice(m.end, m.end + 2));
      for (const c of counties) {
        if (townName && c.form !== 'full') continue;
        if (c.common && !institutional) {
          commonShort.push(c.unit);
          continue;
        }
        if (c.form === 'full' && weakFullNames!.has(m.word) && !institutional) {
          weak.push(c.unit);
          continue;
        }
        // A one-character stem (郏县, 沛县) is thin evidence even in full.
        const w = (institutional ? WEIGHT.full : c.form === 'full' && m.word.length <= 2 ? 1.5 : WEIGHT[c.form]) * factor;
        direct.set(c.unit.code, (direct.get(c.unit.code) ?? 0) + w);
      }
      for (const v of m.values) {
        if (v.type === 'prefecture') prefectureMentions.set(v.code, (prefectureMentions.get(v.code) ?? 0) + 1);
        else if (v.type === 'province') provinceMentions.set(v.code, (provinceMentions.get(v.code) ?? 0) + 1);
        else if (v.type === 'town') for (const code of v.codes) townVotes.set(code, (townVotes.get(code) ?? 0) + 1 / v.codes.length);
      }
    }
  };
  const weak: CountyUnit[] = [];
  const commonShort: CountyUnit[] = [];
  if (title) visit(title, TITLE_FACTOR);
  visit(head, 1);
  // Towns only matter when names alone leave two units close; scanning for them costs more.
  const ranked = [...direct.values()].sort((a, b) => b - a);
  if (ranked.length > 1 && ranked[1]! >= ranked[0]! * 0.6) {
    townTrie ??= buildTownTrie(g);
    visit(head, 1, townTrie);
  }
  // 石花镇2025年工作总结 (全镇…, 我镇…): a town's own report seldom names its county; the town it
  // speaks as, named in its headline or again in its text, is in one county only.
  const townVoice = speaksAsTown(head);
  if (townVoice) {
    townTrie ??= buildTownTrie(g);
    const votes = new Map<string, number>();
    for (const [segment, weight] of [[title ?? '', 2], [head, 1]] as const) {
      for (const m of townTrie.scan(segment)) for (const v of m.values) if (v.type === 'town' && v.codes.length === 1) votes.set(v.codes[0]!, (votes.get(v.codes[0]!) ?? 0) + weight);
    }
    for (const [code, n] of votes) if (n >= 2) direct.set(code, (direct.get(code) ?? 0) + WEIGHT.full);
  }
  for (const unit of weak) {
    if ((unit.prefectureCode && prefectureMentions.has(unit.prefectureCode)) || provinceMentions.has(unit.provinceCode)) {
      direct.set(unit.code, (direct.get(unit.code) ?? 0) + WEIGHT.full);
    }
  }
  // 宁安 beside 牡丹江: a short name that is also a word counts where its prefecture is named,
  // when nothing else names the unit (units named alike are told apart by context, below).
  for (const unit of new Set(commonShort)) {
    if (!direct.has(unit.code) && unit.prefectureCode && prefectureMentions.has(unit.prefectureCode)) direct.set(unit.code, WEIGHT.short);
  }

  const selfKinds = new Map<string, number>();
  // Only a choice between units needs the report's way of naming itself.
  for (const m of direct.size < 2 ? [] : head.matchAll(/(?:我|本|该|全)(县|旗)|(?:我|本|该)(市|区)/g)) {
    const k = m[1] ?? m[2]!;
    selfKinds.set(k, (selfKinds.get(k) ?? 0) + 1);
  }
  const maxSelf = Math.max(0, ...selfKinds.values());
  const context = new Map<string, number>();
  for (const [code, s] of direct) {
    const unit = g.byCode.get(code)!;
    // Context separates units that share a name: their prefecture, province and towns.
    const pref = unit.prefectureCode ? Math.min(3, prefectureMentions.get(unit.prefectureCode) ?? 0) : 0;
    const prov = Math.min(3, provinceMentions.get(unit.provinceCode) ?? 0);
    const towns = Math.min(2, townVotes.get(code) ?? 0);
    // 我县/全县 against 我区/全区: the report's way of naming itself tells a 县 from a 区.
    const ownKind = selfKinds.get(unit.kind === '自治县' ? '县' : unit.kind === '县级市' ? '市' : unit.kind === '自治旗' ? '旗' : unit.kind) ?? 0;
    context.set(code, 0.5 * pref + 0.3 * prov + towns + (ownKind > 0 && ownKind === maxSelf ? 0.5 : 0));
    score.set(code, s + context.get(code)!);
  }

  const candidates = [...score.entries()]
    .map(([code, s]) => ({ code, name: g.byCode.get(code)!.name, score: Math.round(s * 100) / 100 }))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const warnings: string[] = [];
  const best = candidates[0];
  const second = candidates[1];
  if (!best) {
    warnings.push('no county-level unit is named in the report; county left empty.');
    return { unit: null, confidence: 'low', candidates, warnings, townVoice };
  }
  if ((direct.get(best.code) ?? 0) < MIN_SCORE) {
    // 陆丰 once in a masthead, 我市 everywhere else: when one unit alone fits, keep it and say so.
    const alone = !second || (best.score >= second.score * 2 && (direct.get(second.code) ?? 0) < direct.get(best.code)!);
    if (alone && (direct.get(best.code) ?? 0) >= 1) {
      warnings.push(`county ${best.name} (${best.code}) inferred from few mentions (score ${best.score}); check it.`);
      return { unit: g.byCode.get(best.code)!, confidence: 'low', candidates, warnings, townVoice };
    }
    warnings.push(`no county named clearly enough (best guess ${best.name}, score ${best.score}); county left empty.`);
    return { unit: null, confidence: 'low', candidates, warnings, townVoice };
  }
  if (second) {
    const sameNames = direct.get(second.code) === direct.get(best.code);
    // Units named by the same words: the context must tell them apart.
    const undecided = sameNames ? (context.get(second.code) ?? 0) >= (context.get(best.code) ?? 0) : second.score >= best.score * 0.9;
    if (undecided) {
      warnings.push(
        best.name === second.name
          ? `${best.name} is the name of several units (${best.code}, ${second.code} …) and the report does not say which; county left empty.`
          : `the report names ${best.name} and ${second.name} about equally; county left empty.`,
      );
      return { unit: null, confidence: 'low', candidates, warnings, townVoice };
    }
  }
  return { unit: g.byCode.get(best.code)!, confidence: 'high', candidates, warnings, townVoice };
}
