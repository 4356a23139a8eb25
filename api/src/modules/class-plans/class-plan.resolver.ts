import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ClassPlan } from '../../db/entities';
import { type GraphQLContext, requireUser } from '../../graphql/context';
import { DifficultyValue } from '../../graphql/enums';
import { toSavedType } from '../collections/collection.resolver';
import { ClassPlanService, type SequenceView } from './class-plan.service';
import { ClassPlanConnection, ClassPlanSequenceType, ClassPlansArgs, ClassPlanSummary, ClassPlanType, InstructorStats } from './class-plan.types';
import { toDifficulty } from '@bachata/core';

type PlanWithCount = ClassPlanType;

function toPlanType(p: ClassPlan, sequenceCount: number): PlanWithCount {
  return {
    id: p.id, title: p.title, description: p.description, difficulty: (toDifficulty(p.difficultyLevel) ?? 'beginner') as DifficultyValue,
    estimatedDuration: p.estimatedDuration ?? null, instructorNotes: p.instructorNotes, createdAt: p.createdAt, updatedAt: p.updatedAt, sequenceCount,
  };
}

function toSequenceType(v: SequenceView): ClassPlanSequenceType {
  return {
    id: v.sequence.id, order: v.sequence.sequenceOrder, notes: v.sequence.notes, estimatedMinutes: v.sequence.estimatedTime ?? null,
    choreographyId: v.sequence.choreographyId, choreography: v.choreography ? toSavedType(v.choreography) : null,
  };
}

@Resolver(() => ClassPlanType)
export class ClassPlanResolver {
  private service(ctx: GraphQLContext) { return new ClassPlanService(ctx.em); }

  private async withCount(ctx: GraphQLContext, plan: ClassPlan): Promise<ClassPlanType> {
    const counts = await this.service(ctx).sequenceCounts([plan.id]);
    return toPlanType(plan, counts.get(plan.id) ?? 0);
  }

