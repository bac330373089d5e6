// Digital signatures in a PDF (a /Sig dictionary with /ByteRange and /Contents), checked for
// integrity with pkijs: the digest of the signed bytes against the one the signer signed, and the
// signature over it against the signer's certificate. The certificate itself is not checked
// against any trust list: the result says who the certificate names, never that it is genuine.
// The file is untrusted: every number is bounded and every failure is a result, never a throw.
import { createHash, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { DigitalSignatureInput } from '../../../shared/domain/precheck/text';

/** Signatures checked at most in one file; a file with more says so through the count. */
const MAX_SIGNATURES = 20;
/** How far around /ByteRange the signature dictionary's other entries are looked for. */
const DICTIONARY_REACH = 4096;

const DIGESTS: Readonly<Record<string, string>> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '2.16.840.1.101.3.4.2.4': 'sha224',
};
const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const SIGNING_TIME = '1.2.840.113549.1.9.5';
const COMMON_NAME = '2.5.4.3';
const ORGANIZATION = '2.5.4.10';

let engineSet = false;
function useNodeCrypto(): void {
  if (engineSet) return;
  pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'] }));
  engineSet = true;
}

interface Placement {
  readonly range: readonly [number, number, number, number];
  /** The signature dictionary's text around /ByteRange (latin1), for /SubFilter, /M, /Name. */
  readonly dictionary: string;
  /** The object number of the signature dictionary, which the signed field's /V points at. */
  readonly object: number | null;
}

/** Fields whose value (/V) the file may point at; a file naming more is not read for them. */
const MAX_FIELD_VALUES = 1000;

/** A PDF literal string's text: escapes read, UTF-16 (with its byte-order mark) decoded. */
function pdfString(raw: string): string {
  const unescaped = raw.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
    /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e,
  );
  if (!unescaped.startsWith('\u00fe\u00ff')) return unescaped;
  let out = '';
  for (let i = 2; i + 1 < unescaped.length; i += 2) out += String.fromCharCode((unescaped.charCodeAt(i) << 8) | unescaped.charCodeAt(i + 1));
  return out;
}

/**
 * Which field each signature dictionary is the value of: the field's partial name (/T) by the
 * dictionary's object number, read from the objects that say `/V n 0 R` (a signature dictionary
 * names no field; the field names its signature).
 */
function fieldNames(text: string): Map<number, string> {
  const names = new Map<number, string>();
  const re = /\/V\s+(\d{1,10})\s+\d{1,5}\s+R/g;
  let seen = 0;
  for (let m = re.exec(text); m && seen < MAX_FIELD_VALUES; m = re.exec(text), seen++) {
    const from = Math.max(0, text.lastIndexOf('obj', m.index), m.index - DICTIONARY_REACH);
    const end = text.indexOf('endobj', m.index);
    const object = text.slice(from, Math.min(end === -1 ? text.length : end, m.index + DICTIONARY_REACH));
    const title = /\/T\s*\(((?:\\.|[^\\)]){0,200})\)/.exec(object);
    if (title) names.set(Number(m[1]), pdfString(title[1]!));
  }
  return names;
}

/** Every distinct /ByteRange of the file whose numbers make sense for this file's length. */
function placements(bytes: Uint8Array): Placement[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const found = new Map<string, Placement>();
  const re = /\/ByteRange\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\]/g;
  for (let m = re.exec(text); m && found.size < MAX_SIGNATURES; m = re.exec(text)) {
    const range = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] as const;
    const [a, b, c, d] = range;
    if (a + b > c || c + d > bytes.length || b === 0) continue;
    const from = Math.max(0, text.lastIndexOf('obj', m.index), m.index - DICTIONARY_REACH);
    const end = text.indexOf('endobj', m.index);
    const to = Math.min(end === -1 ? text.length : end, Math.max(m.index, c) + DICTIONARY_REACH);
    const header = /(\d{1,10})\s+\d{1,5}\s+obj\s*$/.exec(text.slice(Math.max(0, from - 24), from + 3));
    found.set(range.join(' '), { range, dictionary: text.slice(from, Math.max(from, to)), object: header ? Number(header[1]) : null });
  }
  return [...found.values()];
}

