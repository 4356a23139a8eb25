import { BigIntType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** One refresh token; rotated on every use. Reusing a used token revokes its whole family. */
@Entity({ tableName: 'refresh_tokens' })
export class RefreshToken {
  [OptionalProps]?: 'id' | 'createdAt';
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @Property({ type: new BigIntType('number'), fieldName: 'user_id' })
  userId!: number;
  @Property({ type: 'uuid', fieldName: 'family_id' })
  familyId!: string;
  /** sha256 of the token: a database leak does not leak usable tokens */
  @Property({ type: 'string', length: 64, fieldName: 'token_hash', unique: true })
  tokenHash!: string;
  @Property({ type: 'datetime', fieldName: 'created_at' })
  createdAt: Date = new Date();
  @Property({ type: 'datetime', fieldName: 'expires_at' })
  expiresAt!: Date;
  @Property({ type: 'datetime', fieldName: 'used_at', nullable: true })
  usedAt?: Date | null;
  @Property({ type: 'datetime', fieldName: 'revoked_at', nullable: true })
  revokedAt?: Date | null;
}

@Entity({ tableName: 'login_attempts' })
export class LoginAttempt {
  [OptionalProps]?: 'createdAt';
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;
  @Property({ type: 'string', length: 254 })
  identifier!: string;
  @Property({ type: 'string', length: 64 })
  address!: string;
  @Property({ type: 'boolean' })
  succeeded!: boolean;
  @Property({ type: 'datetime', fieldName: 'created_at' })
  createdAt: Date = new Date();
}
