import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { inShortCommonList, isGuessablePassword, passwordProblems as corePasswordProblems } from '@bachata/core';

const pbkdf2Async = promisify(pbkdf2);
const SALT_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Django's format, so the old app can still verify what we write: pbkdf2_sha256$<iter>$<salt>$<b64>. */
export async function hashPassword(password: string, iterations: number): Promise<string> {
  const bytes = randomBytes(22);
  let salt = '';
  for (const b of bytes) salt += SALT_CHARS[b % SALT_CHARS.length];
  const hash = await pbkdf2Async(password, salt, iterations, 32, 'sha256');
  return `pbkdf2_sha256$${iterations}$${salt}$${hash.toString('base64')}`;
}

export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parts = encoded.split('$');
  if (parts.length !== 4 || parts[0] !== 'pbkdf2_sha256') return false;
  const iterations = Number(parts[1]);
  if (!Number.isInteger(iterations) || iterations < 1) return false;
  const expected = Buffer.from(parts[3], 'base64');
  const actual = await pbkdf2Async(password, parts[2], iterations, expected.length || 32, 'sha256');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

const dummyHashes = new Map<number, Promise<string>>();
/** A hash of a random secret with the configured iterations: unknown accounts are verified against it. */
export function dummyPasswordHash(iterations: number): Promise<string> {
  let hash = dummyHashes.get(iterations);
  if (!hash) {
    hash = hashPassword(randomBytes(24).toString('base64url'), iterations);
    dummyHashes.set(iterations, hash);
  }
  return hash;
}

/**
 * The server's password rules: core's shared rules with the common-password check done by zxcvbn over
 * its common-password and word lists (the PWA bundles only a short list).
 */
export function passwordProblems(password: string, attrs: { username?: string; email?: string; displayName?: string }): string[] {
  // The short list stays too: it holds this app's own words ("bachata123") that zxcvbn rates higher.
  return corePasswordProblems(password, attrs, (pw, inputs) => inShortCommonList(pw, inputs) || isGuessablePassword(pw, inputs));
}
