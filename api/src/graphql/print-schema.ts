import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema';

const HEADER = '# Emitted from the TypeGraphQL code by `npm run schema:emit`. Do not edit by hand.\n\n';

export async function printSchemaText(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}
