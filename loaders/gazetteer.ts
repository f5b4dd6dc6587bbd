import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import type { CountyRef } from '../src/facts.ts';

/** A county-level unit of the gazetteer with the names reports may use for it. */
export interface CountyUnit extends CountyRef {
  prefectureCode: string | null;
  provinceCode: string;
  shortName: string;
  kind: string;
  /** Other names: abbreviations, former names (县→市/区). */
  aliases: string[];
  /** Short names of the prefecture and province (郴州, 湖南) for disambiguation. */
  prefectureShort: string | null;
  provinceShort: string;
}

export interface Gazetteer {
  counties: CountyUnit[];
  byCode: Map<string, CountyUnit>;
  /** Every surface name → the units it may denote. */
  names: Map<string, { unit: CountyUnit; form: 'full' | 'short' | 'alias' }[]>;
  provinces: { code: string; name: string; short: string }[];
  prefectures: { code: string; name: string; short: string; provinceCode: string }[];
  /** Town (乡镇/街道) names per county code. */
  towns: Map<string, string[]>;
}

const DATA = join(PROJECT_ROOT, 'data', 'gazetteer');
const VOCAB = join(PROJECT_ROOT, 'loaders', 'vocab');

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Names of pseudo-prefectures that group units directly under a province or municipality. */
const PSEUDO_PREFECTURE = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

export function provinceShort(name: string): string {
  return name.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$/, '');
}

export function prefectureShort(name: string): string {
  const stripped = name.replace(/(.+?)(((蒙古|藏|彝|苗|土家|哈尼|傣|景颇|傈僳|白|壮|朝鲜|回|哈萨克|柯尔克孜|布依|侗|羌)族)+)?(自治州|地区|盟|市)$/, '$1');
  return stripped.length >= 2 ? stripped : name;
}

