// Marks the observation the league table reads for every (county, metric, period, kind) of
// the given counties: among the observations of that group, the one of the newest report
// (by the rank kept on each observation, then its id) that gives a value (latestValue) and
// the one that gives a growth rate (latestGrowth). Run after every write and delete that
// touches a county's observations, so a league table ranks flags instead of grouping every
// observation of a metric per request. Only changed flags are written.
UNWIND $codes AS code
MATCH (o:Observation) WHERE o.countyCode = code
WITH o ORDER BY o.reportRank DESC, o.id
WITH o.countyCode AS county, o.metric AS metric, o.period AS period, o.kind AS kind, collect(o) AS group
WITH group, head([x IN group WHERE x.value IS NOT NULL]) AS v, head([x IN group WHERE x.growthPct IS NOT NULL]) AS g
UNWIND group AS o
WITH o, coalesce(o = v, false) AS latestValue, coalesce(o = g, false) AS latestGrowth
WHERE o.latestValue IS NULL OR o.latestValue <> latestValue OR o.latestGrowth IS NULL OR o.latestGrowth <> latestGrowth
SET o.latestValue = latestValue, o.latestGrowth = latestGrowth
