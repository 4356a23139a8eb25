import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ChoreographyTask } from '../../db/entities';
import { type GraphQLContext, requireUser } from '../../graphql/context';
import { notFound } from '../../errors';
import { selectedFields } from '../../graphql/selection';
import { requestMedia } from '../../media/media-service';
import { SongType } from '../songs/song.types';
import { SongService, toSongType } from '../songs/song.service';
import { readTask, resultKeys, toTaskType } from './task.mapper';
import { TaskService } from './task.service';
import { GenerateChoreographyInput, TaskConnection, TaskResult, TasksArgs, TaskType } from './task.types';
import type { TaskUpdateNotice } from './task-updates';
import { PUSH, type PushableSource } from '../../graphql/shared-subscribe';

function service(ctx: GraphQLContext): TaskService {
  return new TaskService(ctx.em, ctx.services.jobRunner, ctx.log, ctx.services.config.generationLimits);
}

/** Current state of a task as the subscriber's own entity manager sees it. */
async function loadTask(ctx: GraphQLContext, taskId: string): Promise<TaskType | null> {
  const task = await ctx.em.fork().findOne(ChoreographyTask, { taskId });
  return task ? toTaskType(task) : null;
}

/** The TaskType fields a NOTIFY payload carries (the trigger's json_build_object). */
const NOTICE_FIELDS = new Set(['id', 'status', 'progress', 'stage', 'message', 'updatedAt', '__typename']);

/** Whether a subscription selects more of the task than its notices carry (then the hub reads the row). */
function needsRow(info: GraphQLResolveInfo): boolean {
  for (const f of selectedFields(info)) if (!NOTICE_FIELDS.has(f)) return true;
  return false;
}

/** Every subscriber of a notice gets the same TaskType object (mapped once), so it can share the execution. */
const views = new WeakMap<ChoreographyTask, TaskType>();
function viewOf(task: ChoreographyTask): TaskType {
  let view = views.get(task);
  if (!view) views.set(task, (view = toTaskType(task)));
  return view;
}

/**
 * The first event is the current state, then every change, so a late or reconnecting client loses
 * nothing. Pulled (next) or pushed (PUSH: the shared delivery in graphql/shared-subscribe.ts).
 */
function currentThenUpdates(first: TaskType[], notices: PushableSource<TaskUpdateNotice>): PushableSource<TaskType> {
  const initial = [...first];
  let ended = false;
  const end = async (): Promise<IteratorResult<TaskType>> => {
    ended = true;
    initial.length = 0;
    await notices.return?.();
    return { value: undefined, done: true };
  };
  return {
    async next(): Promise<IteratorResult<TaskType>> {
      if (initial.length) return { value: initial.shift()!, done: false };
      while (!ended) {
        const r = await notices.next();
        if (r.done) break;
        if (r.value.task) return { value: viewOf(r.value.task), done: false };
      }
      return { value: undefined, done: true };
    },
    return: end,
    async throw(e?: unknown) { await end(); throw e; },
    [Symbol.asyncIterator]() { return this; },
    [PUSH](sink) {
      for (const t of initial.splice(0)) sink.next(t);
      notices[PUSH]({ next: (n) => { if (n.task) sink.next(viewOf(n.task)); }, done: () => sink.done() });
    },
  };
}

@Resolver(() => TaskType)
export class TaskResolver {
  @Query(() => TaskType)
  async task(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<TaskType> {
    // The hot single read: one prepared statement on the pool, the JSON columns only when selected.
    const task = await readTask(ctx.services.pool, requireUser(ctx).id, id, selectedFields(info));
    if (!task) throw notFound('Task');
    return toTaskType(task);
  }

  @Query(() => TaskConnection, { description: 'Your tasks, newest first.' })
  async tasks(@Args(() => TasksArgs) args: TasksArgs, @Ctx() ctx: GraphQLContext) {
    const page = await service(ctx).list(requireUser(ctx).id, args.status, args.first, args.after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toTaskType(e.node) })) };
  }

  @Mutation(() => TaskType, { description: 'Starts generating a choreography video; follow it with taskUpdated.' })
  async generateChoreography(@Arg('input', () => GenerateChoreographyInput) input: GenerateChoreographyInput, @Ctx() ctx: GraphQLContext): Promise<TaskType> {
    return toTaskType(await service(ctx).generate(requireUser(ctx).id, input));
  }

  @Mutation(() => TaskType, { description: 'Stops a waiting or running task; it ends failed with "Cancelled by user".' })
  async cancelTask(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<TaskType> {
    return toTaskType(await service(ctx).cancel(requireUser(ctx).id, id));
  }

  @Subscription(() => TaskType, {
    description: 'The task\'s current state, then every change.',
    subscribe: async ({ args, context, info }) => {
      const ctx = context as GraphQLContext;
      const user = requireUser(ctx);
      const taskId = String(args.taskId);
      // Subscribe before reading, so a change between the two is not lost.
      const notices = ctx.services.taskUpdates.subscribe((n) => n.taskId === taskId && n.userId === user.id, user.id, { needsRow: needsRow(info) });
      const current = await loadTask(ctx, taskId);
      if (!current || current.userId !== user.id) {
        await notices.return?.();
        throw notFound('Task');
      }
      return currentThenUpdates([current], notices);
    },
  })
  taskUpdated(@Arg('taskId', () => ID) _taskId: string, @Root() task: TaskType): TaskType {
    return task;
  }

  @Subscription(() => TaskType, {
    description: 'Every change to any of your tasks.',
    subscribe: ({ context, info }) => {
      const ctx = context as GraphQLContext;
      const user = requireUser(ctx);
      return currentThenUpdates([], ctx.services.taskUpdates.subscribe((n) => n.userId === user.id, user.id, { needsRow: needsRow(info) }));
    },
  })
  myTaskUpdates(@Root() task: TaskType): TaskType {
    return task;
  }

  @FieldResolver(() => TaskResult, { nullable: true, description: 'Present when the task completed.' })
  async result(@Root() task: TaskType, @Ctx() ctx: GraphQLContext): Promise<TaskResult | null> {
    const raw = task.rawResult;
    if (!raw || task.status !== 'completed') return null;
    const keys = resultKeys(raw);
    return {
      videoKey: keys.video, posterKey: keys.poster,
      videoUrl: keys.video ? await requestMedia(ctx).urlIfExists(keys.video) : null,
      posterUrl: keys.poster ? await requestMedia(ctx).urlIfExists(keys.poster) : null,
      duration: typeof raw.duration === 'number' ? (typeof raw.sequence_duration === 'number' ? raw.sequence_duration : raw.duration) : null,
      plan: raw.plan ?? null,
      analysis: raw.analysis ?? null,
    };
  }

  @FieldResolver(() => SongType, { nullable: true })
  async song(@Root() task: TaskType, @Ctx() ctx: GraphQLContext): Promise<SongType | null> {
    if (!task.songId) return null;
    const user = requireUser(ctx);
    try {
      return toSongType(await new SongService(ctx.em).get(user.id, task.songId), user.id);
    } catch {
      return null;
    }
  }
}
