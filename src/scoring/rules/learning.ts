import type { Effect } from '../../sim/event';
import { evidence } from '../evidence';
import { answerable, answeredAt, has } from '../facts';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import { promptness } from '../timing';
import type { RuleInput } from './input';

/**
 * Learn and redesign the plan: "aprende de los errores y rediseña el plan de crisis" (001, paso 7);
 * "preparar planes de contingencia y no solo de excusas, sino de control continuo para evitar que
 * vuelvan a ocurrir" (003). Inside a session this shows three ways: after the public shows the
 * player the consequence of a kind of mistake, the player's later decisions of that kind get
 * better; a rude reply is owned in the same thread; and the brand publishes how it will prevent a
 * recurrence (a public message that admits the fault and gives concrete next steps).
 */
type MistakeClass = 'message' | 'silencing' | 'feeding' | 'neglect';

export const MISTAKES: Readonly<Record<MistakeClass, readonly Effect[]>> = {
  message: ['backfired', 'statement_backfired', 'update_backfired'],
  silencing: ['criticism_silenced', 'genuine_blocked'],
  feeding: ['troll_fed', 'redress_wasted'],
  neglect: ['complaint_grew'],
};

export function learningRules(input: RuleInput): Evidence[] {
  const { facts: f, detector } = input;
  const out: Evidence[] = [];
  const src = SOURCES.pasos;
  for (const [kind, effects] of Object.entries(MISTAKES) as [MistakeClass, readonly Effect[]][]) {
    const first = f.consequences.find((c) => effects.includes(c.effect));
    if (!first) continue;
    const after = (t: number) => t > first.t;
    let shares: number[] = [];
    if (kind === 'message') {
      shares = f.messages.filter((m) => after(m.t)).map((m) => (m.value > 0 ? 1 : 0));
    } else if (kind === 'silencing') {
      shares = f.posts
        .filter(
          (p) =>
            after(p.t) &&
            p.genuine &&
            p.record.channel === 'public' &&
            (p.needsAnswer || p.record.kind === 'praise'),
        )
        .map((p) => (p.moderated ? 0 : 1));
    } else if (kind === 'feeding') {
      shares = detector.trolls.filter((x) => after(x.post.t)).map((x) => (x.treatment === 'fed' ? 0 : 1));
    } else {
      shares = f.posts
        .filter(
          (p) =>
            after(p.t) && p.genuine && p.needsAnswer && answerable(p) && f.end - p.t >= p.record.patience / 2,
        )
        .map((p) => {
          const at = answeredAt(p);
          return at === null ? 0 : promptness(at - p.t, p.record.patience);
        });
    }
    if (shares.length === 0) continue;
    const share = shares.reduce((a, b) => a + b, 0) / shares.length;
    const anchor = { post: first.post && f.byId.has(first.post) ? first.post : null };
    out.push(
      evidence(share >= 0.5 ? 'learning.corrected' : 'learning.repeated', first.t, share, 1, src, anchor),
    );
  }
  const owned = new Set<string>();
  for (const m of f.messages) {
    if (m.effect !== 'backfired' || !m.post) continue;
    const thread = f.byId.get(m.post)?.record.thread;
    if (!thread || owned.has(thread)) continue;
    const amends = f.messages.find(
      (x) =>
        x.t > m.t &&
        x.post &&
        f.byId.get(x.post)?.record.thread === thread &&
        x.channel === 'public' &&
        has(x, 'apologises', 'admits_error'),
    );
    if (!amends) continue;
    owned.add(thread);
    out.push(
      evidence('learning.owned_mistake', amends.t, 1, 1, src, {
        post: amends.post,
        action: amends.via,
        reply: amends.id,
      }),
    );
  }
  if (f.brandWideAt !== null) {
    const plan = f.messages.find(
      (m) => m.post === null && has(m, 'admits_error') && has(m, 'next_step') && !has(m, 'deceives'),
    );
    if (plan)
      out.push(
        evidence('learning.prevention_plan', plan.t, 1, 1, SOURCES.fuegos, {
          action: plan.via,
          reply: plan.id,
        }),
      );
    else out.push(evidence('learning.no_plan', f.end, 0, 1, SOURCES.fuegos));
  }
  return out;
}
