import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { patchBrowserFiles } from '../../src/neo4j/offline-browser.ts';

// Shapes of the lines Neo4j Browser's bundles carry (written here, not copied from the jar).
const files = () => ({
  'browser/index.html': strToU8('<html><script src="app-1.js"></script></html>'),
  'browser/ui-libs-1.bundle.js': strToU8('x=`@import url(https://fonts.googleapis.com/css2?family=Some+Font:wght@500&display=swap);body{}`'),
  'browser/app-1.js': strToU8('c.init({dsn:"https://0123abcd@o42.ingest.sentry.io/777"});a={loadExternalScripts:!1!==M.shouldAllowOutgoingConnections(e)&&R.isConnected(e)}'),
  'browser/assets/fonts/Some.woff2': new Uint8Array([1, 2, 3]),
});

describe('Neo4j Browser made offline', () => {
  it('removes the web fonts, the crash reporter and the analytics loader, and leaves the rest as it was', () => {
    const out = patchBrowserFiles(files(), 'neo4j-browser-x.jar');
    const all = Object.entries(out).filter(([n]) => !n.endsWith('.woff2')).map(([, d]) => strFromU8(d)).join('\n');
    expect(all).not.toMatch(/googleapis|sentry\.io|shouldAllowOutgoingConnections/);
    expect(strFromU8(out['browser/app-1.js']!)).toBe('c.init({dsn:""});a={loadExternalScripts:!1}');
    expect(strFromU8(out['browser/ui-libs-1.bundle.js']!)).toBe('x=`body{}`');
    expect(out['browser/index.html']).toEqual(files()['browser/index.html']);
    expect(out['browser/assets/fonts/Some.woff2']).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('refuses a Browser whose bundles it does not recognise, naming the jar and what it could not remove', () => {
    const unknown = { ...files(), 'browser/app-1.js': strToU8('c.init({dsn:"https://elsewhere.example/1"})') };
    expect(() => patchBrowserFiles(unknown, 'neo4j-browser-9.9.9.jar')).toThrow(/neo4j-browser-9\.9\.9\.jar.*sentry\.io.*Segment/s);
  });
});
