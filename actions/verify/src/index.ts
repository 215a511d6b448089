// Entry of the bundled action. The V8 compile cache is switched on before the engine loads:
// later signet steps in the same job start faster (the runner's temp dir keeps the cache).
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./main.ts');
