import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';
import { PROJECT_ROOT } from '../config.ts';

/** What GraphiQL opens with: a few counties with their projects, industries and honours. */
export const DEFAULT_QUERY = `# county-graph: counties with their projects, industries and honours.
# More examples are in the other tabs (docs/queries/ in the project); Ctrl-Enter runs a query.
query CountiesOverview {
  counties(first: 5) {
    totalCount
    edges {
      node {
        name
        code
        province { name }
        projects(first: 3) {
          edges { node { name investment status industry { name } enterprises { name } } }
        }
        industries { role industry { name } }
        honours { year honour { name level } }
      }
    }
  }
}
`;

/** The documented example queries, one GraphiQL tab each, in the order of their file names. */
export function exampleTabs(dir = join(PROJECT_ROOT, 'docs', 'queries')): { query: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ query: named(readFileSync(join(dir, f), 'utf8'), f) }));
}

/** GraphiQL titles a tab by its operation's name; the examples are anonymous, so they get their file's. */
function named(query: string, file: string): string {
  const name = file
    .replace(/\.graphql$/, '')
    .replace(/^\d+-/, '')
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  return query.replace(/^\{/m, `query ${name} {`);
}

export function graphiqlOptions(): GraphiQLOptions {
  return {
    title: 'county-graph',
    defaultQuery: DEFAULT_QUERY,
    defaultTabs: [{ query: DEFAULT_QUERY }, ...exampleTabs()],
  };
}

let page: string | undefined;

/**
 * GraphiQL with its scripts, styles and editor workers inlined (about 9 MB), so that the
 * page needs nothing but this server: users are often offline or behind networks where
 * public CDNs fail. The page depends on nothing per request, so it is rendered once.
 */
export function graphiqlPage(): string {
  page ??= renderGraphiQL(graphiqlOptions());
  return page;
}
