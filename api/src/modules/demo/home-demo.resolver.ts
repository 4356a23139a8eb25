import { Ctx, Field, Float, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { homeDemoOf } from './home-demo';

export enum HomeDemoStatus { READY = 'ready', PREPARING = 'preparing', UNAVAILABLE = 'unavailable' }
registerEnumType(HomeDemoStatus, { name: 'HomeDemoStatus', description: 'READY: video, poster and moves are there; PREPARING: the server is making it; UNAVAILABLE: this server does not make it.' });

@ObjectType({ description: 'One move of the home page demo.' })
export class HomeDemoMove {
  @Field(() => String, { description: 'Human name of the move.' }) name!: string;
  @Field(() => Float, { description: 'Seconds into the video.' }) start!: number;
  @Field(() => Float, { description: 'Seconds into the video.' }) end!: number;
  @Field(() => String, { description: 'Section of the song: intro, verse, chorus, break or outro.' }) section!: string;
  @Field(() => Int, { description: 'Counts the move takes (a multiple of 8).' }) beats!: number;
}

@ObjectType({ description: 'A short choreography of a demo song with the built-in moves, made by this server\'s own video job.' })
export class HomeDemo {
  @Field(() => HomeDemoStatus) status!: HomeDemoStatus;
  @Field(() => String, { nullable: true, description: 'Song title.' }) title!: string | null;
  @Field(() => String, { nullable: true, description: 'Song artist.' }) artist!: string | null;
  @Field(() => Float, { nullable: true, description: 'Tempo the analysis found.' }) bpm!: number | null;
  @Field(() => Float, { nullable: true, description: 'Seconds of video.' }) duration!: number | null;
  @Field(() => String, { nullable: true, description: 'Signed URL of the video.' }) videoUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'Signed URL of the poster (a representative frame).' }) posterUrl!: string | null;
  @Field(() => [HomeDemoMove], { description: 'The moves in order (empty until READY).' }) moves!: HomeDemoMove[];
}

@Resolver()
export class HomeDemoResolver {
  @Query(() => HomeDemo, { description: 'The home page demo (no account needed): what the product makes, with its poster and moves.' })
  async homeDemo(@Ctx() ctx: GraphQLContext): Promise<HomeDemo> {
    const demo = homeDemoOf(ctx.services);
    const view = await demo.view();
    if (!view) {
      const { status } = await demo.state();
      return { status: status === 'preparing' ? HomeDemoStatus.PREPARING : HomeDemoStatus.UNAVAILABLE, title: null, artist: null, bpm: null, duration: null, videoUrl: null, posterUrl: null, moves: [] };
    }
    return { status: HomeDemoStatus.READY, ...view };
  }
}
