// One full-text index over every name a user may search for; the CJK analyzer splits Chinese text.
// Eventually consistent: Lucene is updated after the commit by a background thread instead of
// inside it, so loads do not wait on it; a search sees a new report a moment after it commits.
CREATE FULLTEXT INDEX name_search IF NOT EXISTS FOR (n:County|Project|Enterprise|Industry|Honour) ON EACH [n.name, n.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } };
