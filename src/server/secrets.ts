import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Workshop ids, facilitator keys and team tokens. Keys and tokens are random, handed out once and
 * kept on disk only as SHA-256 hashes, so the data folder does not hold the secrets it checks.
 */
export const newId = (): string => randomBytes(9).toString('base64url');
export const newSecret = (): string => randomBytes(24).toString('base64url');
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

/** Compares a secret with a stored hash in constant time. */
export function matchesHash(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
