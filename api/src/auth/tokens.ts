import jwt from 'jsonwebtoken';
import { createHash, randomBytes } from 'node:crypto';

/** The only algorithm we sign with and the only one we accept (no `alg: none`, no RS/HS confusion). */
const ALGORITHM = 'HS256' as const;

export interface AccessClaims {
  sub: string;
  username: string;
  typ: 'access';
}

export function signAccessToken(userId: number, username: string, secret: string, ttlSeconds: number): string {
  return jwt.sign({ username, typ: 'access' }, secret, { algorithm: ALGORITHM, expiresIn: ttlSeconds, subject: String(userId), issuer: 'bachata-buddy' });
}

export type AccessTokenCheck = { ok: true; userId: number; username: string } | { ok: false; reason: 'expired' | 'invalid' };

export function verifyAccessToken(token: string, secret: string): AccessTokenCheck {
  try {
    const claims = jwt.verify(token, secret, { algorithms: [ALGORITHM], issuer: 'bachata-buddy' }) as jwt.JwtPayload;
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
