import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { Connection } from '../../graphql/connection';
import { DifficultyValue, EnergyLevelValue, MoveFamilyValue, StyleValue, TaskStatusValue, VideoSizeValue } from '../../graphql/enums';

@ObjectType()
export class GenerationParameters {
  @Field(() => DifficultyValue, { nullable: true }) difficulty!: DifficultyValue | null;
  @Field(() => EnergyLevelValue, { nullable: true }) energyLevel!: EnergyLevelValue | null;
  @Field(() => StyleValue, { nullable: true }) style!: StyleValue | null;
  @Field(() => Int, { nullable: true }) seed!: number | null;
  @Field(() => [MoveFamilyValue], { description: 'Kinds of figure the planner favours.' }) preferMoves!: MoveFamilyValue[];
  @Field(() => [MoveFamilyValue], { description: 'Kinds of figure the planner leaves out.' }) avoidMoves!: MoveFamilyValue[];
  @Field(() => VideoSizeValue, { nullable: true }) videoSize!: VideoSizeValue | null;
  @Field(() => Boolean, { nullable: true }) captions!: boolean | null;
}

@ObjectType()
export class TaskResult {
  @Field(() => String, { nullable: true, description: 'Signed URL of the video; null when the file is missing.' }) videoUrl!: string | null;
  @Field(() => String, { nullable: true }) posterUrl!: string | null;
  @Field(() => Float, { nullable: true, description: 'Seconds.' }) duration!: number | null;
  @Field(() => JSONResolver, { nullable: true, description: 'ChoreographyPlan: timeline (moves with start/end/beats) and metrics.' }) plan!: unknown;
  @Field(() => JSONResolver, { nullable: true, description: 'SongAnalysis summary: bpm, beats, phrases, sections.' }) analysis!: unknown;
  videoKey!: string | null;
  posterKey!: string | null;
}

@ObjectType('ChoreographyTask')
export class TaskType {
  @Field(() => ID) id!: string;
  @Field(() => TaskStatusValue) status!: TaskStatusValue;
  @Field(() => Int, { description: '0..100' }) progress!: number;
  @Field(() => String) stage!: string;
  @Field(() => String, { description: 'What is happening, in words a dancer understands; for a failed task, what went wrong.' }) message!: string;
  @Field(() => ID, { nullable: true }) songId!: string | null;
  @Field(() => GenerationParameters, { nullable: true }) parameters!: GenerationParameters | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  userId!: number;
  rawResult!: Record<string, unknown> | null;
}

export const TaskConnection = Connection('ChoreographyTask', TaskType);

@InputType()
export class GenerateChoreographyInput {
  @Field(() => ID) songId!: string;
  @Field(() => DifficultyValue) difficulty!: DifficultyValue;
  @Field(() => EnergyLevelValue) energyLevel!: EnergyLevelValue;
  @Field(() => StyleValue) style!: StyleValue;
  @Field(() => Int, { nullable: true, description: 'Same seed, same song and same options give the same choreography.' }) seed?: number | null;
  @Field(() => [MoveFamilyValue], { nullable: true, description: 'Kinds of figure to favour (e.g. from describeChoreography).' }) preferMoves?: MoveFamilyValue[] | null;
  @Field(() => [MoveFamilyValue], { nullable: true, description: 'Kinds of figure to leave out.' }) avoidMoves?: MoveFamilyValue[] | null;
  @Field(() => VideoSizeValue, { nullable: true, description: 'Size of the video; default: the server\'s RENDER_SIZE.' }) videoSize?: VideoSizeValue | null;
  @Field(() => Boolean, { nullable: true, description: 'Burn the move names and counts into the video (for sharing outside the app).' }) captions?: boolean | null;
}

@ArgsType()
export class TasksArgs {
  @Field(() => TaskStatusValue, { nullable: true }) status?: TaskStatusValue | null;
  @Field(() => Int, { nullable: true, defaultValue: 20 }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}
