/** mm:ss for simulated seconds. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** How long ago, in the player's language: seconds under a minute, then whole minutes. */
export function ago(
  age: number,
  t: (key: 'live.agoSeconds' | 'live.agoMinutes', vars: { n: number }) => string,
): string {
  return age < 60
    ? t('live.agoSeconds', { n: Math.floor(age) })
    : t('live.agoMinutes', { n: Math.floor(age / 60) });
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A text cut to at most `max` graphemes, "…" included, between graphemes (a flag, an emoji with its
 * skin tone or a letter with its accent stays whole). The debrief's canvas cuts sentence-long
 * quotes so; the DOM layer and the results file keep them whole.
 */
export function clip(text: string, max = 90): string {
  const parts = [...graphemes.segment(text)].map((g) => g.segment);
  return parts.length > max
    ? `${parts
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : text;
}
