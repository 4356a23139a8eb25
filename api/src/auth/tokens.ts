import jwt from 'jsonwebtoken';
import { createHash, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';

/** The only algorithm we sign with and the only one we accept (no `alg: none`, no RS/HS confusion). */
const ALGORITHM = 'HS256' as const;

export interface AccessClaims {
  sub: string;
  username: string;
  typ: 'access';
}

// jsonwebtoken turns a string secret into a KeyObject on every call; doing it once per secret
// keeps token checks off the hot path of every request.
const keys = new Map<string, KeyObject>();
function keyFor(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}

export function signAccessToken(userId: number, username: string, secret: string, ttlSeconds: number): string {
  return jwt.sign({ username, typ: 'access' }, keyFor(secret), { algorithm: ALGORITHM, expiresIn: ttlSeconds, subject: String(userId), issuer: 'bachata-buddy' });
}

export type AccessTokenCheck = { ok: true; userId: number; username: string } | { ok: false; reason: 'expired' | 'invalid' };

export function verifyAccessToken(token: string, secret: string): AccessTokenCheck {
  try {
    const claims = jwt.verify(token, keyFor(secret), { algorithms: [ALGORITHM], issuer: 'bachata-buddy' }) as jwt.JwtPayload;
    if (claims.typ !== 'access' || !claims.sub) return { ok: false, reason: 'invalid' };
    return { ok: true, userId: Number(claims.sub), username: String(claims.username) };
  } catch (e) {
    return { ok: false, reason: e instanceof jwt.TokenExpiredError ? 'expired' : 'invalid' };
  }
}

export function newRefreshTokenValue(): string {
  return randomBytes(32).toString('base64url');
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  return m ? m[1].trim() : null;
}
