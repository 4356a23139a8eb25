import { isCountConfidenceLow } from '@bachata/core';
import { Arg, Ctx, Float, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { type GraphQLContext, requireUser } from '../../graphql/context';
import { SongType } from '../songs/song.types';
import { SongService, toSongType } from '../songs/song.service';
import { TaskResult } from '../tasks/task.types';
import { CountCorrectionService } from './count-correction.service';

const OFFSET = 'Beats every "1" moves: positive later, negative earlier; a bar is 4, and 8 is the same count again.';

/** The dancer's fix of a song's 8-count: stored per dancer and song, applied by the next generation. */
@Resolver(() => SongType)
export class CountCorrectionResolver {
  @Mutation(() => SongType, { description: `Stores your count correction for a song. ${OFFSET}` })
  async setCountCorrection(@Arg('songId', () => ID) songId: string, @Arg('offsetBeats', () => Int) offsetBeats: number, @Ctx() ctx: GraphQLContext): Promise<SongType> {
    const user = requireUser(ctx);
    return toSongType(await new CountCorrectionService(ctx.em).set(user.id, songId, offsetBeats), user.id);
  }

  @Mutation(() => SongType, { description: '"Set the 1 here": the beat nearest to beatTime (seconds) becomes a "1" of the 8-count.' })
  async setTheOneAt(@Arg('songId', () => ID) songId: string, @Arg('beatTime', () => Float) beatTime: number, @Ctx() ctx: GraphQLContext): Promise<SongType> {
    const user = requireUser(ctx);
    return toSongType(await new CountCorrectionService(ctx.em).setTheOneAt(user.id, songId, beatTime), user.id);
  }

  @Mutation(() => SongType, { description: 'Removes your count correction: the song is counted as the analysis found it.' })
  async clearCountCorrection(@Arg('songId', () => ID) songId: string, @Ctx() ctx: GraphQLContext): Promise<SongType> {
    const user = requireUser(ctx);
    return toSongType(await new CountCorrectionService(ctx.em).clear(user.id, songId), user.id);
  }

  @FieldResolver(() => Int, { description: `Your count correction for this song (0: none). ${OFFSET}` })
  async countOffsetBeats(@Root() song: SongType, @Ctx() ctx: GraphQLContext): Promise<number> {
    const user = requireUser(ctx);
    // The analysis version is not part of SongType: read it with the same visibility rule.
    const row = await new SongService(ctx.em).get(user.id, song.id);
    return new CountCorrectionService(ctx.em).offsetFor(user.id, row.id, row.analysisVersion);
  }
}

@Resolver(() => TaskResult)
export class TaskResultCountResolver {
  @FieldResolver(() => Boolean, { description: 'The analysis is unsure where the "1" is (downbeat or 8-count confidence under 0.5): ask the dancer to check the count.' })
  lowCountConfidence(@Root() result: TaskResult): boolean {
    return isCountConfidenceLow(result.analysis);
  }

  @FieldResolver(() => Int, { description: 'The count correction this video was planned with (0: none). Its plan and analysis already include it.' })
  countOffsetBeats(@Root() result: TaskResult): number {
    const used = (result.plan as { countOffsetBeats?: unknown } | null)?.countOffsetBeats;
    return typeof used === 'number' && Number.isInteger(used) ? used : 0;
  }
}

export const COUNT_RESOLVERS = [CountCorrectionResolver, TaskResultCountResolver] as const;
