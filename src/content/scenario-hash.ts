import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json';
import type { CompiledScenario } from './compiled-scenario';

/**
 * The fingerprint of a scenario as it was played: SHA-256 of its compiled content (the sidecar
 * and every language's compiled ink), hex. A results file carries it, so a file played on another
 * version of the scenario is told apart from a forged one. Pure JS (@noble/hashes), so it gives
 * the same value in Node and in every browser, even on plain http where `crypto.subtle` is absent.
 */
export function scenarioHash(scenario: CompiledScenario): string {
  const cached = hashes.get(scenario);
  if (cached) return cached;
  const hash = bytesToHex(
    sha256(utf8ToBytes(canonicalJson({ manifest: scenario.manifest, stories: scenario.stories }))),
  );
  hashes.set(scenario, hash);
  return hash;
}

/** A compiled scenario never changes, and the board checks many files of the same one. */
const hashes = new WeakMap<CompiledScenario, string>();
