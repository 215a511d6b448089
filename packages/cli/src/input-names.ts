/**
 * Errors and warnings name what the user set. On the command line that is a flag or an
 * environment variable; in a wrapper it is the wrapper's input (the Action's `digest`, the Tekton
 * Task's IMAGE_DIGEST). A wrapper passes a table from the CLI's words to its own, in-process
 * (`main(argv, { inputNames })`) or as JSON in SIGNET_INPUT_NAMES for a child process; messages
 * are rewritten word by word when they are printed, and nothing else changes.
 */
export type InputNames = Readonly<Record<string, string>>;

let active: InputNames = {};
let pattern: RegExp | undefined;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Sets the table for this run: the caller's, else SIGNET_INPUT_NAMES. */
export function useInputNames(names: InputNames | undefined, env: NodeJS.ProcessEnv = process.env): void {
  let table: InputNames = names ?? {};
  if (!names && env.SIGNET_INPUT_NAMES) {
    try {
      const parsed = JSON.parse(env.SIGNET_INPUT_NAMES) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        table = Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
      }
    } catch {
      // A wrapper bug must not hide the real error: print the CLI's own words instead.
    }
  }
  active = table;
  const words = Object.keys(table).sort((a, b) => b.length - a.length);
  // Whole words only: --digest is not the start of --digest-file, COSIGN_PASSWORD not of COSIGN_PASSWORD_FILE.
  pattern = words.length ? new RegExp(`(?<![\\w-])(?:${words.map(escape).join('|')})(?![\\w-])`, 'g') : undefined;
}

/** The message in the words of the front end that ran the CLI. */
export function inInputNames(message: string): string {
  return pattern ? message.replace(pattern, (word) => active[word] ?? word) : message;
}
