import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Connection } from '../../graphql/connection';
import { DifficultyValue } from '../../graphql/enums';
import { DifficultyCount, SavedChoreographyType } from '../collections/collection.types';

export enum ClassPlanSort { NEWEST = 'newest', OLDEST = 'oldest', TITLE = 'title', UPDATED = 'updated' }
registerEnumType(ClassPlanSort, { name: 'ClassPlanSort' });

@ObjectType('ClassPlanSequence', { description: 'One choreography in a class plan, in teaching order.' })
export class ClassPlanSequenceType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '0-based position in the plan (no gaps).' }) order!: number;
  @Field(() => String) notes!: string;
  @Field(() => Int, { nullable: true, description: 'Minutes planned for this choreography.' }) estimatedMinutes!: number | null;
  @Field(() => ID) choreographyId!: string;
  @Field(() => SavedChoreographyType, { nullable: true, description: 'Null when the saved choreography no longer exists.' })
  choreography!: SavedChoreographyType | null;
}

@ObjectType('ClassPlan')
export class ClassPlanType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => DifficultyValue) difficulty!: DifficultyValue;
  @Field(() => Int, { nullable: true, description: 'Minutes the class lasts.' }) estimatedDuration!: number | null;
  @Field(() => String) instructorNotes!: string;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) sequenceCount!: number;
}

export const ClassPlanConnection = Connection('ClassPlan', ClassPlanType);

@ObjectType()
export class ClassPlanSummary {
  @Field(() => ClassPlanType) plan!: ClassPlanType;
  @Field(() => Int) totalSequences!: number;
  @Field(() => Int, { description: 'Sum of the sequences\' estimated minutes.' }) totalEstimatedMinutes!: number;
  @Field(() => [DifficultyCount], { description: 'How many sequences of each difficulty.' }) difficultyBreakdown!: DifficultyCount[];
  @Field(() => [ClassPlanSequenceType]) sequences!: ClassPlanSequenceType[];
}

@ObjectType()
export class InstructorStats {
  @Field(() => Int) totalPlans!: number;
  @Field(() => Int, { description: 'Distinct saved choreographies used across all plans.' }) uniqueChoreographies!: number;
  @Field(() => [DifficultyCount], { description: 'Plans per difficulty.' }) difficultyBreakdown!: DifficultyCount[];
  @Field(() => Int) plansLast30Days!: number;
  @Field(() => Float) averageSequencesPerPlan!: number;
}

@ArgsType()
export class ClassPlansArgs {
  @Field(() => DifficultyValue, { nullable: true }) difficulty?: DifficultyValue | null;
  @Field(() => ClassPlanSort, { nullable: true, defaultValue: ClassPlanSort.NEWEST }) sort?: ClassPlanSort | null;
  @Field(() => Int, { nullable: true, defaultValue: 20 }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}
