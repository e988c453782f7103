/**
 * How much an answer is still worth after a wait, in simulated seconds, from 1 down to 0.
 * Full value up to `full`; then it falls in a straight line and is worth nothing from `zero` on.
 * "De nada sirve … recibir una respuesta 3 días después" (003): a late enough answer is worthless.
 */
export function decay(wait: number, full: number, zero: number): number {
  if (wait <= full) return 1;
  if (wait >= zero) return 0;
  return (zero - wait) / (zero - full);
}

/**
 * Promptness of an answer to a post, measured against the author's own patience (the post's
 * `patience`, after which the script treats it as ignored): full within half of it, nothing
 * from twice it on.
 */
export const promptness = (wait: number, patience: number): number => decay(wait, patience / 2, patience * 2);
