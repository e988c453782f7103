import type { ControlRequest } from './control-protocol';

/** What the server answered a control: the teams it is for, or why it refused it. */
export type ControlSent =
  | { readonly ok: true; readonly to: readonly string[] }
  | { readonly ok: false; readonly status: number; readonly reason: string };

/** Sends one facilitator control to the workshop server (this page's origin) with the key. */
export async function sendControl(
  id: string,
  key: string,
  request: ControlRequest,
  fetcher: typeof fetch = fetch,
): Promise<ControlSent> {
  let res: Response;
  try {
    res = await fetcher(`/api/workshops/${encodeURIComponent(id)}/controls`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch (error) {
    return { ok: false, status: 0, reason: (error as Error).message };
  }
  const body = (await res.json().catch(() => null)) as { to?: unknown; error?: unknown } | null;
  if (res.status === 202 && Array.isArray(body?.to))
    return { ok: true, to: body.to.filter((n): n is string => typeof n === 'string') };
  return {
    ok: false,
    status: res.status,
    reason: typeof body?.error === 'string' ? body.error : res.statusText,
  };
}
