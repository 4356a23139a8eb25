import { BigIntType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export interface UserPreferences {
  autoSaveChoreographies?: boolean;
  defaultDifficulty?: string;
  emailNotifications?: boolean;
  [key: string]: unknown;
}

/** The old app's custom Django user (table `users`). */
@Entity({ tableName: 'users' })
export class User {
  [OptionalProps]?: 'isSuperuser' | 'firstName' | 'lastName' | 'isStaff' | 'isActive' | 'dateJoined' | 'isInstructor' | 'preferences' | 'displayName';

  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  /** Django format: pbkdf2_sha256$<iterations>$<salt>$<base64 hash> */
  @Property({ type: 'string', length: 128, hidden: true })
  password!: string;

  @Property({ type: 'datetime', nullable: true, fieldName: 'last_login' })
  lastLogin?: Date | null;

  @Property({ type: 'boolean', fieldName: 'is_superuser' })
  isSuperuser: boolean = false;

  @Property({ type: 'string', length: 150, unique: true })
  username!: string;

  @Property({ type: 'string', length: 150, fieldName: 'first_name' })
  firstName: string = '';

  @Property({ type: 'string', length: 150, fieldName: 'last_name' })
  lastName: string = '';

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'boolean', fieldName: 'is_staff' })
  isStaff: boolean = false;

  @Property({ type: 'boolean', fieldName: 'is_active' })
  isActive: boolean = true;

  @Property({ type: 'datetime', fieldName: 'date_joined' })
  dateJoined: Date = new Date();

  @Property({ type: 'string', length: 200, fieldName: 'display_name' })
  displayName: string = '';

  @Property({ type: 'boolean', fieldName: 'is_instructor' })
  isInstructor: boolean = false;

  @Property({ type: 'json' })
  preferences: UserPreferences = {};
}
