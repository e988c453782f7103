import type { MessageKey } from '../../app/i18n/i18n';
import type { Quality } from '../../content/quality';
import type { SessionView } from '../../sim/session-view';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A quality in the words the debrief uses for it, in the session's language (the engine module's). */
export type QualityWord = (q: Quality) => string;

/** The coach on a written reply, in the words the debrief uses for each quality. */
function coachOnReading(
  qualities: readonly Quality[],
  missing: readonly Quality[],
  t: T,
  word: QualityWord,
): string {
  const words = (qs: readonly Quality[]) => qs.map(word).join(', ');
  if (qualities.length === 0) return t('live.coachReadsNothing', { missing: words(missing) });
  if (missing.length === 0) return t('live.coachReadsAll', { reads: words(qualities) });
  return t('live.coachReads', { reads: words(qualities), missing: words(missing) });
}

/** What the live feed says about what happened since it last looked: a toast, a status line. */
export interface Happened {
  readonly toast: string | null;
  readonly status: string | null;
}

/**
 * Reads the happenings after log position `seen` (a jump to another network, the press, the
 * person in charge stepping in, the coach) into what a community manager must not miss.
 */
export function readHappenings(
  v: SessionView,
  seen: number,
  t: T,
  word: QualityWord = (q) => q,
): { seen: number; said: Happened[] } {
  const said: Happened[] = [];
  let last = seen;
  for (const e of v.happenings) {
    if (e.seq <= last) continue;
    last = e.seq;
    if (e.kind === 'network_jump') {
      const network = v.metrics.networks.find((n) => n.id === e.network)?.name ?? e.network;
      said.push({ toast: t('live.jump', { network }), status: null });
    } else if (e.kind === 'press') said.push({ toast: t('live.press'), status: null });
    else if (e.kind === 'escalated') said.push({ toast: null, status: t('live.escalated') });
    else if (e.kind === 'coach') said.push({ toast: null, status: t('live.coach', { text: e.text }) });
    else said.push({ toast: null, status: coachOnReading(e.qualities, e.missing, t, word) });
  }
  return { seen: last, said };
}
