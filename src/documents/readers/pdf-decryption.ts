import { createCipheriv, createDecipheriv, createHash } from "node:crypto";
import { pdfStringAt, topLevel } from "./pdf-syntax.js";

/** Decrypts the data of the stream of object `number` `generation`. */
export type StreamDecryption = (number: number, generation: number, data: Uint8Array) => Uint8Array;

/** The 32 bytes every password is padded with (PDF 1.7, 7.6.3.3, Algorithm 2). */
const passwordPadding = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");

/**
 * How pdf.js decrypts the streams of a file encrypted by the Standard security handler that opens
 * with no password (the common "restricted" PDF): RC4 40–128 bits, AES-128 (AESV2) or AES-256
 * (AESV3, revisions 5 and 6). Undefined for other handlers, or when streams are not encrypted
 * (/StmF /Identity). A file that needs a password decrypts to noise here, and pdf.js refuses it.
 */
export function emptyPasswordDecryption(dictionary: string, firstId: Uint8Array): StreamDecryption | undefined {
  // The crypt filters (/CF) have a /Length of their own: entries are read at the top level.
  const encrypt = topLevel(dictionary);
  if (!/\/Filter\s*\/Standard\b/.test(encrypt)) return undefined;
  const version = integerEntry(encrypt, "V") ?? 0;
  const revision = integerEntry(encrypt, "R") ?? 0;
  const streamFilter = /\/StmF\s*\/(\w+)/.exec(encrypt)?.[1];
  if (version >= 4 && (streamFilter === undefined || streamFilter === "Identity")) return undefined;
  const method = version >= 4 ? /\/CFM\s*\/(\w+)/.exec(dictionary)?.[1] : "V2";
  const owner = stringEntry(encrypt, "O");
  const user = stringEntry(encrypt, "U");
  if (owner === undefined || user === undefined) return undefined;
  if (method === "AESV3" || revision >= 5) {
    const userEncrypted = stringEntry(encrypt, "UE");
    if (userEncrypted === undefined || userEncrypted.length < 32 || user.length < 48) return undefined;
    const keySalt = user.subarray(40, 48);
    const intermediate = revision >= 6 ? hardenedHash(Buffer.alloc(0), keySalt, Buffer.alloc(0)) : sha("sha256", keySalt);
    const fileKey = aes("aes-256-cbc", intermediate, Buffer.alloc(16), userEncrypted.subarray(0, 32), false);
    return (_number, _generation, data) => decryptAes("aes-256-cbc", fileKey, data);
  }
  const keyLength = revision === 2 ? 5 : Math.floor((integerEntry(encrypt, "Length") ?? 40) / 8);
  const permissions = Buffer.alloc(4);
  // Some writers give /P unsigned: only its 32 bits count.
  permissions.writeInt32LE((integerEntry(encrypt, "P") ?? 0) | 0);
  const metadataClear = revision >= 4 && /\/EncryptMetadata\s+false/.test(encrypt) ? Buffer.from([0xff, 0xff, 0xff, 0xff]) : Buffer.alloc(0);
  let key = md5(passwordPadding, owner.subarray(0, 32), permissions, firstId, metadataClear).subarray(0, keyLength);
  if (revision >= 3) for (let i = 0; i < 50; i++) key = md5(key).subarray(0, keyLength);
  const fileKey = key;
  const isAes = method === "AESV2";
  // AES-128 needs a 16-byte object key, which a file key under 11 bytes cannot give.
  if (isAes && keyLength < 11) return undefined;
  return (number, generation, data) => {
    const objectBytes = Buffer.from([number & 0xff, (number >> 8) & 0xff, (number >> 16) & 0xff, generation & 0xff, (generation >> 8) & 0xff]);
    const objectKey = md5(fileKey, objectBytes, isAes ? Buffer.from("sAlT") : Buffer.alloc(0)).subarray(0, Math.min(keyLength + 5, 16));
    return isAes ? decryptAes("aes-128-cbc", objectKey, data) : rc4(objectKey, data);
  };
}

const hardenedHashes = ["sha256", "sha384", "sha512"];

/** Revision 6's password hash (ISO 32000-2, Algorithm 2.B), as pdf.js computes it. */
function hardenedHash(password: Buffer, salt: Buffer, userKey: Buffer): Buffer {
  let k: Buffer = sha("sha256", password, salt, userKey);
  let e: Buffer = Buffer.alloc(1);
  for (let round = 0; round < 64 || (e.at(-1) as number) > round - 32; round++) {
    const block = Buffer.concat([password, k, userKey]);
    e = aes("aes-128-cbc", k.subarray(0, 16), k.subarray(16, 32), Buffer.concat(Array.from({ length: 64 }, () => block)), true);
    const remainder = e.subarray(0, 16).reduce((sum, byte) => sum + byte, 0) % 3;
    k = sha(hardenedHashes[remainder] as string, e);
  }
  return k.subarray(0, 32);
}

function md5(...parts: Uint8Array[]): Buffer {
  const hash = createHash("md5");
  for (const part of parts) hash.update(part);
  return hash.digest();
}

function sha(algorithm: string, ...parts: Uint8Array[]): Buffer {
  const hash = createHash(algorithm);
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/** AES-CBC without padding, either way. */
function aes(algorithm: string, key: Uint8Array, iv: Uint8Array, data: Uint8Array, encrypt: boolean): Buffer {
  const cipher = encrypt ? createCipheriv(algorithm, key, iv) : createDecipheriv(algorithm, key, iv);
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/** A stream encrypted with AES: its first 16 bytes are the IV, and PKCS#7 padding ends it. */
function decryptAes(algorithm: string, key: Uint8Array, data: Uint8Array): Uint8Array {
  if (data.length < 32 || data.length % 16 !== 0) return new Uint8Array(0);
  const plain = aes(algorithm, key, data.subarray(0, 16), data.subarray(16), false);
  const padding = plain.at(-1) as number;
  return padding >= 1 && padding <= 16 ? plain.subarray(0, plain.length - padding) : plain;
}

/** RC4: Node's OpenSSL no longer offers it by default, and it is a few lines. */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const state = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (state[i] as number) + (key[i % key.length] as number)) & 0xff;
    [state[i], state[j]] = [state[j] as number, state[i] as number];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + (state[i] as number)) & 0xff;
    [state[i], state[j]] = [state[j] as number, state[i] as number];
    out[n] = (data[n] as number) ^ (state[((state[i] as number) + (state[j] as number)) & 0xff] as number);
  }
  return out;
}

function integerEntry(dictionary: string, key: string): number | undefined {
  const value = new RegExp(`/${key}\\s+(-?\\d+)`).exec(dictionary)?.[1];
  return value === undefined ? undefined : Number(value);
}

/** A string entry, hex ("<0a1b>") or literal ("(…)", with its escapes), as bytes. */
function stringEntry(dictionary: string, key: string): Buffer | undefined {
  const at = new RegExp(`/${key}\\s*(?=[<(])`).exec(dictionary);
  return at ? pdfStringAt(dictionary, at.index + at[0].length) : undefined;
}
