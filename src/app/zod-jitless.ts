import { z } from 'zod';

/**
 * Imported first by every page's entry (src/ui/main.ts for the game and the facilitator pages,
 * the engine check page), before any module that builds a schema: zod checks whether it may
 * compile parsers with `new Function` when it builds an object schema, and under our CSP that
 * probe is reported as a violation on every page, even though zod catches the error. Jitless,
 * zod never probes and parses the same, interpreted.
 */
z.config({ jitless: true });
