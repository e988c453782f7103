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
