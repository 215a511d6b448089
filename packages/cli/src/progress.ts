/**
 * Progress for long runs: one redrawn status line on a terminal, plain "[n/total]" lines in CI
 * logs (which do not render carriage returns), nothing for a single image.
 *
 * On a terminal the status line is cleared before anything else reaches stderr (warnings,
 * failures) and drawn again after it, so no message is overwritten by the next redraw.
 */
import { isQuiet } from './verbosity.ts';

export interface Progress {
  item(done: number, total: number, line: string): void;
  finish(): void;
}

/** Lines that must stay in the scrollback rather than in the redrawn status line. */
const KEPT = /^(FAILED|ERROR|NOT VERIFIED)\b/;

let status: { stream: NodeJS.WriteStream; line: string } | undefined;

/** Writes text (ending in a newline) to stderr above the status line, if one is drawn. */
export function writeAboveProgress(text: string, stream: NodeJS.WriteStream = process.stderr): void {
  if (status && status.stream === stream) {
    stream.write(`\r\x1b[K${text}${status.line}`);
    return;
  }
  stream.write(text);
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY) && !process.env.CI;
  return {
    item(done, total, line) {
      // --quiet keeps what went wrong and drops the rest.
      if (isQuiet() && !KEPT.test(line)) return;
      if (total <= 1) {
        writeAboveProgress(`${line}\n`, stream);
        return;
      }
      if (!tty) {
        stream.write(`[${done}/${total}] ${line}\n`);
        return;
      }
      const width = 30;
      const filled = Math.round((done / total) * width);
      const bar = `${'='.repeat(filled)}${filled < width ? '>' : ''}${' '.repeat(Math.max(0, width - filled - 1))}`;
      const room = Math.max(0, (stream.columns ?? 100) - width - 20);
      const kept = KEPT.test(line);
      const shown = kept ? `${done}/${total}` : (line.split('\n')[0] ?? '').slice(0, room);
      const drawn = `[${bar}] ${done}/${total} ${kept ? '' : shown}`.trimEnd();
      stream.write(`\r\x1b[K${kept ? `${line}\n` : ''}${drawn}`);
      status = { stream, line: drawn };
    },
    /** Ends the redrawn line; idempotent. */
    finish() {
      if (status?.stream === stream) {
        stream.write('\n');
        status = undefined;
      }
    },
  };
}
