import { TEXT_LIMITS, textLength } from '../../sim/action';

/**
 * A suggested reply a player could not write in its place, described for the checker's report, or
 * null: a public reply over 280 characters, a private one, a statement or an update over 1,000.
 */
export function overLength(
  option: { readonly text: string; readonly channel: string },
  menu: boolean,
): string | null {
  const max = menu || option.channel === 'private' ? TEXT_LIMITS.statement : TEXT_LIMITS.reply;
  const length = textLength(option.text);
  return length > max ? `${length} > ${max}: "${option.text.slice(0, 60)}…"` : null;
}
