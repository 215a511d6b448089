// Entry of the single executable (scripts/release/binary.sh, scripts/release/sea-bundle.ts).
// Node's single executable applications run one CommonJS script, so this entry has no top-level
// await. In one CommonJS file the modules a static import reaches are evaluated at start-up, so
// the program is imported dynamically: `--version`, what scripts call to probe the tool, is
// answered from the build stamp without evaluating the engine (the same answer as commander's
// `.version()`). The Kubernetes client needs no k8s-bundled import here: esbuild follows the
// dynamic import in keysources/k8s.ts, and sea-bundle.ts carries the client as a chunk.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  void import('../packages/cli/src/build-info.ts').then(({ stamp }) => process.stdout.write(`${stamp().version}\n`));
} else {
  void import('../packages/cli/src/program.ts')
    .then(({ main }) => main(argv))
    .then((code) => {
      process.exitCode = code;
    });
}
