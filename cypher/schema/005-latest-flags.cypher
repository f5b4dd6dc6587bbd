// The league table seeks each county's latest statement of a metric for a period through
// these (see report/mark-latest). They are created after the flags are set on the
// observations written before them (migrate.ts), so that their existence says so.
CREATE INDEX observation_latest_value IF NOT EXISTS FOR (n:Observation) ON (n.metric, n.period, n.kind, n.latestValue);
CREATE INDEX observation_latest_growth IF NOT EXISTS FOR (n:Observation) ON (n.metric, n.period, n.kind, n.latestGrowth);
