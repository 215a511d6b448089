/**
 * Just enough of the Kubernetes protobuf encoding to read a Secret a client sends: client-go
 * (and so cosign) POSTs built-in types as `application/vnd.kubernetes.protobuf`, which a real
 * API server accepts. Layout: magic "k8s\0", then runtime.Unknown {1 typeMeta, 2 raw}, raw being
 * v1.Secret {1 metadata {1 name, 3 namespace}, 2 data map<string,bytes>, 3 type, 4 stringData,
 * 5 immutable}.
 */
type Field = { no: number; wire: number; value: bigint | Buffer };

function fields(buf: Buffer): Field[] {
  const out: Field[] = [];
  let pos = 0;
  const varint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const b = buf[pos++];
      if (b === undefined) throw new Error('truncated protobuf');
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result;
      shift += 7n;
    }
  };
  while (pos < buf.length) {
    const key = Number(varint());
    const no = key >> 3;
    const wire = key & 7;
    if (wire === 0) out.push({ no, wire, value: varint() });
    else if (wire === 2) {
      const len = Number(varint());
      out.push({ no, wire, value: buf.subarray(pos, pos + len) });
      pos += len;
    } else if (wire === 1) pos += 8;
    else if (wire === 5) pos += 4;
    else throw new Error(`unsupported wire type ${wire}`);
  }
  return out;
}

const bytesOf = (f: Field): Buffer => (Buffer.isBuffer(f.value) ? f.value : Buffer.alloc(0));

export interface DecodedSecret {
  metadata: { name?: string; namespace?: string };
  data: Record<string, string>;
  type?: string;
  immutable?: boolean;
}

export const PROTOBUF_MAGIC = Buffer.from('k8s\0', 'latin1');

/** Decodes a protobuf Secret into its JSON shape (data values base64, as in JSON). */
export function decodeSecret(body: Buffer): DecodedSecret {
  if (!body.subarray(0, 4).equals(PROTOBUF_MAGIC)) throw new Error('not a kubernetes protobuf body');
  const raw = fields(body.subarray(4)).find((f) => f.no === 2);
  if (!raw) throw new Error('protobuf Unknown without raw');
  const secret: DecodedSecret = { metadata: {}, data: {} };
  for (const f of fields(bytesOf(raw))) {
    if (f.no === 1) {
      for (const m of fields(bytesOf(f))) {
        if (m.no === 1) secret.metadata.name = bytesOf(m).toString('utf8');
        if (m.no === 3) secret.metadata.namespace = bytesOf(m).toString('utf8');
      }
    } else if (f.no === 2 || f.no === 4) {
      const entry = fields(bytesOf(f));
      const k = entry.find((e) => e.no === 1);
      const v = entry.find((e) => e.no === 2);
      if (k) secret.data[bytesOf(k).toString('utf8')] = (v ? bytesOf(v) : Buffer.alloc(0)).toString('base64');
    } else if (f.no === 3) secret.type = bytesOf(f).toString('utf8');
    else if (f.no === 5) secret.immutable = f.value === 1n;
  }
  return secret;
}
