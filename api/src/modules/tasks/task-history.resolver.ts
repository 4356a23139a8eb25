import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Blueprint, ChoreographyTask, SavedChoreography } from '../../db/entities';
import { type GraphQLContext, requireUser } from '../../graphql/context';
import { badInput, conflict } from '../../errors';
import { TaskService } from './task.service';
import { TaskType } from './task.types';

/**
 * "My videos": the dancer's generations, listed by `tasks` (newest first). This adds what the history
 * needs on top: whether a task is in the collection, and removing a generation from the history.
 */
@Resolver(() => TaskType)
export class TaskHistoryResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'The collection entry saved from this task, if any.' })
  async savedChoreographyId(@Root() task: TaskType, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    const saved = await ctx.em.findOne(SavedChoreography, { taskId: task.id, userId: requireUser(ctx).id }, { fields: ['id'] });
    return saved?.id ?? null;
  }

  @Mutation(() => Boolean, {
    description: 'Removes a finished or failed generation from your history. A running one must be cancelled first; one in your collection is deleted there first (the collection entry plays from it).',
  })
  async deleteTask(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const user = requireUser(ctx);
    // Another dancer's task answers exactly like a missing one.
    const task = await new TaskService(ctx.em, ctx.services.jobRunner, ctx.log).get(user.id, id);
    if (!['completed', 'failed'].includes(task.status)) throw badInput('This video is still being made: cancel it first.', 'id');
    if (await ctx.em.count(SavedChoreography, { taskId: task.taskId, userId: user.id })) {
      throw conflict('This video is in your collection: delete it there first.', 'id');
    }
    await ctx.em.transactional(async (em) => {
      await em.nativeDelete(Blueprint, { taskId: task.taskId });
      await em.nativeDelete(ChoreographyTask, { taskId: task.taskId, userId: user.id });
    });
    return true;
  }
}
