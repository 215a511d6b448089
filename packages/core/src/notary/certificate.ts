/**
 * The root key's certificate as notary makes it (cryptoservice.GenerateCertificate):
 * self-signed, Subject = Issuer = CN=<GUN>, keyUsage digitalSignature+keyEncipherment and
 * basicConstraints CA:FALSE (both critical), extKeyUsage codeSigning, ecdsa-with-SHA256.
 * The notary server refuses a bare root key, and verifiers check the CN against the GUN.
 * Signed through the Signer interface, so the root key may live in any key source.
 */
import { randomBytes, X509Certificate } from 'node:crypto';
import { usageError } from '../errors.ts';
import type { Signer } from '../signers/signer.ts';

const ECDSA_SHA256 = '1.2.840.10045.4.3.2';
const CN = '2.5.4.3';
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;

export async function selfSignedRootCertificate(signer: Signer, gun: string, notBefore: Date, notAfter: Date): Promise<string> {
  const publicKey = await signer.publicKey();
  if (publicKey.asymmetricKeyType !== 'ec' || publicKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw usageError(`${signer.description}: a Notary root key here must be ECDSA P-256`, 'generate one with `signet generate-key-pair`');
  }
  const [{ AsnConvert, OctetString }, x509] = await Promise.all([import('@peculiar/asn1-schema'), import('@peculiar/asn1-x509')]);
  const name = new x509.Name([
    new x509.RelativeDistinguishedName([
      new x509.AttributeTypeAndValue({ type: CN, value: new x509.AttributeValue(PRINTABLE.test(gun) ? { printableString: gun } : { utf8String: gun }) }),
    ]),
  ]);
  const algorithm = new x509.AlgorithmIdentifier({ algorithm: ECDSA_SHA256 });
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f; // a positive INTEGER
  const extension = (extnID: string, critical: boolean, value: unknown) => new x509.Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });
  const tbs = new x509.TBSCertificate({
    version: x509.Version.v3,
    serialNumber: serial.buffer.slice(serial.byteOffset, serial.byteOffset + serial.byteLength),
    signature: algorithm,
    issuer: name,
    validity: new x509.Validity({ notBefore, notAfter }),
    subject: name,
    subjectPublicKeyInfo: AsnConvert.parse(publicKey.export({ format: 'der', type: 'spki' }), x509.SubjectPublicKeyInfo),
    extensions: new x509.Extensions([
      extension(x509.id_ce_keyUsage, true, new x509.KeyUsage(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment)),
      extension(x509.id_ce_extKeyUsage, false, new x509.ExtendedKeyUsage([x509.id_kp_codeSigning])),
      extension(x509.id_ce_basicConstraints, true, new x509.BasicConstraints({ cA: false })),
    ]),
  });
  const tbsDer = Buffer.from(AsnConvert.serialize(tbs));
  const signature = Buffer.from(await signer.sign(tbsDer));
  const cert = new x509.Certificate({ tbsCertificate: tbs, signatureAlgorithm: algorithm, signatureValue: signature.buffer.slice(signature.byteOffset, signature.byteOffset + signature.byteLength) });
  const pem = new X509Certificate(Buffer.from(AsnConvert.serialize(cert))).toString();
  return pem.endsWith('\n') ? pem : `${pem}\n`;
}