function ethnicGroups(): string[] {
  return readFileSync(join(VOCAB, 'ethnic-groups.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .flatMap((l) => l.split(/\s+/))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
}

/** The unit's type and the name without it: 城步苗族自治县 → 城步 / 自治县; 醴陵市 → 醴陵 / 县级市. */
export function splitCountyName(name: string, groups: string[]): { short: string; kind: string } {
  const auto = /(自治县|自治旗)$/.exec(name);
  if (auto) {
    let stem = name.slice(0, -auto[1]!.length);
    // Strip the trailing run of nationality names (…布依族苗族), longest first.
    for (let again = true; again; ) {
      again = false;
      for (const g of groups) {
        if (stem.endsWith(`${g}族`) && stem.length > g.length + 2) {
          stem = stem.slice(0, -(g.length + 1));
          again = true;
          break;
        }
        // 察布查尔锡伯自治县, 木垒哈萨克自治县: some official names leave 族 out (names of two characters or more only).
        if (g.length >= 2 && stem.endsWith(g) && stem.length >= g.length + 2) {
          stem = stem.slice(0, -g.length);
          again = true;
          break;
        }
      }
    }
    return { short: stem, kind: auto[1]! };
  }
  const m = /(特区|林区|县|市|区|旗)$/.exec(name);
  if (!m) return { short: name, kind: '县' };
  const kind = m[1] === '市' ? '县级市' : m[1]!;
  const short = name.slice(0, -m[1]!.length);
  return { short: short.length >= 1 ? short : name, kind };
}

let cached: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const groups = ethnicGroups();
  const provinces = readJson<{ code: string; name: string }[]>(join(DATA, 'provinces.json')).map((p) => ({ ...p, short: provinceShort(p.name) }));
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const rawPrefectures = readJson<{ code: string; name: string; provinceCode: string }[]>(join(DATA, 'prefectures.json'));
  const prefectures = rawPrefectures.filter((p) => !PSEUDO_PREFECTURE.test(p.name)).map((p) => ({ ...p, short: prefectureShort(p.name) }));
  const prefectureByCode = new Map(rawPrefectures.map((p) => [p.code, p]));
  const aliases = readJson<{ abbreviations: Record<string, string>; formerNames: Record<string, string> }>(join(VOCAB, 'county-aliases.json'));
  const aliasByCode = new Map<string, string[]>();
  for (const [alias, code] of [...Object.entries(aliases.abbreviations), ...Object.entries(aliases.formerNames)]) {
    aliasByCode.set(code, [...(aliasByCode.get(code) ?? []), alias]);
  }

  const counties: CountyUnit[] = readJson<{ code: string; name: string; prefectureCode: string }[]>(join(DATA, 'counties.json')).map((c) => {
    const province = provinceByCode.get(c.code.slice(0, 2))!;
    const pref = prefectureByCode.get(c.prefectureCode);
    const municipality = /市$/.test(province.name) && pref && PSEUDO_PREFECTURE.test(pref.name);
    const prefectureName = pref && !PSEUDO_PREFECTURE.test(pref.name) ? pref.name : municipality ? province.name : null;
    const { short, kind } = splitCountyName(c.name, groups);
    return {
      code: c.code,
      name: c.name,
      prefecture: prefectureName,
      province: province.name,
      prefectureCode: prefectureName ? c.prefectureCode : null,
      provinceCode: province.code,
      shortName: short,
      kind,
      aliases: aliasByCode.get(c.code) ?? [],
      prefectureShort: prefectureName ? prefectureShort(prefectureName) : null,
      provinceShort: province.short,
    };
  });

  const names: Gazetteer['names'] = new Map();
  const add = (name: string, unit: CountyUnit, form: 'full' | 'short' | 'alias') => {
    const list = names.get(name) ?? [];
    if (!list.some((e) => e.unit.code === unit.code)) list.push({ unit, form });
    names.set(name, list);
  };
  for (const unit of counties) {
    add(unit.name, unit, 'full');
    add(unit.shortName, unit, 'short');
    for (const a of unit.aliases) add(a, unit, 'alias');
    const banner = bannerAbbreviation(unit.name);
    if (banner) add(banner, unit, 'alias');
  }
  // 三江县 for 三江侗族自治县: an autonomous county is called by its short name and its kind's last
  // character, a name as sure as its full one (where no other county has it in full).
  for (const unit of counties) {
    const spoken = /自治[县旗]$/.test(unit.name) ? spokenName(unit) : null;
    if (spoken && !names.get(spoken)?.some((e) => e.form === 'full')) add(spoken, unit, 'alias');
  }

  const towns = new Map<string, string[]>();
  for (const [code, list] of Object.entries(readJson<Record<string, string>>(join(DATA, 'towns.json')))) towns.set(code, list.split('|'));

  cached = { counties, byCode: new Map(counties.map((c) => [c.code, c])), names, provinces, prefectures, towns };
  return cached;
}

/**
 * Banners named by wing and position are written short in Inner Mongolia's own papers:
 * 察哈尔右翼后旗 → 察右后旗, 科尔沁左翼中旗 → 科左中旗, 鄂托克前旗 → 鄂前旗.
 */
let provincesAlternation: string | undefined;

/** The provinces' short names (山东, 内蒙古), as a regular-expression alternation: a company or a name opening with its province. */
export function provinceShortNames(): string {
  provincesAlternation ??= loadGazetteer()
    .provinces.map((p) => p.short)
    .filter((p) => p.length >= 2)
    .join('|');
  return provincesAlternation;
}

let provinceOpeningRe: RegExp | undefined;

/** How long the province's short name (省 included) opening a name is: 浙江某某有限公司 → 2, 广西… → 2; 0 when none. */
export function provinceOpening(name: string): number {
  provinceOpeningRe ??= new RegExp(`^(?:${provinceShortNames()})省?`);
  return provinceOpeningRe.exec(name)?.[0].length ?? 0;
}

let heOpenings: string[] | undefined;

/** 和平至城北一级公路, 和县段: a name that opens with a county's short name beginning with 和, so the 和 is no conjunction. */
export function opensWithHePlace(text: string): boolean {
  heOpenings ??= [...new Set(loadGazetteer().counties.map((c) => c.shortName).filter((n) => n && n.startsWith('和')))];
  return heOpenings.some((n) => text.startsWith(n) && /^(?:至|段|境内|[县市区旗](?![城域]))/.test(text.slice(n.length)));
}

/** 融水县 for 融水苗族自治县, 孟连县 for 孟连傣族拉祜族佤族自治县: the short name with the kind's last character, as reports say it. */
export function spokenName(unit: { name: string; shortName: string }): string | null {
  return unit.shortName && unit.shortName !== unit.name ? `${unit.shortName}${unit.name.slice(-1)}` : null;
}

export function bannerAbbreviation(name: string): string | null {
  const wing = /^([\u4e00-\u9fa5])[\u4e00-\u9fa5]{1,4}?(左|右)翼(前|中|后)?旗$/.exec(name);
  if (wing) return `${wing[1]}${wing[2]}${wing[3] ?? ''}旗`;
  const position = /^([\u4e00-\u9fa5])[\u4e00-\u9fa5]{1,3}(前|中|后)旗$/.exec(name);
  return position ? `${position[1]}${position[2]}旗` : null;
}

const ownWholeWords = new WeakMap<object, string | null>();

/**
 * The words a report uses for its own unit as a whole where they could name a larger one:
 * 全市 in a county-level city's report, 全区 in a district's, 全旗 in a banner's. A county
 * the gazetteer still lists as a 县 is a city too when the report calls it so (东阿市 after
 * 撤县设市), unless that name is a prefecture's (衡阳市 in 衡阳县's report is the prefecture).
 * Read once per report.
 */
export function ownWholeWord(doc: { county: { kind: string; shortName: string } | null; text: string }): string | null {
  if (ownWholeWords.has(doc)) return ownWholeWords.get(doc) ?? null;
  const county = doc.county;
  let own: string | null = null;
  if (county) {
    if (county.kind === '县级市') own = '全市';
    else if (county.kind === '区') own = '全区';
    else if (county.kind === '旗' || county.kind === '自治旗') own = '全旗';
    else if (county.kind === '县' && county.shortName.length >= 2) {
      const city = `${county.shortName}市`;
      if (doc.text.includes(city) && !loadGazetteer().prefectures.some((p) => p.name === city)) own = '全市';
    }
  }
  ownWholeWords.set(doc, own);
  return own;
}

/** The contract's county object. */
export function countyRef(unit: CountyUnit): CountyRef {
  return {
    code: unit.code,
    name: unit.name,
    prefecture: unit.prefecture,
    province: unit.province,
    prefectureCode: unit.prefectureCode,
    provinceCode: unit.provinceCode,
    shortName: unit.shortName,
    kind: unit.kind,
  };
}

/** Words of time and connection before a clause's subject (2025年, 今年, 同时, 其中 …). */
const CLAUSE_LEAD = /^(?:(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|今年|去年|目前|同时|同期|此外|其中|近日|日前|而)[,，]?)+/;

/**
 * 文成县上半年…, 2025年,瑞安市总投资…, 苍南县获评…: another county-level unit named in full where
 * a fact's subject stands (the start of `words`, after time and connectives), or null. The unit's
 * own names are no other unit, and a place a span starts from (瑞金市至兴国县高速公路) is no subject.
 */
/** A full name of a county other than `own`, one-character stems (攸县) too. */
function isOtherCounty(name: string, own: CountyUnit | null): boolean {
  const units = loadGazetteer().names.get(name);
  return !!units?.some((u) => u.form === 'full') && !(own && units.some((u) => u.unit.code === own.code));
}

/**
 * A unit's name that belongs to another county: the county itself (攸县, 茶陵县, listed beside
 * this one) or a unit named after it (苍南县某某景区, 攸县酒埠江景区). Stricter than a clause's
 * opening, which a one-character stem would misread (新县城 is no unit of 新县).
 */
export function namesOtherCounty(name: string, own: CountyUnit | null): boolean {
  if (otherCountyOpening(name, own) !== null || isOtherCounty(name, own)) return true;
  return name.length > 4 && /^[\u4e00-\u9fa5]县/.test(name) && isOtherCounty(name.slice(0, 2), own);
}

// (攸县, 沙县: a county may have one character of its own; 城区 and 郊区 name parts of any place.)
const OPENING_PLACE = /^(?:[\u4e00-\u9fa5]县|[\u4e00-\u9fa5]{2,10}?(?:自治县|自治旗|县|市|区|旗))(?![至到—\-、和与及])/;

export function otherCountyOpening(words: string, own: CountyUnit | null): string | null {
  const opening = words.replace(CLAUSE_LEAD, '');
  const m = OPENING_PLACE.exec(opening);
  if (!m) return null;
  const units = loadGazetteer().names.get(m[0]);
  if (!units?.some((u) => u.form === 'full')) {
    // (金华市婺城区…: a prefecture before its county names the county.)
    const inner = /市$/.test(m[0]) ? OPENING_PLACE.exec(opening.slice(m[0].length)) : null;
    const innerUnits = inner ? loadGazetteer().names.get(inner[0]) : undefined;
    if (!inner || !innerUnits?.some((u) => u.form === 'full')) return null;
    return own && innerUnits.some((u) => u.unit.code === own.code) ? null : `${m[0]}${inner[0]}`;
  }
  return own && units.some((u) => u.unit.code === own.code) ? null : m[0];
}