  @Query(() => ClassPlanConnection, { description: 'Your class plans (instructors only).' })
  async classPlans(@Args(() => ClassPlansArgs) args: ClassPlansArgs, @Ctx() ctx: GraphQLContext) {
    const page = await this.service(ctx).list(requireUser(ctx), args);
    const counts = await this.service(ctx).sequenceCounts(page.edges.map((e) => e.node.id));
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toPlanType(e.node, counts.get(e.node.id) ?? 0) })) };
  }

  @Query(() => ClassPlanType)
  async classPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ClassPlanType> {
    return this.withCount(ctx, await this.service(ctx).get(requireUser(ctx), id));
  }

  @Mutation(() => ClassPlanType)
  async createClassPlan(
    @Arg('title', () => String) title: string,
    @Arg('description', () => String, { nullable: true }) description: string | null,
    @Arg('difficulty', () => DifficultyValue, { nullable: true }) difficulty: DifficultyValue | null,
    @Arg('estimatedDuration', () => Int, { nullable: true, description: 'Minutes.' }) estimatedDuration: number | null,
    @Arg('instructorNotes', () => String, { nullable: true }) instructorNotes: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClassPlanType> {
    return toPlanType(await this.service(ctx).create(requireUser(ctx), { title, description, difficulty, estimatedDuration, instructorNotes }), 0);
  }

  @Mutation(() => ClassPlanType)
  async updateClassPlan(
    @Arg('id', () => ID) id: string,
    @Arg('title', () => String, { nullable: true }) title: string | null,
    @Arg('description', () => String, { nullable: true }) description: string | null,
    @Arg('difficulty', () => DifficultyValue, { nullable: true }) difficulty: DifficultyValue | null,
    @Arg('estimatedDuration', () => Int, { nullable: true, description: 'Minutes; null clears it.' }) estimatedDuration: number | null | undefined,
    @Arg('instructorNotes', () => String, { nullable: true }) instructorNotes: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClassPlanType> {
    const plan = await this.service(ctx).update(requireUser(ctx), id, { title, description, difficulty, estimatedDuration, instructorNotes });
    return this.withCount(ctx, plan);
  }

  @Mutation(() => Boolean)
  async deleteClassPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return this.service(ctx).delete(requireUser(ctx), id);
  }

  @Mutation(() => ClassPlanSequenceType, { description: 'Appends one of your saved choreographies to the plan.' })
  async addToClassPlan(
    @Arg('classPlanId', () => ID) classPlanId: string,
    @Arg('choreographyId', () => ID) choreographyId: string,
    @Arg('notes', () => String, { nullable: true }) notes: string | null,
    @Arg('estimatedMinutes', () => Int, { nullable: true }) estimatedMinutes: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClassPlanSequenceType> {
    const service = this.service(ctx);
    const sequence = await service.add(requireUser(ctx), { classPlanId, choreographyId, notes, estimatedMinutes });
    const [view] = (await service.sequences(classPlanId)).filter((v) => v.sequence.id === sequence.id);
    return toSequenceType(view);
  }

  @Mutation(() => ClassPlanType, { description: 'Removes a sequence; the ones after it move up (no gaps).' })
  async removeFromClassPlan(@Arg('sequenceId', () => ID) sequenceId: string, @Ctx() ctx: GraphQLContext): Promise<ClassPlanType> {
    return this.withCount(ctx, await this.service(ctx).remove(requireUser(ctx), sequenceId));
  }

  @Mutation(() => ClassPlanSequenceType)
  async updateClassPlanSequence(
    @Arg('sequenceId', () => ID) sequenceId: string,
    @Arg('notes', () => String, { nullable: true }) notes: string | null,
    @Arg('estimatedMinutes', () => Int, { nullable: true }) estimatedMinutes: number | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClassPlanSequenceType> {
    const service = this.service(ctx);
    const sequence = await service.updateSequence(requireUser(ctx), sequenceId, { notes, estimatedMinutes });
    const [view] = (await service.sequences(sequence.classPlanId)).filter((v) => v.sequence.id === sequence.id);
    return toSequenceType(view);
  }

  @Mutation(() => ClassPlanType, { description: 'All-or-nothing: pass every sequence id of the plan once, in the new order.' })
  async reorderClassPlan(
    @Arg('classPlanId', () => ID) classPlanId: string,
    @Arg('sequenceIds', () => [ID]) sequenceIds: string[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClassPlanType> {
    return this.withCount(ctx, await this.service(ctx).reorder(requireUser(ctx), classPlanId, sequenceIds));
  }

  @Mutation(() => ClassPlanType, { description: 'A copy titled "… (Copy)" with the same sequences.' })
  async duplicateClassPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ClassPlanType> {
    return this.withCount(ctx, await this.service(ctx).duplicate(requireUser(ctx), id));
  }

  @Query(() => ClassPlanSummary)
  async classPlanSummary(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ClassPlanSummary> {
    const s = await this.service(ctx).summary(requireUser(ctx), id);
    return {
      plan: toPlanType(s.plan, s.sequences.length), totalSequences: s.sequences.length, totalEstimatedMinutes: s.totalEstimatedMinutes,
      difficultyBreakdown: s.difficultyBreakdown.map((b) => ({ difficulty: b.difficulty as DifficultyValue, count: b.count })),
      sequences: s.sequences.map(toSequenceType),
    };
  }

  @Query(() => InstructorStats)
  async instructorStats(@Ctx() ctx: GraphQLContext): Promise<InstructorStats> {
    const s = await this.service(ctx).stats(requireUser(ctx));
    return { ...s, difficultyBreakdown: s.difficultyBreakdown.map((b) => ({ difficulty: b.difficulty as DifficultyValue, count: b.count })) };
  }

  @FieldResolver(() => [ClassPlanSequenceType], { description: 'The plan\'s choreographies in teaching order.' })
  async sequences(@Root() plan: ClassPlanType, @Ctx() ctx: GraphQLContext): Promise<ClassPlanSequenceType[]> {
    return (await this.service(ctx).sequences(plan.id)).map(toSequenceType);
  }

  @FieldResolver(() => String, { description: 'Where the printable class sheet is: add .html or .pdf; send your bearer token.' })
  sheetPath(@Root() plan: ClassPlanType): string {
    return `/api/class-plans/${plan.id}/sheet`;
  }
}
