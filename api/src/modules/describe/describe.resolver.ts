import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Song } from '../../db/entities';
import { type GraphQLContext, requireUser } from '../../graphql/context';
import type { DifficultyValue, EnergyLevelValue, MoveFamilyValue, StyleValue } from '../../graphql/enums';
import { toSongType } from '../songs/song.service';
import { interpreterFor } from './describe-interpreter';
import { DescribeService } from './describe.service';
import { ChoreographyDescription } from './describe.types';

@Resolver()
export class DescribeResolver {
  @Query(() => ChoreographyDescription, {
    description: 'Reads a request in your own words ("a sensual bachata for beginners, not too fast, lots of body waves"; English or Spanish) as generation options with a reason for each, for you to confirm before generating.',
  })
  async describeChoreography(@Arg('text', () => String) text: string, @Ctx() ctx: GraphQLContext): Promise<ChoreographyDescription> {
    const user = requireUser(ctx);
    const service = new DescribeService(ctx.em);
    const request = service.checkRequest(text);
    const [songs, defaults] = await Promise.all([service.candidates(user.id), service.defaults(user.id)]);
    const { description: d, interpreter } = await interpreterFor(ctx.services.config, ctx.log).interpret(request, songs, defaults);
    const song = d.song.value ? await ctx.em.findOne(Song, { id: Number(d.song.value) }) : null;
    return {
      language: d.language,
      interpreter,
      difficulty: { ...d.difficulty, value: d.difficulty.value as DifficultyValue },
      energyLevel: { ...d.energy, value: d.energy.value as EnergyLevelValue },
      style: { ...d.style, value: d.style.value as StyleValue },
      song: { song: song ? toSongType(song, user.id) : null, reason: d.song.reason, fromRequest: d.song.fromRequest },
      preferMoves: d.preferMoves as MoveFamilyValue[],
      avoidMoves: d.avoidMoves as MoveFamilyValue[],
      movesReason: d.movesReason,
    };
  }
}
