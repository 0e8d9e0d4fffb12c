// Tokens are stored as SHA-256 (they are 256-bit random); secrets people choose, and the e-mail's
// short code, get salted scrypt.
import { createHash, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (
  secret: string,
  salt: Buffer,
  keyLength: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

// About 85 ms per hash on the machines this was built on; the parameters travel with each hash.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 } as const;
const MAX_MEMORY = 64 * 1024 * 1024;

/** 32 random bytes, base64url: 43 characters, matching shared TOKEN_PATTERN. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** scrypt with the parameters above, for a secret whose salt and use the caller decides (code-sealing.ts). */
export function scryptKey(secret: string, salt: string, keyLength: number): Promise<Buffer> {
  const { N, r, p } = SCRYPT;
  return scryptAsync(secret, Buffer.from(salt, 'utf8'), keyLength, { N, r, p, maxmem: MAX_MEMORY });
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url; a fresh salt every call. */
export async function hashSecret(secret: string): Promise<string> {
  const { N, r, p, keyLength } = SCRYPT;
  const salt = randomBytes(16);
  const hash = await scryptAsync(secret, salt, keyLength, { N, r, p, maxmem: MAX_MEMORY });
  return ['scrypt', N, r, p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** What a login would do; here it lets the tests prove which value was hashed. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !N || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const options = { N: Number(N), r: Number(r), p: Number(p), maxmem: MAX_MEMORY };
  const actual = await scryptAsync(secret, Buffer.from(salt, 'base64url'), expected.length, options);
  return timingSafeEqual(actual, expected);
}

/** Keyed with the raw token, which is never on disk, so a stored fingerprint cannot be guessed against offline. */
export function requestFingerprint(token: string, canonicalRequest: string): string {
  return createHmac('sha256', token).update(canonicalRequest, 'utf8').digest('hex');
}

export function sameFingerprint(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
