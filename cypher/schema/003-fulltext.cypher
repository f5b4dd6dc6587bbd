// One full-text index over every name a user may search for; the CJK analyzer splits Chinese text.
CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:County|Project|Enterprise|Industry|Honour) ON EACH [n.name, n.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
