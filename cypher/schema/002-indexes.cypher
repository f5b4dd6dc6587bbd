// Indexes for every lookup the loaders and the API make.
CREATE INDEX county_name IF NOT EXISTS FOR (n:County) ON (n.name);
CREATE INDEX county_short_name IF NOT EXISTS FOR (n:County) ON (n.shortName);
CREATE INDEX prefecture_name IF NOT EXISTS FOR (n:Prefecture) ON (n.name);
CREATE INDEX province_name IF NOT EXISTS FOR (n:Province) ON (n.name);
CREATE INDEX report_file IF NOT EXISTS FOR (n:Report) ON (n.file);
CREATE INDEX report_path IF NOT EXISTS FOR (n:Report) ON (n.path);
CREATE INDEX project_investment IF NOT EXISTS FOR (n:Project) ON (n.investmentYuan);
CREATE INDEX project_year IF NOT EXISTS FOR (n:Project) ON (n.year);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE INDEX industry_name IF NOT EXISTS FOR (n:Industry) ON (n.name);
CREATE INDEX enterprise_name IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE INDEX honour_level IF NOT EXISTS FOR (n:Honour) ON (n.level);
CREATE INDEX observation_metric_period IF NOT EXISTS FOR (n:Observation) ON (n.metric, n.period);
CREATE INDEX received_county IF NOT EXISTS FOR ()-[r:RECEIVED]-() ON (r.countyCode);
CREATE INDEX project_county IF NOT EXISTS FOR (n:Project) ON (n.countyCode);
CREATE INDEX observation_county IF NOT EXISTS FOR (n:Observation) ON (n.countyCode);
