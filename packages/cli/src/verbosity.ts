/** Debug output: cosign's `-d/--verbose`, or SIGNET_DEBUG=1 in the environment. */
let verbose = false;

export function setVerbose(value: boolean): void {
  verbose = value;
}

export function debugEnabled(): boolean {
  return verbose || Boolean(process.env.SIGNET_DEBUG);
}

/** `-q/--quiet`: informational lines and progress are dropped; results, warnings and errors stay. */
let quiet = false;

export function setQuiet(value: boolean): void {
  quiet = value;
}

export function isQuiet(): boolean {
  return quiet;
}
