import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface ApiProblem { code: string; message: string; field?: string }

/** GraphQL errors (and network trouble) as dancer-facing problems, with the form field when known. */
export function problemsOf(err: unknown): ApiProblem[] {
  if (CombinedGraphQLErrors.is(err)) {
    return err.errors.map((e) => ({ code: String(e.extensions?.code ?? 'ERROR'), message: e.message, field: e.extensions?.field as string | undefined }));
  }
  if (typeof navigator !== 'undefined' && !navigator.onLine) return [{ code: 'OFFLINE', message: 'You are offline. This needs a connection.' }];
  return [{ code: 'NETWORK', message: 'Could not reach Bachata Buddy. Check your connection and try again.' }];
}

/** { field: message } plus the messages that belong to no field. */
export function splitProblems(problems: ApiProblem[]): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const p of problems) {
    if (p.field && !fields[p.field]) fields[p.field] = p.message; else general.push(p.message);
  }
  return { fields, general };
}
