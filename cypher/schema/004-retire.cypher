// Indexes of earlier versions, dropped when found: `names` became `name_search` (eventually consistent).
DROP INDEX names IF EXISTS;
