import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';

// Screenshots go to docs/screenshots/ when asked for (npm run docs:screenshots), else to a
// temporary folder: they are taken either way, so a page that cannot be drawn fails here.
export const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(PROJECT_ROOT, 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'county-graph-shots-'));
mkdirSync(SHOTS, { recursive: true });
