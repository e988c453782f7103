import { evidence } from '../evidence';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import type { RuleInput } from './input';

/**
 * Do not delete criticism: "eliminar el comentario únicamente sería aceptable cuando este le ha
 * faltado el respeto a un cliente/colectivo de forma directa, de otra forma hacer esto podría
 * generar un mayor descontento" (001, paso 4). Every public complaint, question or press query
 * left standing earns its point; silencing one costs more than a point, because one deleted
 * complaint does more harm than one kept complaint does good. Removing a direct insult (`kind:
 * abuse`) is the exception, and earns its point.
 */
const KINDS_OF_CRITICISM = new Set(['complaint', 'question', 'press']);
export const PENALTY = { delete: -3, hide: -2, block: -3, praise: -2 } as const;

export function noDeletionRules({ facts: f }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  const src = SOURCES.pasos;
  for (const p of f.posts) {
    if (p.record.channel !== 'public') continue;
    const m = p.moderated;
    const anchor = { post: p.id, action: m?.type ?? null };
    if (p.record.kind === 'abuse') {
      if (m) out.push(evidence('no_deletion.abuse_exception', m.t, 1, 1, src, anchor));
      continue;
    }
    if (!p.genuine) continue;
    if (p.record.kind === 'praise') {
      if (m) out.push(evidence('no_deletion.praise_removed', m.t, PENALTY.praise, 1, src, anchor));
      continue;
    }
    if (m?.type === 'block') {
      out.push(evidence('no_deletion.blocked_genuine', m.t, PENALTY.block, 1, src, anchor));
    } else if (m) {
      const rule = m.type === 'delete' ? 'no_deletion.deleted' : 'no_deletion.hidden';
      out.push(evidence(rule, m.t, m.type === 'delete' ? PENALTY.delete : PENALTY.hide, 1, src, anchor));
    } else if (KINDS_OF_CRITICISM.has(p.record.kind)) {
      out.push(evidence('no_deletion.kept', p.t, 1, 1, src, { post: p.id }));
    }
  }
  return out;
}
