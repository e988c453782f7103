import type { PersonaType } from '../content/scenario.schema';
import type { Rng } from './rng';

/** A member of the public the crowd model invents. Names are made of syllables: no real people. */
export interface CrowdPersona {
  readonly id: string;
  readonly name: string;
  readonly handle: string;
  readonly type: PersonaType;
  readonly followers: number;
}

const ONSETS = [
  'ma',
  'lu',
  'ca',
  'ro',
  've',
  'ni',
  'sa',
  'te',
  'jo',
  'pa',
  'di',
  'ga',
  'le',
  'mi',
  'to',
  'be',
];
const CODAS = ['na', 'ro', 'la', 'es', 'io', 'ra', 'el', 'an', 'ia', 'on', 'ta', 'is'];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function inventPersona(n: number, type: PersonaType, rng: Rng): CrowdPersona {
  const first = cap(rng.pick(ONSETS) + rng.pick(CODAS));
  const last = cap(rng.pick(ONSETS) + rng.pick(ONSETS) + rng.pick(CODAS));
  return {
    id: `crowd-${n}`,
    name: `${first} ${last}`,
    handle: `${first.toLowerCase()}_${last.slice(0, 3).toLowerCase()}${rng.int(1, 99)}`,
    type,
    followers: rng.int(20, 900),
  };
}
