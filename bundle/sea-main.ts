// Main script of the single executable (scripts/release/binary.sh): Node reads it and its code
// cache on every start, so it stays tiny. `--version`, what scripts call to probe the tool, is
// answered from the build stamp (the same answer as commander's `.version()`); everything else
// runs the program from its SEA asset (bundle/sea-assets.ts).
import { stamp } from '../packages/cli/src/build-info.ts';
import { runApp } from './sea-assets.ts';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) process.stdout.write(`${stamp().version}\n`);
else runApp();
