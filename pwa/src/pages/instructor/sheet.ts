import type { Session } from '../../auth/session';

/**
 * The class sheet needs the bearer token, so a plain link cannot fetch it: fetch it, then hand the
 * browser a blob URL. An expired access token is refreshed once.
 */
export async function fetchClassSheet(session: Session, sheetPath: string, format: 'pdf' | 'html'): Promise<Blob> {
  const get = () => fetch(`${sheetPath}.${format}`, { headers: { authorization: `Bearer ${session.current.accessToken ?? ''}` } });
  let res = await get();
  if (res.status === 401 && await session.refresh()) res = await get();
  if (!res.ok) {
    const body = await res.json().catch(() => null) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? 'The class sheet could not be made. Try again.');
  }
  return res.blob();
}

/** A file name a dancer recognises: the plan's title. */
export function sheetFileName(title: string, format: 'pdf' | 'html'): string {
  return `${title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().slice(0, 80) || 'class-plan'}.${format}`;
}
