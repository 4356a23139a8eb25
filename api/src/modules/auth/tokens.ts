import jwt from 'jsonwebtoken';
import { createHash, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';

/** The only algorithm we sign with and the only one we accept (no `alg: none`, no RS/HS confusion). */
const ALGORITHM = 'HS256' as const;

export interface AccessClaims {
  sub: string;
  username: string;
  typ: 'access';
  /** the refresh-token family (login session) the token belongs to: revoking the family ends it */
  sid: string;
  exp: number;
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

export function signAccessToken(userId: number, username: string, sessionId: string, secret: string, ttlSeconds: number): string {
  return jwt.sign({ username, typ: 'access', sid: sessionId }, keyFor(secret), { algorithm: ALGORITHM, expiresIn: ttlSeconds, subject: String(userId), issuer: 'bachata-buddy' });
}

export type AccessTokenCheck =
  | { ok: true; userId: number; username: string; sessionId: string; expiresAt: number }
  | { ok: false; reason: 'expired' | 'invalid' };

type Verified = Extract<AccessTokenCheck, { ok: true }>;

/**
 * Tokens whose signature and claims were already checked, per secret (insertion order; the oldest go
 * first past MAX_VERIFIED). A token's signature and claims never change, so only its expiry is
 * checked again, exactly as jsonwebtoken does (expired once the current second reaches `exp`). Only
 * valid tokens are remembered: a stream of forged ones costs an HMAC each, not memory. This is the
 * token alone; whether its account and session still live is SessionGuard's check, on every request.
 */
const verified = new Map<string, Map<string, Verified>>();
const MAX_VERIFIED = 10_000;

export function verifyAccessToken(token: string, secret: string): AccessTokenCheck {
  let known = verified.get(secret);
  if (!known) verified.set(secret, (known = new Map()));
  const hit = known.get(token);
  if (hit) {
    if (Math.floor(Date.now() / 1000) < hit.expiresAt / 1000) return hit;
    known.delete(token);
    return { ok: false, reason: 'expired' };
  }
  const check = verifyUncached(token, secret);
  if (check.ok) {
    if (known.size >= MAX_VERIFIED) known.delete(known.keys().next().value!);
    known.set(token, Object.freeze(check));
  }
  return check;
}

function verifyUncached(token: string, secret: string): AccessTokenCheck {
  try {
    const claims = jwt.verify(token, keyFor(secret), { algorithms: [ALGORITHM], issuer: 'bachata-buddy' }) as jwt.JwtPayload;
    // jsonwebtoken accepts a token without `exp` forever; ours always carry one, and a session id.
    if (claims.typ !== 'access' || !claims.sub || !/^\d+$/.test(claims.sub) || typeof claims.exp !== 'number' || typeof claims.sid !== 'string' || !claims.sid) {
      return { ok: false, reason: 'invalid' };
    }
    return { ok: true, userId: Number(claims.sub), username: String(claims.username), sessionId: claims.sid, expiresAt: claims.exp * 1000 };
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
