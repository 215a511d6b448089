// Entry of the bundled setup Action (dist/index.js, built by `pnpm bundle:actions`).
await import('./main.ts');
