#!/usr/bin/env node
// Development entry: runs the TypeScript sources directly (Node >= 22.18 strips types).
// Releases ship the bundled dist/signet.mjs instead.
import '../src/main.ts';
