/** PEM framing (RFC 7468) shared by key and certificate loading. */
export interface PemBlock {
  type: string;
  der: Buffer;
}

const BLOCK_RE = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;

export function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const match of text.matchAll(BLOCK_RE)) {
    const body = (match[2] ?? '').replace(/^[A-Za-z-]+:.*$/gm, '').replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) continue;
    blocks.push({ type: match[1] ?? '', der: Buffer.from(body, 'base64') });
  }
  return blocks;
}

/** Go's pem.Encode: 64-character lines. */
export function encodePem(type: string, der: Uint8Array): string {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}
