import { z } from 'zod';

import { BAD_QUALITIES, GOOD_QUALITIES } from './quality-vocabulary';

// The names live apart, free of zod, so that the grader loads without the schema library.
export { BAD_QUALITIES, CARE_QUALITIES, GOOD_QUALITIES, isBadQuality } from './quality-vocabulary';

export const qualitySchema = z.enum([...GOOD_QUALITIES, ...BAD_QUALITIES]);
export type Quality = z.infer<typeof qualitySchema>;
