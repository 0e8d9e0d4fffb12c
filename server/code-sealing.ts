// The short code is 40 bits: too few for a fast hash. Stored as the check half of a salted scrypt of
// the code; the other half is the AES-256-GCM key that seals the link's token, so the exchange can
// give the token back while the state file holds neither the code nor the token.
import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual } from 'node:crypto';
import { scryptKey } from './hashing.ts';

export interface SealedCode {
  /** The first half of scrypt(code, salt), base64url: what the exchange compares. */
  readonly codeCheck: string;
  /** `iv.ciphertext.tag` in base64url: the token under the second half of scrypt(code, salt). */
  readonly sealedToken: string;
}

export interface CodeKey {
  readonly check: Buffer;
  readonly key: Buffer;
}

/**
 * The salt of every code of one IC number: the server's own random salt and the IC number. One
 * derivation per exchange then checks all the links of that IC number, whether or not it is registered.
 */
export function codeSalt(serverSalt: string, icNumber: string): string {
  return `${serverSalt}:${icNumber}`;
}

export async function codeKey(code: string, salt: string): Promise<CodeKey> {
  const derived = await scryptKey(code, salt, 64);
  return { check: derived.subarray(0, 32), key: derived.subarray(32) };
}

export async function sealToken(token: string, code: string, salt: string): Promise<SealedCode> {
  const { check, key } = await codeKey(code, salt);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return {
    codeCheck: check.toString('base64url'),
    sealedToken: [iv, sealed, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.'),
  };
}

export function sameCheck(stored: string, check: Buffer): boolean {
  const expected = Buffer.from(stored, 'base64url');
  return expected.length === check.length && timingSafeEqual(expected, check);
}

/** The token, or null if `sealed` is damaged or was not sealed with this key. */
export function openSealedToken(sealed: string, key: Buffer): string | null {
  const [iv, data, tag] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !data || !tag) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
