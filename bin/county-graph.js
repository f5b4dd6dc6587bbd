#!/usr/bin/env node
// The county-graph command. The sources are TypeScript, run through tsx's loader so
// that a clone needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
