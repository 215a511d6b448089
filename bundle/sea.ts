// The program of the single executable, carried as its `app` asset (bundle/sea-main.ts runs it,
// scripts/release/sea-bundle.ts builds it). `finished` settles when the run has set its exit
// code: the build-time runs that fill the code cache wait for it.
export const finished: Promise<void> = import('../packages/cli/src/program.ts')
  .then(({ main }) => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  });