/** A signature value larger than this (hex digits) is no CMS signature a signer writes. */
const MAX_HOLE = 2 * 1024 * 1024;

/** The hex string in the hole; some signers leave its angle brackets inside the signed ranges. */
function hexBytes(hole: Uint8Array): Uint8Array | null {
  if (hole.length > MAX_HOLE) return null;
  // No regular expression over untrusted text of this size: one pass, no backtracking.
  const hex = Buffer.from(hole).toString('latin1').replace(/\s/g, '').replace(/^</, '').replace(/>$/, '');
  if (hex.length === 0 || hex.length % 2 !== 0) return null;
  for (let i = 0; i < hex.length; i++) {
    const c = hex.charCodeAt(i);
    const digit = (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
    if (!digit) return null;
  }
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

/** "D:20240301101500+01'00'", the PDF date of /M, as an ISO instant. */
function pdfDate(value: string | undefined): string | null {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([+-])(\d{2})'?(\d{2})?'?|Z)?/.exec(value ?? '');
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const offset = sign ? `${sign}${oh}:${om}` : 'Z';
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function literal(dictionary: string, key: string): string | undefined {
  return new RegExp(`/${key}\\s*\\(([^)]{0,200})\\)`).exec(dictionary)?.[1];
}

function attributeNamed(cert: pkijs.Certificate, oid: string): string | null {
  const entry = cert.subject.typesAndValues.find((t) => t.type === oid);
  const value = (entry?.value as { valueBlock?: { value?: unknown } } | undefined)?.valueBlock?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** "Jane Doe (Contoso Ltd)", from the signer certificate's subject. */
function signerName(cert: pkijs.Certificate | null): string | null {
  if (!cert) return null;
  const name = attributeNamed(cert, COMMON_NAME);
  const org = attributeNamed(cert, ORGANIZATION);
  if (name && org && org !== name) return `${name} (${org})`;
  return name ?? org;
}

function signedAttribute(signer: pkijs.SignerInfo, oid: string): asn1js.AsnType | null {
  return signer.signedAttrs?.attributes.find((a) => a.type === oid)?.values[0] ?? null;
}

function signingTime(signer: pkijs.SignerInfo): string | null {
  const value = signedAttribute(signer, SIGNING_TIME);
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) {
    const date = value.toDate();
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  return null;
}

function sameBytes(a: ArrayBuffer | Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(Buffer.from(a instanceof Uint8Array ? a : new Uint8Array(a)), Buffer.from(b)) === 0;
}

function unverifiable(range: Placement['range'], covers: boolean, subFilter: string | null, why: string, partial?: Partial<DigitalSignatureInput>): DigitalSignatureInput {
  return { integrity: 'unverifiable', signer: null, signedAt: null, coversWholeFile: covers, subFilter, reason: why, byteRange: range, ...partial };
}

async function checkOne(bytes: Uint8Array, { range, dictionary }: Placement): Promise<DigitalSignatureInput> {
  const [a, b, c, d] = range;
  const covers = a === 0 && c + d === bytes.length;
  const subFilter = /\/SubFilter\s*\/([A-Za-z0-9.#_-]{1,64})/.exec(dictionary)?.[1] ?? null;
  const claimedAt = pdfDate(literal(dictionary, 'M'));
  const der = hexBytes(bytes.subarray(a + b, c));
  if (!der) return unverifiable(range, covers, subFilter, 'the signature value is not where /ByteRange says', { signedAt: claimedAt });
  if (subFilter === 'adbe.x509.rsa_sha1') {
    return unverifiable(range, covers, subFilter, 'this older signature format (adbe.x509.rsa_sha1) is not checked', { signedAt: claimedAt, signer: literal(dictionary, 'Name') ?? null });
  }
  const signed = Buffer.concat([bytes.subarray(a, a + b), bytes.subarray(c, c + d)]);

  let data: pkijs.SignedData;
  let signerInfo: pkijs.SignerInfo;
  try {
    const asn = asn1js.fromBER(der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength) as ArrayBuffer);
    if (asn.offset === -1) throw new Error('not DER');
    const info = new pkijs.ContentInfo({ schema: asn.result });
    data = new pkijs.SignedData({ schema: info.content });
    const first = data.signerInfos[0];
    if (!first) throw new Error('no signer');
    signerInfo = first;
  } catch {
    return unverifiable(range, covers, subFilter, 'the signature value is not a CMS signature that can be read', { signedAt: claimedAt });
  }
  const cert = (data.certificates ?? []).find(
    (c): c is pkijs.Certificate =>
      c instanceof pkijs.Certificate &&
      signerInfo.sid instanceof pkijs.IssuerAndSerialNumber &&
      c.issuer.isEqual(signerInfo.sid.issuer) &&
      c.serialNumber.isEqual(signerInfo.sid.serialNumber),
  ) ?? (data.certificates?.find((c): c is pkijs.Certificate => c instanceof pkijs.Certificate) ?? null);
  const who = { signer: signerName(cert), signedAt: signingTime(signerInfo) ?? claimedAt };
  const algorithm = DIGESTS[signerInfo.digestAlgorithm.algorithmId];
  if (!algorithm) return unverifiable(range, covers, subFilter, `the digest algorithm ${signerInfo.digestAlgorithm.algorithmId} is not supported`, who);

  // What the signer vouched for: the digest of the signed bytes, in the signed attributes
  // (or, for adbe.pkcs7.sha1, the SHA-1 of the bytes as the signed content itself).
  const embedded = data.encapContentInfo.eContent?.valueBlock.valueHexView;
  const sha1Content = subFilter === 'adbe.pkcs7.sha1' && embedded && embedded.byteLength > 0;
  const digestSigned = sha1Content ? embedded : (signedAttribute(signerInfo, MESSAGE_DIGEST) as asn1js.OctetString | null)?.valueBlock.valueHexView;
  const digestNow = createHash(sha1Content ? 'sha1' : algorithm).update(signed).digest();
  if (!digestSigned) return unverifiable(range, covers, subFilter, 'the signature does not say what digest it signed', who);
  if (!sameBytes(digestSigned, digestNow)) return { ...who, integrity: 'altered', coversWholeFile: covers, subFilter, reason: null, byteRange: range };

  try {
    useNodeCrypto();
    const result = await data.verify({ signer: 0, checkChain: false, extendedMode: true, ...(sha1Content ? {} : { data: signed.buffer.slice(signed.byteOffset, signed.byteOffset + signed.byteLength) as ArrayBuffer }) });
    if (!result.signatureVerified) return { ...who, integrity: 'signature-invalid', coversWholeFile: covers, subFilter, reason: null, byteRange: range };
  } catch (err) {
    const verdict = err as { signatureVerified?: boolean | null; message?: string };
    if (verdict.signatureVerified === false) return { ...who, integrity: 'signature-invalid', coversWholeFile: covers, subFilter, reason: null, byteRange: range };
    return unverifiable(range, covers, subFilter, `the signature could not be checked (${verdict.message ?? String(err)})`, who);
  }
  return { ...who, integrity: covers ? 'intact' : 'later-changes', coversWholeFile: covers, subFilter, reason: null, byteRange: range };
}

/** Each digital signature of a PDF, checked, with the field it is the value of; an empty list when the file has none. */
export async function checkDigitalSignatures(bytes: Uint8Array): Promise<DigitalSignatureInput[]> {
  const found = placements(bytes);
  if (found.length === 0) return [];
  const names = fieldNames(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
  const out: DigitalSignatureInput[] = [];
  for (const placement of found) {
    const field = placement.object === null ? null : (names.get(placement.object) ?? null);
    out.push({ ...(await checkOne(bytes, placement)), field });
  }
  return out;
}
