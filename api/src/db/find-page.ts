import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { EntityName, QueryOrderMap } from '@mikro-orm/core';

export interface PageQuery<T> {
  orderBy: QueryOrderMap<T>[];
  offset: number;
  limit: number;
}

/**
 * One page of rows and the total count. A first page that is not full already tells the total (one
 * query); otherwise the count runs beside the page query instead of after it.
 */
export async function findPage<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, page: PageQuery<T>): Promise<[T[], number]> {
  // MikroORM's option generics do not survive a generic wrapper; the shapes are the ones find() takes.
  const find = () => em.find(entity, where, page as never) as Promise<T[]>;
  if (page.limit === 0) return [[], await em.count(entity, where)];
  if (page.offset === 0) {
    const items = await find();
    return [items, items.length < page.limit ? items.length : await em.count(entity, where)];
  }
  return Promise.all([find(), em.fork().count(entity, where)]);
}
