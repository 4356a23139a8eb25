import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { toDifficulty } from '@bachata/core';
import { AuthService, type AuthTokens } from './auth.service';
import type { User } from '../../db/entities';
import { type GraphQLContext, requireUser } from '../../graphql/context';
import { loadUser } from '../../http/authenticate';
import { DifficultyValue } from '../../graphql/enums';
import { AuthPayload, UserType } from './auth.types';

export function toUserType(user: User): UserType {
  const p = user.preferences ?? {};
  return {
    id: String(user.id),
    username: user.username,
    email: user.email,
    displayName: user.displayName || user.username,
    isInstructor: user.isInstructor,
    dateJoined: user.dateJoined,
    preferences: {
      autoSaveChoreographies: p.autoSaveChoreographies ?? true,
      defaultDifficulty: (toDifficulty(String(p.defaultDifficulty ?? 'beginner')) ?? 'beginner') as DifficultyValue,
      emailNotifications: p.emailNotifications ?? false,
    },
  };
}

function toPayload(t: AuthTokens): AuthPayload {
  return { accessToken: t.accessToken, refreshToken: t.refreshToken, expiresIn: t.expiresIn, user: toUserType(t.user) };
}

@Resolver()
export class AuthResolver {
  private auth(ctx: GraphQLContext) {
    return new AuthService(ctx.em, ctx.services.config, ctx.sessions);
  }

  @Query(() => UserType, { description: 'The logged-in user.' })
  async me(@Ctx() ctx: GraphQLContext): Promise<UserType> {
    return toUserType(await loadUser(ctx.em, requireUser(ctx)));
  }

  @Mutation(() => AuthPayload)
  async register(
    @Arg('username', () => String) username: string,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('displayName', () => String, { nullable: true }) displayName: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthPayload> {
    return toPayload(await this.auth(ctx).register({ username, email, password, displayName }));
  }

  @Mutation(() => AuthPayload)
  async login(
    @Arg('usernameOrEmail', () => String) usernameOrEmail: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthPayload> {
    return toPayload(await this.auth(ctx).login(usernameOrEmail, password, ctx.address));
  }

  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token for new tokens; the old refresh token stops working.' })
  async refreshToken(@Arg('token', () => String) token: string, @Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    return toPayload(await this.auth(ctx).refresh(token));
  }

  @Mutation(() => Boolean, { description: 'Ends the session the refresh token belongs to.' })
  async logout(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return this.auth(ctx).logout(refreshToken);
  }

  @Mutation(() => UserType)
  async updateProfile(
    @Arg('displayName', () => String, { nullable: true }) displayName: string | null,
    @Arg('email', () => String, { nullable: true }) email: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UserType> {
    return toUserType(await this.auth(ctx).updateProfile(await loadUser(ctx.em, requireUser(ctx)), { displayName, email }));
  }

  @Mutation(() => UserType)
  async updatePreferences(
    @Arg('autoSaveChoreographies', () => Boolean, { nullable: true }) autoSaveChoreographies: boolean | null,
    @Arg('defaultDifficulty', () => DifficultyValue, { nullable: true }) defaultDifficulty: DifficultyValue | null,
    @Arg('emailNotifications', () => Boolean, { nullable: true }) emailNotifications: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UserType> {
    return toUserType(await this.auth(ctx).updatePreferences(await loadUser(ctx.em, requireUser(ctx)), { autoSaveChoreographies, defaultDifficulty, emailNotifications }));
  }
}
