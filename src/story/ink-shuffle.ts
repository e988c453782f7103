/**
 * ink's shuffle (Story.NextSequenceShuffleIndex in inkjs 2.4), computed again outside ink so that a
 * traced shuffle can be kept as "which element for this seed" and answered for another story seed.
 */

/**
 * The element a `{shuffle: …}` of `elements` shows the `count`-th time it is seen, for the story
 * seed. Null where ink would fail.
 */
export function shuffleIndex(path: string, elements: number, count: number, seed: number): number | null {
  return shufflePick(pathHash(path), elements, count, seed);
}

/** ink's hash of a sequence's path, which seeds its shuffle. */
export function pathHash(path: string): number {
  let hash = 0;
  for (let i = 0; i < path.length; i++) hash += path.charCodeAt(i) || 0;
  return hash;
}

/** `shuffleIndex` from the path's hash (kept with a read, so that answering it does not hash again). */
export function shufflePick(hash: number, elements: number, count: number, seed: number): number | null {
  if (!Number.isInteger(elements) || elements <= 0 || !Number.isInteger(count) || count < 0) return null;
  const loopIndex = count / elements;
  const iterationIndex = count % elements;
  // ink's PRNG (a Park–Miller generator), seeded as ink seeds it.
  let state = Math.floor(hash + loopIndex + seed) % 2147483647;
  if (state <= 0) state += 2147483646;
  const unpicked: number[] = [];
  for (let i = 0; i < elements; i++) unpicked.push(i);
  for (let i = 0; i <= iterationIndex; i++) {
    state = (state * 48271) % 2147483647;
    const chosen = state % unpicked.length;
    const picked = unpicked[chosen] as number;
    unpicked.splice(chosen, 1);
    if (i === iterationIndex) return picked;
  }
  return null;
}
