import type { z } from 'zod';

/** What a request to the workshop server gave: its checked answer, or why there is none (said, never thrown). */
export type Read<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'refused'; readonly status: number; readonly reason: string }
  | { readonly kind: 'unreachable'; readonly reason: string };

/** One request to this page's own server, its answer checked against `schema`; never throws. */
export async function askServer<T>(
  path: string,
  init: RequestInit,
  schema: z.ZodType<T>,
  fetcher: typeof fetch,
): Promise<Read<T>> {
  let res: Response;
  try {
    res = await fetcher(path, init);
  } catch (error) {
    return { kind: 'unreachable', reason: (error as Error).message };
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const reason = (body as { error?: unknown } | null)?.error;
    return {
      kind: 'refused',
      status: res.status,
      reason: typeof reason === 'string' ? reason : res.statusText,
    };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      kind: 'refused',
      status: res.status,
      reason: issue ? `${issue.path.join('.')}: ${issue.message}` : 'an answer of the wrong shape',
    };
  }
  return { kind: 'ok', value: parsed.data };
}
