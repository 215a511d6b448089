// The `signet` command. The program itself is in program.ts, which in-process callers (the
// GitHub Actions) import without running it.
import { main } from './program.ts';

process.exitCode = await main(process.argv.slice(2));
