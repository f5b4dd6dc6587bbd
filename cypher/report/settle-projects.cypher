// A project named by several reports shows, for each figure (investment, annual
// investment, status, capacity, year), the value of the newest report that gives one:
// each report's figures are kept on its evidence with the report's rank. Run after a
// group is written and after a report is deleted, so the result does not depend on the
// order reports are loaded or removed in. A project with no project evidence left (known
// only as an honour's recipient) keeps what it has.
UNWIND $ids AS id
MATCH (p:Project {id: id})
CALL (p) {
  MATCH (p)-[e:EVIDENCED_BY {fact: 'Project'}]->()
  WITH e ORDER BY e.rank DESC
  RETURN collect(e) AS es
}
WITH p, es WHERE size(es) > 0
SET p.investmentYuan = head([x IN es WHERE x.investmentYuan IS NOT NULL | x.investmentYuan]),
    p.annualInvestmentYuan = head([x IN es WHERE x.annualInvestmentYuan IS NOT NULL | x.annualInvestmentYuan]),
    p.status = head([x IN es WHERE x.status IS NOT NULL | x.status]),
    p.capacity = head([x IN es WHERE x.capacity IS NOT NULL | x.capacity]),
    p.year = head([x IN es WHERE x.year IS NOT NULL | x.year])
RETURN count(p) AS settled
