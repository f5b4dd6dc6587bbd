/** Chinese names for the API's enums: the explorer speaks its users' language. */

export const METRICS: Record<string, string> = {
  GDP: '地区生产总值',
  GDP_PRIMARY: '第一产业增加值',
  GDP_SECONDARY: '第二产业增加值',
  GDP_TERTIARY: '第三产业增加值',
  PER_CAPITA_GDP: '人均地区生产总值',
  INDUSTRIAL_VALUE_ADDED: '规上工业增加值',
  FIXED_ASSET_INVESTMENT: '固定资产投资',
  RETAIL_SALES: '社会消费品零售总额',
  GENERAL_BUDGET_REVENUE: '一般公共预算收入',
  FISCAL_REVENUE: '财政总收入',
  TAX_REVENUE: '税收收入',
  DISPOSABLE_INCOME: '居民人均可支配收入',
  DISPOSABLE_INCOME_URBAN: '城镇居民人均可支配收入',
  DISPOSABLE_INCOME_RURAL: '农村居民人均可支配收入',
  FOREIGN_TRADE: '进出口总额',
  FOREIGN_INVESTMENT: '实际利用外资',
  DOMESTIC_INVESTMENT: '实际利用内资',
  HIGH_TECH_OUTPUT: '高新技术产业',
  AGRICULTURAL_OUTPUT: '农林牧渔业总产值',
  GRAIN_AREA: '粮食播种面积',
  GRAIN_OUTPUT: '粮食产量',
  TOURIST_VISITS: '接待游客',
  TOURISM_REVENUE: '旅游综合收入',
  NEW_URBAN_JOBS: '城镇新增就业',
  URBAN_UNEMPLOYMENT_RATE: '城镇调查失业率',
  KEY_PROJECT_INVESTMENT: '重点项目投资',
  INVESTMENT_ATTRACTED: '招商引资',
  OTHER: '其他指标',
};

/** The figures a county page leads with, in this order. */
export const KEY_METRICS = ['GDP', 'GENERAL_BUDGET_REVENUE', 'FIXED_ASSET_INVESTMENT', 'RETAIL_SALES', 'INDUSTRIAL_VALUE_ADDED', 'DISPOSABLE_INCOME_URBAN', 'DISPOSABLE_INCOME_RURAL'];

export const KINDS: Record<string, string> = { ACTUAL: '实际', ESTIMATE: '预计', TARGET: '目标' };

export const STATUSES: Record<string, string> = {
  PLANNED: '谋划',
  SIGNED: '签约',
  STARTED: '开工',
  UNDER_CONSTRUCTION: '在建',
  COMPLETED: '竣工',
  IN_PRODUCTION: '投产',
};

export const ROLES: Record<string, string> = { LEADING: '主导产业', CHARACTERISTIC: '特色产业', EMERGING: '新兴产业' };

export const LEVELS: Record<string, string> = { NATIONAL: '国家级', PROVINCIAL: '省级', MUNICIPAL: '市级', OTHER: '其他' };

export const RECIPIENTS: Record<string, string> = {
  COUNTY: '县',
  TOWN: '乡镇',
  VILLAGE: '村',
  ENTERPRISE: '企业',
  ORGANISATION: '单位',
  PROJECT: '项目',
  PERSON: '个人',
};

export const FACTS: Record<string, string> = { INDICATOR: '指标', PROJECT: '项目', INDUSTRY: '产业', ENTERPRISE: '企业', HONOUR: '荣誉' };

export const UNITS: Record<string, string> = {
  YUAN: '元',
  USD: '美元',
  PERCENT: '%',
  PERSON: '人',
  PERSON_TIME: '人次',
  MU: '亩',
  TONNE: '吨',
  HOUSEHOLD: '户',
  COUNT: '个',
};

export const label = (table: Record<string, string>, key: string | null | undefined) => (key ? (table[key] ?? key) : '');
