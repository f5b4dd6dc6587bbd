// The word stock of the generated corpus: industries with their products, company
// name parts, honours with their levels, and prose without facts. Written for the
// benchmark; none of it is copied from a real report.
import type { HonourLevel, Metric, Unit } from '../../src/facts.ts';

export interface IndustrySpec {
  name: string;
  companyWord: string;
  products: { product: string; unit: '万吨' | '万件' | '万套' | 'MW' | '万平方米' }[];
}

export const INDUSTRIES: IndustrySpec[] = [
  { name: '锂电', companyWord: '新能源科技', products: [{ product: '锂电池正极材料', unit: '万吨' }, { product: '动力电池', unit: '万套' }] },
  { name: '新型建材', companyWord: '新型建材', products: [{ product: '装配式建筑构件', unit: '万平方米' }, { product: '新型墙体材料', unit: '万吨' }] },
  { name: '食品加工', companyWord: '食品', products: [{ product: '预制菜', unit: '万吨' }, { product: '肉制品精深加工', unit: '万吨' }] },
  { name: '纺织服装', companyWord: '纺织', products: [{ product: '高端面料', unit: '万件' }, { product: '针织服装', unit: '万件' }] },
  { name: '光伏', companyWord: '光电', products: [{ product: '光伏组件', unit: 'MW' }] },
  { name: '电子信息', companyWord: '电子', products: [{ product: '智能终端', unit: '万套' }, { product: '电子元器件', unit: '万件' }] },
  { name: '装备制造', companyWord: '机械', products: [{ product: '农机装备', unit: '万套' }, { product: '精密零部件', unit: '万件' }] },
  { name: '生物医药', companyWord: '药业', products: [{ product: '原料药', unit: '万吨' }] },
  { name: '茶叶', companyWord: '茶业', products: [{ product: '茶叶精深加工', unit: '万吨' }] },
  { name: '家居', companyWord: '家居', products: [{ product: '定制家具', unit: '万套' }] },
  { name: '有色金属', companyWord: '有色金属', products: [{ product: '再生铜', unit: '万吨' }] },
  { name: '现代物流', companyWord: '物流', products: [{ product: '冷链仓储', unit: '万平方米' }] },
];

/** Brand syllables of company names (two characters). */
export const BRANDS = ['恒达', '华信', '鑫源', '天成', '瑞丰', '金泰', '宏宇', '博远', '同创', '盛和', '安泰', '嘉禾', '润泽', '德远', '永昌', '中能', '新锐', '景川', '裕丰', '宝隆', '汇通', '利民', '兴业', '铭泰', '弘毅', '泰和', '凯盛', '远航', '聚源', '福康'];

export const COMPANY_TAILS = ['有限公司', '股份有限公司', '集团有限公司'];

export interface HonourSpec {
  name: string;
  level: HonourLevel;
  /** Who receives it: the county or one of its towns. */
  to: 'county' | 'town';
}

export const HONOURS: HonourSpec[] = [
  { name: '国家卫生县城', level: 'national', to: 'county' },
  { name: '全国综合减灾示范县', level: 'national', to: 'county' },
  { name: '国家农产品质量安全县', level: 'national', to: 'county' },
  { name: '全国绿化模范县', level: 'national', to: 'county' },
  { name: '全国义务教育优质均衡发展县', level: 'national', to: 'county' },
  { name: '全国电子商务进农村综合示范县', level: 'national', to: 'county' },
  { name: '国家生态文明建设示范区', level: 'national', to: 'county' },
  { name: '全国法治政府建设示范县', level: 'national', to: 'county' },
  { name: '全国双拥模范县', level: 'national', to: 'county' },
  { name: '全国科技创新先进县', level: 'national', to: 'county' },
  { name: '省级卫生县城', level: 'provincial', to: 'county' },
  { name: '省级全域旅游示范区', level: 'provincial', to: 'county' },
  { name: '省级森林城市', level: 'provincial', to: 'county' },
  { name: '全省营商环境评价优秀县', level: 'provincial', to: 'county' },
  { name: '全国重点镇', level: 'national', to: 'town' },
  { name: '全国乡村治理示范镇', level: 'national', to: 'town' },
  { name: '国家卫生乡镇', level: 'national', to: 'town' },
  { name: '省级特色小镇', level: 'provincial', to: 'town' },
];

