import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { JSONResolver } from 'graphql-scalars';
import { toDifficulty } from '@bachata/core';
import { ChoreographyTask } from '../../db/entities';
import { badInput } from '../../errors';
import { type GraphQLContext, requireUser } from '../../graphql/context';
import { DifficultyValue } from '../../graphql/enums';
import { selectedFields } from '../../graphql/selection';
import { requestMedia } from '../../media/media-service';
import { readParameters } from '../tasks/task.mapper';
import { listSaved, type SavedRow } from './collection.reads';
import { CollectionService } from './collection.service';
import { CollectionStats, CollectionsArgs, SavedChoreographyConnection, SavedChoreographyType, VideoStatus } from './collection.types';

export function toSavedType(s: SavedRow): SavedChoreographyType {
  return {
    id: s.id, title: s.title, difficulty: (toDifficulty(s.difficulty) ?? 'beginner') as DifficultyValue,
    duration: s.duration, notes: s.notes ?? null, createdAt: s.createdAt, taskId: s.taskId ?? (s.generationParameters?.task_id as string | undefined) ?? null,
    musicInfo: s.musicInfo ?? null, parameters: readParameters(s.generationParameters), videoKey: s.videoPath, posterKey: s.thumbnailPath ?? null,
  };
}

@Resolver(() => SavedChoreographyType)
export class CollectionResolver {
  @Mutation(() => SavedChoreographyType, { description: 'Saves your completed task to your collection (once per task).' })
  async saveChoreography(
    @Arg('taskId', () => ID) taskId: string,
    @Arg('title', () => String, { nullable: true }) title: string | null,
    @Arg('difficulty', () => DifficultyValue, { nullable: true }) difficulty: DifficultyValue | null,
    @Arg('notes', () => String, { nullable: true }) notes: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SavedChoreographyType> {
    return toSavedType(await new CollectionService(ctx.em).save(requireUser(ctx).id, { taskId, title, difficulty, notes }));
  }

  @Query(() => SavedChoreographyConnection)
  async collections(@Args(() => CollectionsArgs) args: CollectionsArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    // The hot list read: one prepared statement on the pool, no entities (see docs/benchmarks.md).
    const page = await listSaved(ctx.services.pool, requireUser(ctx).id, args, selectedFields(info, 'edges', 'node'));
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toSavedType(e.node) })) };
  }

  @Query(() => SavedChoreographyType)
  async collection(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<SavedChoreographyType> {
    return toSavedType(await new CollectionService(ctx.em).get(requireUser(ctx).id, id));
  }

  @Mutation(() => SavedChoreographyType)
  async updateChoreography(
    @Arg('id', () => ID) id: string,
    @Arg('title', () => String, { nullable: true }) title: string | null,
    @Arg('difficulty', () => DifficultyValue, { nullable: true }) difficulty: DifficultyValue | null,
    @Arg('notes', () => String, { nullable: true }) notes: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SavedChoreographyType> {
    return toSavedType(await new CollectionService(ctx.em).update(requireUser(ctx).id, id, { title, difficulty, notes }));
  }

  @Mutation(() => Boolean)
  async deleteChoreography(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return new CollectionService(ctx.em).delete(requireUser(ctx).id, id);
  }

  @Mutation(() => Int, { description: 'Deletes your whole collection; returns how many were deleted. Requires confirm: true.' })
  async deleteAllChoreographies(@Arg('confirm', () => Boolean) confirm: boolean, @Ctx() ctx: GraphQLContext): Promise<number> {
    if (confirm !== true) throw badInput('Pass confirm: true to delete your whole collection.', 'confirm');
    return new CollectionService(ctx.em).deleteAll(requireUser(ctx).id);
  }

  @Query(() => CollectionStats)
  async collectionStats(@Ctx() ctx: GraphQLContext): Promise<CollectionStats> {
    const s = await new CollectionService(ctx.em).stats(requireUser(ctx).id);
    return { ...s, byDifficulty: s.byDifficulty.map((b) => ({ difficulty: b.difficulty as DifficultyValue, count: b.count })) };
  }

  @FieldResolver(() => VideoStatus)
  async videoStatus(@Root() s: SavedChoreographyType, @Ctx() ctx: GraphQLContext): Promise<VideoStatus> {
    return (await requestMedia(ctx).exists(s.videoKey)) ? VideoStatus.AVAILABLE : VideoStatus.MISSING;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Signed URL; null when the video file is missing.' })
  async videoUrl(@Root() s: SavedChoreographyType, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return requestMedia(ctx).urlIfExists(s.videoKey);
  }

  @FieldResolver(() => String, { nullable: true })
  async posterUrl(@Root() s: SavedChoreographyType, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return s.posterKey ? requestMedia(ctx).urlIfExists(s.posterKey) : null;
  }

  @FieldResolver(() => JSONResolver, { nullable: true, description: 'The plan (timeline + metrics) of the task it was saved from, for the player.' })
  async plan(@Root() s: SavedChoreographyType, @Ctx() ctx: GraphQLContext): Promise<unknown> {
    if (!s.taskId) return null;
    const task = await ctx.em.findOne(ChoreographyTask, { taskId: s.taskId, userId: requireUser(ctx).id });
    return (task?.result as Record<string, unknown> | undefined)?.plan ?? null;
  }

  @FieldResolver(() => JSONResolver, { nullable: true, description: 'The song analysis summary (beats, phrases) for counts in the player.' })
  async analysis(@Root() s: SavedChoreographyType, @Ctx() ctx: GraphQLContext): Promise<unknown> {
    if (!s.taskId) return null;
    const task = await ctx.em.findOne(ChoreographyTask, { taskId: s.taskId, userId: requireUser(ctx).id });
    return (task?.result as Record<string, unknown> | undefined)?.analysis ?? null;
  }
}
