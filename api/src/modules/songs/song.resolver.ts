import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { type GraphQLContext, requireUser } from '../../graphql/context';
import { SongConnection, SongsArgs, SongType } from './song.types';
import { SongService, toSongType } from './song.service';

@Resolver(() => SongType)
export class SongResolver {
  @Query(() => SongConnection, { description: 'The shared library plus your own uploads.' })
  async songs(@Args(() => SongsArgs) args: SongsArgs, @Ctx() ctx: GraphQLContext) {
    const user = requireUser(ctx);
    const page = await new SongService(ctx.em).list(user.id, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toSongType(e.node, user.id) })) };
  }

  @Query(() => SongType)
  async song(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<SongType> {
    const user = requireUser(ctx);
    return toSongType(await new SongService(ctx.em).get(user.id, id), user.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Short-lived signed URL of the audio (null when the file is missing).' })
  async audioUrl(@Root() song: SongType, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return ctx.services.media.urlIfExists(song.audioKey);
  }
}
