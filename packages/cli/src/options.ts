/** Option parsers shared by commands, matching cosign's (pflag) spellings. */
import { InvalidArgumentError } from 'commander';

/** pflag booleans: `--upload`, `--upload=false`, `--upload=true`. */
export function parseBool(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new InvalidArgumentError(`expected true or false, got "${value}"`);
}

export function collectKeyValue(value: string, previous: Record<string, string>): Record<string, string> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new InvalidArgumentError(`annotation "${value}" must be key=value`);
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
