import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createProgress, writeAboveProgress } from '../progress.ts';

/** A terminal as far as the progress line can tell, recording what reaches it. */
function terminal(): NodeJS.WriteStream & { text: () => string } {
  let out = '';
  return {
    isTTY: true,
    columns: 120,
    write(chunk: string) {
      out += chunk;
      return true;
    },
    text: () => out,
  } as unknown as NodeJS.WriteStream & { text: () => string };
}

/** What the screen shows: carriage return and erase-line applied, as a terminal does. */
function screen(raw: string): string[] {
  const lines: string[] = [''];
  for (const part of raw.split(/(\r\x1b\[K|\n)/)) {
    if (part === '\r\x1b[K') lines[lines.length - 1] = '';
    else if (part === '\n') lines.push('');
    else lines[lines.length - 1] += part;
  }
  return lines;
}

test('on a terminal, a warning written during a batch stays on screen above the redrawn line', () => {
  const ci = process.env.CI;
  delete process.env.CI;
  try {
    const stream = terminal();
    const progress = createProgress(stream);
    progress.item(1, 3, 'Signed a');
    writeAboveProgress('warning: something to read\n', stream);
    progress.item(2, 3, 'FAILED b: registry said no');
    progress.item(3, 3, 'Signed c');
    progress.finish();
    const shown = screen(stream.text());
    assert.ok(shown.includes('warning: something to read'), shown.join('\n'));
    assert.ok(shown.includes('FAILED b: registry said no'), 'a failure is kept, not overwritten by the next image');
    assert.match(shown.at(-2) ?? '', /3\/3 Signed c/);
  } finally {
    if (ci !== undefined) process.env.CI = ci;
  }
});

test('in CI logs (no terminal) lines are plain [n/total] lines', () => {
  let out = '';
  const stream = { isTTY: false, write: (c: string) => ((out += c), true) } as unknown as NodeJS.WriteStream;
  const progress = createProgress(stream);
  progress.item(1, 2, 'verified a');
  writeAboveProgress('warning: w\n', stream);
  progress.item(2, 2, 'verified b');
  progress.finish();
  assert.equal(out, '[1/2] verified a\nwarning: w\n[2/2] verified b\n');
});
