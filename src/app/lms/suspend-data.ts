import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import type { CompiledScenario } from '../../content/compiled-scenario';
import { LANGS, type Lang, langSchema } from '../../content/scenario.schema';
import { playerActionSchema } from '../../sim/action';
import { menuKindSchema, type SessionEvent } from '../../sim/event';
import { playModeSchema } from '../persistence/save.schema';

/**
 * An attempt in progress as SCORM 1.2's `cmi.suspend_data` holds it: the seed, the clock and the
 * player's own input (actions with their texts, composers opened, hints asked for), which is all
 * a replay needs to rebuild the session. The crowd's posts, the pulses and the readings of written
 * texts are left out: the engine makes them again from the seed. Compressed (deflate) and base64,
 * because the LMS stores at most 4,096 characters and a whole log is six times that. The deflate
 * dictionary is the scenario's own script in the attempt's language: written replies share its
 * words (a fifth shorter for service-outage's replies). The text is `<version>:<lang>:<base64>`,
 * so the reader knows which dictionary to inflate with before it inflates.
 */
export const SUSPEND_DATA_LIMIT = 4096;
export const SUSPEND_VERSION = 1;

const t = z.number().nonnegative();

/** One input, as a short tuple: `[t, 'a', action]`, `[t, 'm', menu]`, `[t, 'h', post]`. */
const inputSchema = z.union([
  z.tuple([t, z.literal('a'), playerActionSchema]),
  z.tuple([t, z.literal('m'), menuKindSchema]),
  z.tuple([t, z.literal('h'), z.string().min(1)]),
]);
export type PlayerInput = z.infer<typeof inputSchema>;

export const suspendedAttemptSchema = z.strictObject({
  v: z.literal(SUSPEND_VERSION),
  scenario: z.string().min(1),
  lang: langSchema,
  seed: z.number().int(),
  /** The simulated clock when the attempt was suspended. */
  now: t,
  speed: z.number().min(0.1).max(200),
  mode: playModeSchema,
  inputs: z.array(inputSchema),
});
export type SuspendedAttempt = z.infer<typeof suspendedAttemptSchema>;

/** The player's input in a session log, in order: what replay.ts replays. */
export function playerInputs(log: readonly SessionEvent[]): PlayerInput[] {
  const inputs: PlayerInput[] = [];
  for (const e of log) {
    if (e.type === 'action') inputs.push([e.t, 'a', e.action]);
    else if (e.type === 'menu_opened') inputs.push([e.t, 'm', e.menu]);
    else if (e.type === 'hint') inputs.push([e.t, 'h', e.post]);
  }
  return inputs;
}

/** The attempt a learning platform keeps for a session: its scenario, seed, clock, pace and the player's inputs. */
export function suspendedAttempt(
  scenario: string,
  session: { readonly lang: Lang; readonly seed: number; readonly now: number },
  speed: number,
  mode: SuspendedAttempt['mode'],
  inputs: PlayerInput[],
): SuspendedAttempt {
  return {
    v: SUSPEND_VERSION,
    scenario,
    lang: session.lang,
    seed: session.seed,
    now: session.now,
    speed,
    mode,
    inputs,
  };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Deflate looks back at most 32 KiB: the dictionary is the script's last 32 KiB of text. */
const WINDOW = 32 * 1024;

/** The texts of a scenario's compiled ink in one language (ink marks each text with `^`). */
export function suspendDictionary(scenario: CompiledScenario, lang: Lang): Uint8Array {
  const texts: string[] = [];
  for (const m of scenario.stories[lang].matchAll(/"\^((?:[^"\\]|\\.)*)"/g)) {
    try {
      texts.push(JSON.parse(`"${m[1]}"`) as string);
    } catch {
      // not a text after all: left out of the dictionary, which is only a help to compression
    }
  }
  return strToU8(texts.join(' ')).slice(-WINDOW);
}

/** The attempt as `cmi.suspend_data` text; may be longer than the limit (the caller checks). */
export function encodeSuspendData(attempt: SuspendedAttempt, scenario: CompiledScenario): string {
  const dictionary = suspendDictionary(scenario, attempt.lang);
  const packed = toBase64(deflateSync(strToU8(JSON.stringify(attempt)), { level: 9, dictionary }));
  return `${SUSPEND_VERSION}:${attempt.lang}:${packed}`;
}

export type DecodeResult = { ok: true; attempt: SuspendedAttempt } | { ok: false; reason: string };

/** Reads `cmi.suspend_data` back; every way it can be damaged is named, nothing throws. */
export function decodeSuspendData(text: string, scenario: CompiledScenario): DecodeResult {
  const header = /^(\d+):([a-z]+):([A-Za-z0-9+/]+={0,2})$/.exec(text.trim());
  if (!header) return { ok: false, reason: "the suspended attempt is not in the game's format" };
  const [, version, lang, packed] = header as unknown as [string, string, string, string];
  if (Number(version) !== SUSPEND_VERSION)
    return { ok: false, reason: `the suspended attempt is of format ${version}, not ${SUSPEND_VERSION}` };
  if (!(LANGS as readonly string[]).includes(lang))
    return {
      ok: false,
      reason: `the suspended attempt's language "${lang}" is not one of ${LANGS.join(', ')}`,
    };
  let json: string;
  try {
    json = strFromU8(
      inflateSync(fromBase64(packed), { dictionary: suspendDictionary(scenario, lang as Lang) }),
    );
  } catch {
    return { ok: false, reason: 'the suspended attempt is not compressed base64 text' };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'the suspended attempt is not valid JSON' };
  }
  const parsed = suspendedAttemptSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, reason: `the suspended attempt is not valid${where}: ${issue?.message ?? ''}` };
  }
  if (parsed.data.lang !== lang)
    return { ok: false, reason: `the suspended attempt says ${parsed.data.lang} inside and ${lang} outside` };
  return { ok: true, attempt: parsed.data };
}
