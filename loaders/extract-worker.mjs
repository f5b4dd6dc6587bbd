// Entry of an extraction worker thread: the sources are TypeScript, loaded through tsx as
// the command itself does (a worker does not inherit the loader of the thread that starts it).
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
