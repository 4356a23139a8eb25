import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { CollectionResolver } from '../modules/collections/collection.resolver';
import { COUNT_RESOLVERS } from '../modules/counts/count-correction.resolver';
import { ClassPlanResolver } from '../modules/class-plans/class-plan.resolver';
import { DescribeResolver } from '../modules/describe/describe.resolver';
import { HomeDemoResolver } from '../modules/demo/home-demo.resolver';
import { SongResolver } from '../modules/songs/song.resolver';
import { TaskResolver } from '../modules/tasks/task.resolver';
import { TaskHistoryResolver } from '../modules/tasks/task-history.resolver';

let cached: Promise<GraphQLSchema> | null = null;

/** The schema, built once per process. `emitSchemaFile` is done by the schema:emit CLI, not at runtime. */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [AuthResolver, SongResolver, TaskResolver, TaskHistoryResolver, CollectionResolver, ClassPlanResolver, DescribeResolver, HomeDemoResolver, ...COUNT_RESOLVERS],
    validate: false,
    // Every @Subscription here brings its own `subscribe` (fed by the LISTEN hub), so TypeGraphQL's
    // topic-based PubSub is never asked for events; buildSchema still requires one to be present.
    pubSub: {
      publish: () => { throw new Error('Task updates are published by PostgreSQL NOTIFY, not through TypeGraphQL'); },
      subscribe: () => { throw new Error('Subscriptions use their own subscribe function'); },
    },
  });
  return cached;
}
