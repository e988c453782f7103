/**
 * JSON with every object's keys sorted: the same value always gives the same text, whatever order
 * its keys were built or parsed in (a zod schema, the engine and `JSON.parse` each keep their own).
 * What JSON drops (undefined, functions) is dropped here too.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(JSON.parse(JSON.stringify(value) ?? 'null')));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = sortKeys(record[key]);
  return sorted;
}
