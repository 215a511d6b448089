// Entry of the single executable (scripts/release/binary.sh). Node's single executable
// applications run one CommonJS script, so this entry has no top-level await; esbuild bundles
// it and every module it loads (command modules stay lazy: they are evaluated when imported).
import '../packages/core/src/keysources/k8s-bundled.ts';
import { main } from '../packages/cli/src/program.ts';

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
