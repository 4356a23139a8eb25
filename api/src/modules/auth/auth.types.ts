import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { DifficultyValue } from '../../graphql/enums';

@ObjectType()
export class Preferences {
  @Field(() => Boolean) autoSaveChoreographies!: boolean;
  @Field(() => DifficultyValue) defaultDifficulty!: DifficultyValue;
  @Field(() => Boolean) emailNotifications!: boolean;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field(() => String) username!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Boolean, { description: 'Granted by an admin command only.' }) isInstructor!: boolean;
  @Field(() => Preferences) preferences!: Preferences;
  @Field(() => DateTimeResolver) dateJoined!: Date;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'JWT (HS256), send as `Authorization: Bearer …`.' }) accessToken!: string;
  @Field(() => String, { description: 'Single use: every refresh returns a new one.' }) refreshToken!: string;
  @Field(() => Int, { description: 'Seconds until the access token expires.' }) expiresIn!: number;
  @Field(() => UserType) user!: UserType;
}

