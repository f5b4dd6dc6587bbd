// Uniqueness constraints: every node is keyed, so MERGE on the key never duplicates.
CREATE CONSTRAINT province_code IF NOT EXISTS FOR (n:Province) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT prefecture_code IF NOT EXISTS FOR (n:Prefecture) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT county_code IF NOT EXISTS FOR (n:County) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_key IF NOT EXISTS FOR (n:Industry) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT enterprise_key IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organisation_key IF NOT EXISTS FOR (n:Organisation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT honour_key IF NOT EXISTS FOR (n:Honour) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT observation_id IF NOT EXISTS FOR (n:Observation) REQUIRE n.id IS UNIQUE;
