import { extractProjects } from './loaders/extract-projects.ts';
const m = await import('./loaders/extract-projects.ts') as any;
console.log(Object.keys(m));
