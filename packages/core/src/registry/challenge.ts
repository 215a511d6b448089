/** WWW-Authenticate parsing (RFC 7235 auth-params, quoted strings with escapes and commas). */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

export function parseWwwAuthenticate(header: string): Challenge | undefined {
  const m = /^\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const scheme = (m[1] ?? '').toLowerCase();
  const params: Record<string, string> = {};
  const re = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/gy;
  const rest = m[2] ?? '';
  let match: RegExpExecArray | null;
  while ((match = re.exec(rest)) !== null && match[0] !== '') {
    const value = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : (match[3] ?? '');
    params[(match[1] ?? '').toLowerCase()] = value;
  }
  return { scheme, params };
}
