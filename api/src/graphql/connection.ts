import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from '../errors';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay connection type for a node type: `edges { cursor node }`, `pageInfo`, `totalCount`. */
export function Connection<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionType;
}

export const MAX_PAGE_SIZE = 100;
/** What a list returns when `first` is omitted (the cost limit counts the same). */
export const DEFAULT_PAGE_SIZE = 20;

/** Cursors are opaque offsets into a stable ordering. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function pageWindow(first: number | null | undefined, after: string | null | undefined, defaultSize = DEFAULT_PAGE_SIZE): { offset: number; limit: number } {
  const limit = first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  let offset = 0;
  if (after) {
    const decoded = Buffer.from(after, 'base64url').toString();
    const m = /^o:(\d+)$/.exec(decoded);
    if (!m) throw badInput('The cursor is not valid.', 'after');
    offset = Number(m[1]) + 1;
  }
  return { offset, limit };
}

export function toPage<T>(items: T[], total: number, offset: number): Page<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + items.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
