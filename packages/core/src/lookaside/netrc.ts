/**
 * Credentials for lookaside web servers: SIGNET_LOOKASIDE_USERNAME/PASSWORD, else ~/.netrc
 * (or $NETRC), the file curl and wget already use for the same servers.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface BasicCredential {
  username: string;
  password: string;
}

/** netrc tokens: `machine H login U password P`, `default`, and `macdef` bodies skipped. */
export function parseNetrc(text: string, host: string): BasicCredential | undefined {
  const tokens: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const words = (lines[i] ?? '').trim().split(/\s+/).filter(Boolean);
    if (words[0] === 'macdef') {
      // A macro body runs until an empty line.
      while (i + 1 < lines.length && (lines[i + 1] ?? '').trim() !== '') i++;
      continue;
    }
    tokens.push(...words);
  }
  interface Entry {
    machine: string | undefined;
    login?: string | undefined;
    password?: string | undefined;
  }
  const entries: Entry[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const entry = entries[entries.length - 1];
    if (t === 'machine') entries.push({ machine: tokens[++i] ?? '' });
    else if (t === 'default') entries.push({ machine: undefined });
    else if (t === 'login' && entry) entry.login = tokens[++i];
    else if (t === 'password' && entry) entry.password = tokens[++i];
    else if (t === 'account' && entry) i++;
  }
  const usable = (e: Entry | undefined): BasicCredential | undefined =>
    e?.login !== undefined && e.password !== undefined ? { username: e.login, password: e.password } : undefined;
  return usable(entries.find((e) => e.machine === host)) ?? usable(entries.find((e) => e.machine === undefined));
}

export function lookasideCredential(url: URL, env: NodeJS.ProcessEnv = process.env): BasicCredential | undefined {
  const username = env.SIGNET_LOOKASIDE_USERNAME;
  const password = env.SIGNET_LOOKASIDE_PASSWORD;
  if (username && password !== undefined) return { username, password };
  const path = env.NETRC || join(env.HOME || homedir(), '.netrc');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  // curl matches netrc machines by host name without the port.
  return parseNetrc(text, url.hostname);
}
