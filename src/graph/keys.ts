/**
 * Keys that make the same entity named twice one node: with or without legal
 * suffixes (有限公司), 产业/项目 endings, quotes and punctuation.
 */

const PUNCT = /[\s"'“”‘’《》「」『』〈〉()（）·・,，.。:：;；、!！?？\-—_]/g;

export function bareName(name: string): string {
  return name.normalize('NFC').replace(PUNCT, '').toLowerCase();
}

const LEGAL_SUFFIX = /(集团股份有限公司|股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|集团|公司|股份)$/;
const REGION_PREFIX = /^(北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)(省|市|自治区)?/;

/** 湖南金雕能源科技有限公司 and 金雕能源科技 are one company. */
export function enterpriseKey(name: string): string {
  let k = bareName(name);
  const stripped = k.replace(LEGAL_SUFFIX, '');
  if (stripped.length >= 2) k = stripped;
  const local = k.replace(REGION_PREFIX, '');
  return local.length >= 2 ? local : k;
}

export function industryKey(name: string): string {
  const k = bareName(name).replace(/(产业链|产业集群|产业|行业)$/, '');
  return k || bareName(name);
}

export function honourKey(name: string): string {
  const k = bareName(name).replace(/(荣誉称号|称号|荣誉)$/, '');
  return k || bareName(name);
}

/** Projects are the county's: the same name in two counties is two projects. */
export function projectKey(countyCode: string | null, name: string): string {
  const k = bareName(name).replace(/(项目|工程)$/, '');
  return `${countyCode ?? 'none'}:${k || bareName(name)}`;
}

export function placeKey(countyCode: string | null, name: string): string {
  return `${countyCode ?? 'none'}:${bareName(name)}`;
}