export interface MetricSpec {
  metric: Metric;
  label: string;
  /** Range of the level in the unit written. */
  range: [number, number];
  written: '亿元' | '万元' | '元' | '万吨' | '万人次' | '人' | '%';
  unit: Unit;
  factor: number;
}

export const METRICS: MetricSpec[] = [
  { metric: 'gdp', label: '地区生产总值', range: [80, 900], written: '亿元', unit: 'yuan', factor: 1e8 },
  { metric: 'gdp_primary', label: '第一产业增加值', range: [10, 90], written: '亿元', unit: 'yuan', factor: 1e8 },
  { metric: 'gdp_secondary', label: '第二产业增加值', range: [30, 400], written: '亿元', unit: 'yuan', factor: 1e8 },
  { metric: 'gdp_tertiary', label: '第三产业增加值', range: [40, 400], written: '亿元', unit: 'yuan', factor: 1e8 },
  { metric: 'industrial_value_added', label: '规模以上工业增加值', range: [20, 300], written: '亿元', unit: 'yuan', factor: 1e8 },
  { metric: 'fixed_asset_investment', label: '固定资产投资', range: [40, 500], written: '亿元', unit: 'yuan', factor: 1e8 },
  { metric: 'retail_sales', label: '社会消费品零售总额', range: [30, 300], written: '亿元', unit: 'yuan', factor: 1e8 },
  { metric: 'general_budget_revenue', label: '一般公共预算收入', range: [30000, 300000], written: '万元', unit: 'yuan', factor: 1e4 },
  { metric: 'tax_revenue', label: '税收收入', range: [2, 20], written: '亿元', unit: 'yuan', factor: 1e8 },
  { metric: 'foreign_trade', label: '外贸进出口总额', range: [3, 80], written: '亿元', unit: 'yuan', factor: 1e8 },
  { metric: 'grain_output', label: '粮食总产量', range: [5, 80], written: '万吨', unit: 'tonne', factor: 1e4 },
  { metric: 'tourist_visits', label: '接待游客', range: [100, 2000], written: '万人次', unit: 'person-time', factor: 1e4 },
  { metric: 'tourism_revenue', label: '旅游综合收入', range: [10, 200], written: '亿元', unit: 'yuan', factor: 1e8 },
  { metric: 'new_urban_jobs', label: '城镇新增就业', range: [2000, 12000], written: '人', unit: 'person', factor: 1 },
];

/** Sentences of official prose that carry no fact. */
export const PROSE = [
  '坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹发展和安全。',
  '广大干部群众团结一心、攻坚克难，经济社会发展取得了新的成绩。',
  '深化“放管服”改革，优化政务服务流程，企业和群众办事更加便捷。',
  '扎实推进乡村振兴，农村人居环境整治持续深化，村容村貌明显改善。',
  '持续打好蓝天、碧水、净土保卫战，生态环境质量稳步提升。',
  '民生保障更加有力，教育、医疗、养老等公共服务水平不断提高。',
  '安全生产形势总体平稳，社会大局和谐稳定。',
  '我们也清醒地看到，经济发展的基础还不牢固，产业结构还不够优化。',
  '各级干部要牢固树立正确政绩观，以实干实绩推动各项工作落地见效。',
  '坚持以人民为中心的发展思想，用心用情办好民生实事。',
  '持续优化营商环境，开展干部“走千企、解难题”活动。',
  '加强基层治理，推进平安建设，群众安全感和满意度持续提升。',
];
