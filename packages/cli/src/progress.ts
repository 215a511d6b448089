/**
 * Progress for long runs: one redrawn status line on a terminal, plain "[n/total]" lines in CI
 * logs (which do not render carriage returns), nothing for a single image.
 */
export interface Progress {
  item(done: number, total: number, line: string): void;
  finish(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY) && !process.env.CI;
  let drawn = false;
  return {
    item(done, total, line) {
      if (total <= 1) {
        stream.write(`${line}\n`);
        return;
      }
      if (!tty) {
        stream.write(`[${done}/${total}] ${line}\n`);
        return;
      }
      const width = 30;
      const filled = Math.round((done / total) * width);
      const bar = `${'='.repeat(filled)}${filled < width ? '>' : ''}${' '.repeat(Math.max(0, width - filled - 1))}`;
      stream.write(`\r\x1b[K[${bar}] ${done}/${total} ${line.slice(0, Math.max(0, (stream.columns ?? 100) - width - 20))}`);
      drawn = true;
    },
    /** Ends the redrawn line; idempotent. */
    finish() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
