import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { Connection } from '../../graphql/connection';
import { CollectionSort, DifficultyValue } from '../../graphql/enums';
import { GenerationParameters } from '../tasks/task.types';

export enum VideoStatus { AVAILABLE = 'available', MISSING = 'missing' }
registerEnumType(VideoStatus, { name: 'VideoStatus', description: 'MISSING: the saved video file is gone (old uploads).' });

@ObjectType('SavedChoreography')
export class SavedChoreographyType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => DifficultyValue) difficulty!: DifficultyValue;
  @Field(() => Float, { description: 'Seconds.' }) duration!: number;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => ID, { nullable: true }) taskId!: string | null;
  @Field(() => JSONResolver, { nullable: true, description: 'Song title, artist, tempo.' }) musicInfo!: unknown;
  @Field(() => GenerationParameters, { nullable: true }) parameters!: GenerationParameters | null;
  videoKey!: string;
  posterKey!: string | null;
}

export const SavedChoreographyConnection = Connection('SavedChoreography', SavedChoreographyType);

@ObjectType()
export class DifficultyCount {
  @Field(() => DifficultyValue) difficulty!: DifficultyValue;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class CollectionStats {
  @Field(() => Int) totalCount!: number;
  @Field(() => [DifficultyCount]) byDifficulty!: DifficultyCount[];
  @Field(() => Float, { description: 'Seconds of video saved.' }) totalDuration!: number;
  @Field(() => Int, { description: 'Saved in the last 30 days.' }) recentCount!: number;
}

@ArgsType()
export class CollectionsArgs {
  @Field(() => DifficultyValue, { nullable: true }) difficulty?: DifficultyValue | null;
  @Field(() => String, { nullable: true, description: 'Matches the title.' }) search?: string | null;
  @Field(() => CollectionSort, { nullable: true, defaultValue: CollectionSort.NEWEST }) sort?: CollectionSort | null;
  @Field(() => Int, { nullable: true, defaultValue: 20 }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}
