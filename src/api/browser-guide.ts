import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../graph/queries.ts';

export interface SavedQuery {
  file: string;
  title: string;
  description: string;
  cypher: string;
}

const BROWSER_DIR = join(CYPHER_DIR, 'browser');

/** The saved queries of cypher/browser/, with the title and description from their comments. */
export function savedQueries(): SavedQuery[] {
  return readdirSync(BROWSER_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(BROWSER_DIR, file), 'utf8');
      const comments = text.split('\n').filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/\s?/, ''));
      const cypher = text.split('\n').filter((l) => !l.startsWith('//')).join('\n').trim();
      const [first = file, ...rest] = comments;
      const title = first.split(/[:：]/)[0]!.trim();
      return { file, title, description: [first, ...rest].join(' '), cypher };
    });
}

export function browserStyle(): string {
  return readFileSync(join(BROWSER_DIR, 'style.grass'), 'utf8');
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Neo4j Browser guide (`:play <url>`): one slide per saved query, each runnable with a click. */
export function browserGuide(): string {
  const slides = savedQueries()
    .map(
      (q) => `    <slide class="row-fluid">
      <div class="col-sm-12">
        <h3>${escape(q.title)}</h3>
        <p>${escape(q.description)}</p>
        <pre class="pre-scrollable code runnable">${escape(q.cypher)}</pre>
      </div>
    </slide>`,
    )
    .join('\n');
  return `<article class="guide">
  <carousel class="deck container-fluid">
    <slide class="row-fluid">
      <div class="col-sm-12">
        <h3>county-graph</h3>
        <p>Counties, projects, industries, enterprises and honours from county reports, each fact with the sentence it came from. Click a query on the next slides to run it.</p>
      </div>
    </slide>
${slides}
  </carousel>
</article>
`;
}
