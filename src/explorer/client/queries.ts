/**
 * Every GraphQL document the explorer sends, one per view: the explorer is a client of the
 * public API like any other, and a test runs each of these against it.
 */

export const COUNTY_QUERY = `query CountyPage($code: String!) {
  county(code: $code) {
    code name shortName kind
    prefecture { name }
    province { name }
    reports { id title publishedAt publisher }
    indicators {
      metric label period kind value unit growthPct
      evidence { start text report { id title publishedAt } }
    }
    projects(first: 100) {
      totalCount
      edges { node { id name investmentYuan investment status year industry { name } enterprises(first: 5) { name } evidence(first: 1) { start text report { id } } } }
    }
    industries { role industry { name } evidence(first: 1) { start text report { id } } }
    enterprises(first: 100) { totalCount edges { node { name industries(first: 5) { name } } } }
    honours { year honour { name level } recipient { name type } evidence(first: 1) { start text report { id } } }
    similarCounties(first: 5) { score sharedIndustries county { code name province { name } } }
  }
}`;

export const PROJECT_QUERY = `query ProjectPage($id: ID!) {
  project(id: $id) {
    id name aliases investment annualInvestmentYuan status capacity year
    county { code name province { name } }
    industry { name }
    enterprises { name }
    evidence(first: 20) { start end text report { id title publishedAt publisher } }
  }
}`;

const PROJECT_FIELDS = 'id name investmentYuan investment status year county { code name } industry { name } enterprises(first: 5) { name } evidence(first: 1) { start text report { id } }';

export const INDUSTRY_QUERY = `query IndustryPage($name: String!) {
  industry(name: $name) {
    name aliases
    counties { role county { code name province { name } } }
    enterprises { name counties(first: 5) { code name } }
    projects(first: 100) { totalCount edges { node { ${PROJECT_FIELDS} } } }
  }
}`;

export const ENTERPRISE_QUERY = `query EnterprisePage($name: String!) {
  enterprise(name: $name) {
    name aliases
    industries { name }
    counties { code name province { name } }
    projects { ${PROJECT_FIELDS} }
    honours { year honour { name level } recipient { name type county { code name } } evidence(first: 1) { start text report { id } } }
    evidence(first: 10) { start text report { id title publishedAt } }
  }
}`;

export const REPORT_QUERY = `query ReportPage($id: ID!) {
  report(id: $id) {
    id title publisher publishedAt file url countyConfidence loadedAt warnings text
    county { code name }
    facts {
      type words start end
      evidence { start end }
      observation { metric label period kind value unit growthPct }
      project { id name investment status }
      industry { name }
      role
      enterprise { name }
      award { year honour { name level } recipient { name type } }
    }
  }
}`;

export const LEAGUE_QUERY = `query LeaguePage($metric: Metric!, $period: String!, $by: RankBy, $kind: IndicatorKind, $province: String, $withRanks: Boolean!) {
  periods: indicatorPeriods(metric: $metric, kind: $kind, province: $province) { period counties }
  ranks: rankCounties(metric: $metric, period: $period, by: $by, kind: $kind, province: $province, first: 50) @include(if: $withRanks) {
    rank value formattedValue unit growthPct period kind
    county { code name province { name } }
    evidence { start text report { id } }
  }
}`;

export const COMPARE_QUERY = (n: number) => `query ComparePage(${Array.from({ length: n }, (_, i) => `$c${i}: String!`).join(', ')}) {
${Array.from({ length: n }, (_, i) => `  c${i}: county(code: $c${i}) { code name province { name } indicators(kind: ACTUAL) { metric label period kind value unit growthPct evidence { start text report { id title publishedAt } } } }`).join('\n')}
}`;

/** A county's code from its name or code (the compare page's picker). */
export const COUNTY_CODE_QUERY = `query CountyCode($n: String, $c: String) {
  county(name: $n, code: $c) { code }
}`;

export const HOME_QUERY = `query HomePage {
  stats { reports lastLoadedAt labels { label count } }
  counties(first: 100, orderBy: PROJECTS_DESC) {
    totalCount
    edges { node { code name province { name } prefecture { name } projects(first: 0) { totalCount } honours(first: 100) { year } } }
  }
  honourLeaders(first: 10) { rank count national provincial county { code name } }
  projects(first: 10) { edges { node { id name investment county { code name } } } }
}`;

export const HONOURS_QUERY = `query HonoursPage($q: String, $level: HonourLevel, $year: Int) {
  honours(where: { nameContains: $q, level: $level, year: $year }, first: 100) {
    totalCount
    edges { node { name level awards(first: 20) { year honour { name level } recipient { name type county { code name } } evidence(first: 1) { start text report { id } } } } }
  }
}`;

export const SEARCH_QUERY = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    type name
    node {
      ... on County { code name province { name } }
      ... on Project { id name county { name } }
      ... on Enterprise { name }
      ... on Industry { name }
      ... on Honour { name level }
    }
  }
}`;
