import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Connection } from '../../graphql/connection';

@ObjectType('Song')
export class SongType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) artist!: string;
  @Field(() => Float, { description: 'Seconds.' }) duration!: number;
  @Field(() => Int, { nullable: true }) bpm!: number | null;
  @Field(() => String, { nullable: true }) genre!: string | null;
  @Field(() => Boolean, { description: 'True for the caller\'s own upload, false for the shared library.' }) isUpload!: boolean;
  @Field(() => Boolean, { description: 'A demo song synthesised by the project.' }) isDemo!: boolean;
  @Field(() => Boolean, { description: 'The song\'s music analysis is cached, so generation starts faster.' }) analysed!: boolean;
  @Field(() => DateTimeResolver) createdAt!: Date;
  /** storage key, resolved to a signed URL by the resolver */
  audioKey!: string;
}

export const SongConnection = Connection('Song', SongType);

@ArgsType()
export class SongsArgs {
  @Field(() => String, { nullable: true, description: 'Matches title or artist.' }) search?: string | null;
  @Field(() => String, { nullable: true }) genre?: string | null;
  @Field(() => Int, { nullable: true }) bpmMin?: number | null;
  @Field(() => Int, { nullable: true }) bpmMax?: number | null;
  @Field(() => Int, { nullable: true, defaultValue: 20 }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}
