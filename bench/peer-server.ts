// The peer of the API benchmark: @neo4j/graphql generated over the same database, served
// by graphql-yoga in its own process, as a user would set it up in place of county-graph.
//   node --import tsx bench/peer-server.ts <bolt uri> <user> <password> <port>
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';

const [uri, user, password, port] = process.argv.slice(2);

const typeDefs = /* GraphQL */ `
  type Province @node { code: String! name: String }
  type Prefecture @node { code: String! name: String province: [Province!]! @relationship(type: "IN", direction: OUT) }
  type County @node {
    code: String!
    name: String!
    prefecture: [Prefecture!]! @relationship(type: "IN", direction: OUT)
    projects: [Project!]! @relationship(type: "HAS_PROJECT", direction: OUT)
    industries: [Industry!]! @relationship(type: "HAS_INDUSTRY", direction: OUT, properties: "HasIndustry")
    honours: [Honour!]! @relationship(type: "RECEIVED", direction: OUT, properties: "Received")
  }
  type HasIndustry @relationshipProperties { role: String }
  type Received @relationshipProperties { year: Int }
  type Project @node @fulltext(indexes: [{ indexName: "name_search", queryName: "projectSearch", fields: ["name", "aliasText"] }]) {
    id: String!
    name: String!
    aliasText: String
    investmentYuan: Float
    status: String
    countyCode: String
    county: [County!]! @relationship(type: "HAS_PROJECT", direction: IN)
    industry: [Industry!]! @relationship(type: "IN_INDUSTRY", direction: OUT)
    enterprises: [Enterprise!]! @relationship(type: "BUILDS", direction: IN)
  }
  type Industry @node { key: String! name: String! }
  type Enterprise @node { key: String! name: String! }
  type Honour @node { key: String! name: String! level: String }
  type Observation @node {
    metric: String
    period: String
    kind: String
    value: Float
    growthPct: Float
    countyCode: String
    county: [County!]! @relationship(type: "REPORTED", direction: IN)
  }
`;

const driver = neo4j.driver(uri!, neo4j.auth.basic(user!, password!));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({ schema, graphiql: false, logging: false });
createServer(yoga).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
